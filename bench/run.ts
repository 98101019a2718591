// npm run bench: govx measures itself, every figure side by side in one run, on loopback only.
//   overhead    a full run against the reference department vs a plain undici replay of the same requests
//   scale       10 / 100 / 1,000 virtual tenants: harness CPU time per target and peak RSS (harness in its own process)
//   report      rendering the pilot report of the 1,000-tenant run: time and HTML size
//   validation  person / legal-entity / e-certificate records per second through the compiled validators vs bare JSON.parse
//   serve       `govx serve --role both` start time and `--tenants 1000` ready time
// The reference nodes run as `govx serve` child processes, the harness as another child (`--child harness`),
// so each process's CPU time and RSS are its own. Prints a table and writes bench/results.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { channel } from 'node:diagnostics_channel';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { Agent, request } from 'undici';

const HERE = dirname(fileURLToPath(import.meta.url));
/** dist/bench → project root (also right for bench/ under tsx). */
const ROOT = join(HERE, HERE.includes(`${join('dist', 'bench')}`) ? '../..' : '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
// GOVX_BENCH_SIZES=10,20 for a quick trial run of the bench itself.
const SCALE_SIZES = process.env.GOVX_BENCH_SIZES ? process.env.GOVX_BENCH_SIZES.split(",").map(Number) : [10, 100, 1000];
/** Targets at once in the scale runs. */
const SCALE_CONCURRENCY = 48;
const ICS_RPS = 50;

// ───────────────────────────── child: the harness ─────────────────────────────

interface HarnessConfig {
  ics: string;
  out: string;
  concurrency: number;
  /** Leave out the plain department (scale runs measure tenants only). */
  tenantsOnly: boolean;
  classes?: string[];
  /** Write every request (order, start/end, method, url, headers, body) here, for the replay. */
  captureFile?: string;
  /**
   * Run this many targets once before the measured run (results to a separate folder, not counted), so
   * the figures are the steady-state cost, not the one-off JIT and lazy schema compilation of a cold process.
   */
  warmupTargets?: number;
}

interface HarnessReport {
  targets: number;
  requests: number;
  wallMs: number;
  /** CPU time of runConformance alone (user + system), after modules and schemas are loaded. */
  runCpuMs: number;
  /** CPU time of the whole process. */
  processCpuMs: number;
  peakRssMb: number;
  /** Heap in use after the run and a full GC: what the run still holds (summaries, the loaded ICS). */
  heapAfterGcMb: number;
  outcomes: Record<string, number>;
}

interface Captured {
  start: number;
  end: number;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

async function harnessChild(config: HarnessConfig): Promise<void> {
  const { runConformance } = await import('../src/engine/index.js');
  const { loadIcs } = await import('../src/ics/load.js');
  const { SUITES } = await import('../suites/index.js');
  const { createSchemaValidator } = await import('../src/spec/schemas.js');
  const { registryMap } = await import('../src/spec/registry.js');
  const schemas = createSchemaValidator();
  const registry = registryMap();
  const shared = { suites: SUITES, schemas, registry };
  let targets = loadIcs(config.ics);
  if (config.tenantsOnly) targets = targets.filter((t) => t.id.startsWith('ref-tenant-'));
  if (config.warmupTargets) {
    await runConformance({ ...shared, targets: targets.slice(0, config.warmupTargets), out: `${config.out}-warmup`, progress: 'none', lang: 'zh', concurrency: config.concurrency, ...(config.classes ? { classes: config.classes as never } : {}) });
  }
  const captured: Captured[] = [];
  if (config.captureFile) {
    // undici's diagnostics channels see every request the client sends, as sent (signed, with body).
    const pending = new WeakMap<object, Captured>();
    channel('undici:request:create').subscribe((m) => {
      const req = (m as { request: { origin: string; method: string; path: string; headers: string[] | string; body?: unknown } }).request;
      const headers: Record<string, string> = {};
      if (Array.isArray(req.headers)) for (let i = 0; i + 1 < req.headers.length; i += 2) headers[req.headers[i]!] = req.headers[i + 1]!;
      const body = Buffer.isBuffer(req.body) ? req.body.toString('base64') : typeof req.body === 'string' ? Buffer.from(req.body).toString('base64') : undefined;
      const c: Captured = { start: performance.now(), end: Infinity, method: req.method, url: `${req.origin}${req.path}`, headers, ...(body !== undefined ? { body } : {}) };
      captured.push(c);
      pending.set(req, c);
    });
    const finish = (m: unknown): void => {
      const c = pending.get((m as { request: object }).request);
      if (c && c.end === Infinity) c.end = performance.now();
    };
    channel('undici:request:trailers').subscribe(finish);
    channel('undici:request:error').subscribe(finish);
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const summary = await runConformance({ ...shared, targets, out: config.out, progress: 'none', lang: 'zh', concurrency: config.concurrency, ...(config.classes ? { classes: config.classes as never } : {}) });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const usage = process.resourceUsage();
  (globalThis as { gc?: () => void }).gc?.();
  const heapAfterGcMb = process.memoryUsage().heapUsed / 1024 / 1024;
  if (config.captureFile) writeFileSync(config.captureFile, JSON.stringify(captured));
  const report: HarnessReport = {
    targets: summary.targets.length,
    requests: summary.targets.reduce((n, t) => n + t.requests, 0),
    wallMs,
    runCpuMs: (cpu.user + cpu.system) / 1000,
    processCpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peakRssMb: usage.maxRSS / 1024,
    heapAfterGcMb,
    outcomes: summary.totals,
  };
  process.stdout.write(`\n@@${JSON.stringify(report)}\n`);
}

// ───────────────────────────── child: the replay ─────────────────────────────

interface ReplayConfig {
  captureFile: string;
  /** appKey → secret, to re-sign (a replayed nonce is refused). */
  secrets: Record<string, string>;
}

interface ReplayReport {
  requests: number;
  wallMs: number;
  cpuMs: number;
}

/**
 * Replays the captured requests in the same order with the same concurrency: request j starts once every
 * request that had ended before j started in the harness run has ended here. Signed requests get a fresh
 * timestamp, nonce and signature (same key, same method); bodies and everything else as sent.
 */
async function replayChild(config: ReplayConfig): Promise<void> {
  const { sign, parseRawQuery } = await import('../src/http/signing.js');
  const { freshNonce } = await import('../src/http/client.js');
  const captured = JSON.parse(readFileSync(config.captureFile, 'utf8')) as Captured[];
  const agent = new Agent({ connections: 16 });
  // Once to warm up (as the harness child warms up), then measured.
  await replayOnce(captured, config, agent, sign, parseRawQuery, freshNonce);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await replayOnce(captured, config, agent, sign, parseRawQuery, freshNonce);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await agent.close();
  const report: ReplayReport = { requests: captured.length, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
  process.stdout.write(`\n@@${JSON.stringify(report)}\n`);
}

async function replayOnce(
  captured: Captured[],
  config: ReplayConfig,
  agent: Agent,
  sign: typeof import('../src/http/signing.js').sign,
  parseRawQuery: typeof import('../src/http/signing.js').parseRawQuery,
  freshNonce: typeof import('../src/http/client.js').freshNonce,
): Promise<void> {
  const done: Promise<void>[] = [];
  const ends = captured.map((c) => c.end);
  for (let j = 0; j < captured.length; j++) {
    const c = captured[j]!;
    const deps: Promise<void>[] = [];
    for (let i = 0; i < j; i++) if (ends[i]! <= c.start) deps.push(done[i]!);
    done.push(
      (async () => {
        await Promise.all(deps);
        const headers = { ...c.headers };
        const body = c.body !== undefined ? Buffer.from(c.body, 'base64') : undefined;
        const appKey = headers['X-GX-AppKey'];
        const method = headers['X-GX-Signature-Method'];
        if (headers['X-GX-Signature'] !== undefined && appKey && config.secrets[appKey] && (method === 'HMAC-SM3' || method === 'HMAC-SHA256')) {
          const url = new URL(c.url);
          const timestamp = String(Date.now());
          const nonce = freshNonce();
          headers['X-GX-Timestamp'] = timestamp;
          headers['X-GX-Nonce'] = nonce;
          headers['X-GX-Signature'] = sign({ method: c.method, path: url.pathname, query: parseRawQuery(url.search.slice(1)) ?? [], appKey, timestamp, nonce, ...(body ? { body } : {}), signatureMethod: method }, config.secrets[appKey]!);
        }
        try {
          const res = await request(c.url, { dispatcher: agent, method: c.method as 'GET', headers, ...(body ? { body } : {}) });
          await res.body.arrayBuffer();
        } catch {
          /* the harness run had its transport errors too */
        }
      })(),
    );
  }
  await Promise.all(done);
}

// ───────────────────────────── parent ─────────────────────────────

function node(args: string[], capture = true): ChildProcess {
  return spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
}

/** Runs a child mode of this file and returns the JSON it reports. */
async function child<T>(mode: 'harness' | 'replay', config: unknown): Promise<T> {
  const p = node(['--expose-gc', '--max-old-space-size=2048', fileURLToPath(import.meta.url), '--child', mode, JSON.stringify(config)]);
  let out = '';
  p.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => p.on('close', resolve));
  const line = out.split('\n').find((l) => l.startsWith('@@'));
  if (code !== 0 || !line) throw new Error(`bench: the ${mode} child failed (exit ${code}): ${out.slice(-500)}`);
  return JSON.parse(line.slice(2)) as T;
}

interface Served {
  process: ChildProcess;
  readyMs: number;
  ics?: string;
  stop(): Promise<void>;
}

/** `govx serve …` as a child; ready when it prints its last line (after the ICS, when asked for, is written). */
async function serve(args: string[], icsFile?: string): Promise<Served> {
  const t0 = performance.now();
  const p = node([CLI, 'serve', '--lang', 'en', ...args, ...(icsFile ? ['--ics-out', icsFile] : [])]);
  let out = '';
  await new Promise<void>((resolve, reject) => {
    p.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Press Ctrl+C')) resolve();
    });
    p.on('close', (code) => reject(new Error(`bench: govx serve exited (${code}): ${out}`)));
  });
  const readyMs = performance.now() - t0;
  return {
    process: p,
    readyMs,
    ...(icsFile ? { ics: icsFile } : {}),
    stop: () =>
      new Promise<void>((resolve) => {
        p.removeAllListeners('close');
        p.on('close', () => resolve());
        p.kill('SIGTERM');
      }),
  };
}

/** The served ICS with the request rate raised for the overhead run (pacing would hide the harness's own cost). */
function withLimits(ics: string, out: string, limits: { rps: number; concurrency: number; maxRequests: number }): string {
  const targets = parse(readFileSync(ics, 'utf8'), { maxAliasCount: -1 }) as Record<string, unknown>[];
  for (const t of targets) t.limits = limits;
  writeFileSync(out, stringify(targets, { lineWidth: 0, aliasDuplicateObjects: false }));
  writeFileSync(join(dirname(out), '.env'), readFileSync(join(dirname(ics), '.env')));
  return out;
}

function secretsOf(ics: string): Record<string, string> {
  const env = Object.fromEntries(
    readFileSync(join(dirname(ics), '.env'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const out: Record<string, string> = {};
  for (const t of parse(readFileSync(ics, 'utf8')) as { auth: { appKey: string; secret: string; ungranted?: { appKey: string; secret: string } }; quota?: { appKey: string; secret: string } }[]) {
    for (const k of [t.auth, t.auth.ungranted, t.quota]) {
      const name = k ? /^\$\{(\w+)\}$/.exec(k.secret)?.[1] : undefined;
      if (k && name && env[name]) out[k.appKey] = env[name];
    }
  }
  return out;
}

async function overhead(tmp: string, classes?: string[]) {
  const dir = join(tmp, `overhead-${classes ? 'subset' : 'all'}`);
  const served = await serve(['--role', 'department'], join(dir, 'served', 'ics.yaml'));
  try {
    const ics = withLimits(served.ics!, join(dir, 'ics.yaml'), { rps: 100_000, concurrency: 4, maxRequests: 100_000 });
    const captureFile = join(dir, 'requests.json');
    const harness = await child<HarnessReport>('harness', { ics, out: join(dir, 'results'), concurrency: 1, tenantsOnly: false, captureFile, warmupTargets: 1, ...(classes ? { classes } : {}) } satisfies HarnessConfig);
    const replay = await child<ReplayReport>('replay', { captureFile, secrets: secretsOf(ics) } satisfies ReplayConfig);
    const captured = JSON.parse(readFileSync(captureFile, 'utf8')) as Captured[];
    // Time with no request in flight: the harness's own work between requests plus the suites' deliberate waits.
    let idleMs = 0;
    let busyUntil = captured[0]?.start ?? 0;
    for (const c of [...captured].sort((a, b) => a.start - b.start)) {
      if (c.start > busyUntil) idleMs += c.start - busyUntil;
      busyUntil = Math.max(busyUntil, c.end);
    }
    return { classes: classes ?? 'all', requests: replay.requests, harnessWallMs: Math.round(harness.wallMs), replayWallMs: Math.round(replay.wallMs), ratio: round2(harness.wallMs / replay.wallMs), harnessCpuMs: Math.round(harness.runCpuMs), replayCpuMs: Math.round(replay.cpuMs), harnessIdleMs: Math.round(idleMs), outcomes: harness.outcomes };
  } finally {
    await served.stop();
  }
}

async function scale(tmp: string, tenants: number, served?: Served) {
  const dir = join(tmp, `scale-${tenants}`);
  const server = served ?? (await serve(['--role', 'department', '--tenants', String(tenants)], join(dir, 'served', 'ics.yaml')));
  try {
    const out = join(dir, 'results');
    const r = await child<HarnessReport>('harness', { ics: server.ics!, out, concurrency: SCALE_CONCURRENCY, tenantsOnly: true, warmupTargets: 10 } satisfies HarnessConfig);
    return { out, row: { tenants, targets: r.targets, requests: r.requests, wallMs: Math.round(r.wallMs), runCpuMs: Math.round(r.runCpuMs), cpuMsPerTarget: round2(r.runCpuMs / r.targets), processCpuMs: Math.round(r.processCpuMs), peakRssMb: Math.round(r.peakRssMb), heapAfterGcMb: Math.round(r.heapAfterGcMb), outcomes: r.outcomes } };
  } finally {
    await server.stop();
  }
}

async function reportBench(resultsDir: string, tmp: string) {
  const { generateReport } = await import('../src/commands/report.js');
  const t0 = performance.now();
  const { html, model } = await generateReport({ dirs: [resultsDir], out: join(tmp, 'report', 'index.html'), lang: 'zh' });
  const ms = performance.now() - t0;
  return { targets: model.targets.length, ms: Math.round(ms), htmlMb: round2(statSync(html).size / 1024 / 1024) };
}

async function validationBench() {
  const { buildNodeData } = await import('../src/reference/data/node-data.js');
  const { createSchemaValidator } = await import('../src/spec/schemas.js');
  const data = buildNodeData(1, Date.parse('2026-01-01T00:00:00+08:00'));
  const v = createSchemaValidator();
  const sets: [string, string, string[]][] = [
    ['person', 'person-record', data.personList.map((p) => JSON.stringify(p))],
    ['legal-entity', 'legal-entity-record', data.entityList.map((e) => JSON.stringify(e))],
    ['e-certificate', 'e-certificate', [...data.certificates.values()].map((c) => JSON.stringify(c.record))],
  ];
  const N = 200_000;
  const rows = [];
  for (const [kind, schema, lines] of sets) {
    let invalid = 0;
    for (const l of lines) if (v.validate(schema, JSON.parse(l)).length > 0) invalid++;
    let sink = 0;
    let t0 = performance.now();
    for (let i = 0; i < N; i++) sink += (JSON.parse(lines[i % lines.length]!) as { length?: number }).length ?? 1;
    const parseMs = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < N; i++) sink += v.validate(schema, JSON.parse(lines[i % lines.length]!)).length;
    const validateMs = performance.now() - t0;
    if (sink < 0) process.stdout.write('');
    rows.push({ kind, distinctRecords: lines.length, invalid, records: N, parsePerSec: Math.round((N / parseMs) * 1000), validatedPerSec: Math.round((N / validateMs) * 1000) });
  }
  return rows;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
const fmt = (n: number): string => n.toLocaleString('en-US');

async function parent(): Promise<void> {
  const began = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'govx-bench-'));
  const log = (s: string): void => void process.stderr.write(`bench: ${s}\n`);
  try {
    log('serve start times');
    const both = await serve(['--role', 'both']);
    await both.stop();
    log('validation');
    const validation = await validationBench();
    log('overhead (all classes, then the classes without deliberate waits)');
    const overheadAll = await overhead(tmp);
    const overheadSubset = await overhead(tmp, ['CORE', 'CAT', 'POP', 'LE', 'EC', 'OPEN']);
    const scaleRows: Awaited<ReturnType<typeof scale>>['row'][] = [];
    let lastOut = '';
    let tenants1000Ready = 0;
    for (const n of SCALE_SIZES) {
      log(`scale: ${n} tenants`);
      let served: Served | undefined;
      if (n === 1000) {
        served = await serve(['--role', 'department', '--tenants', '1000'], join(tmp, 'scale-1000', 'served', 'ics.yaml'));
        tenants1000Ready = served.readyMs;
      }
      const { out, row } = await scale(tmp, n, served);
      scaleRows.push(row);
      lastOut = out;
    }
    log('report of the 1,000-tenant run');
    const report = await reportBench(lastOut, tmp);

    const base = scaleRows[0]!.cpuMsPerTarget;
    const flat = scaleRows.map((r) => round2((r.cpuMsPerTarget / base - 1) * 100));
    // Marginal CPU per target between consecutive sizes: what each further target costs, start-up costs aside.
    const marginal = scaleRows.slice(1).map((r, i) => ({ from: scaleRows[i]!.tenants, to: r.tenants, cpuMsPerTarget: round2((r.runCpuMs - scaleRows[i]!.runCpuMs) / (r.targets - scaleRows[i]!.targets)) }));
    const person = validation.find((r) => r.kind === 'person')!;
    const rss1000 = scaleRows.at(-1)!.peakRssMb;
    const results = {
      date: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform} ${process.arch}` },
      setup: {
        overhead: 'one reference department (govx serve child), all classes then CORE,CAT,POP,LE,EC,OPEN; ICS limits raised to rps 100000, concurrency 4 so pacing does not hide the harness; harness in a child; replay child re-signs each captured request and keeps its order and overlap',
        scale: `tenants of one govx serve child (ICS as served: rps ${ICS_RPS}, concurrency 4 per tenant), all classes the tenants claim, --concurrency ${SCALE_CONCURRENCY}; harness in its own child; per-target cost = CPU time of runConformance / targets`,
        report: 'govx report over the 1,000-tenant results folder, zh',
        validation: 'records from the reference generator (seed 1), 200,000 JSON.parse + validate per kind, one thread',
      },
      overhead: { all: overheadAll, subset: overheadSubset, target: 'ratio ≤ 1.3', met: overheadAll.ratio <= 1.3 },
      scale: { rows: scaleRows, perTargetChangeFrom10Pct: flat, marginal, target: 'per-target CPU within ±25 % from 10 to 1,000; peak RSS ≤ 512 MB at 1,000', met: flat.every((f) => Math.abs(f) <= 25) && rss1000 <= 512 },
      report: { ...report, target: '≤ 10 s and ≤ 15 MB', met: report.ms <= 10_000 && report.htmlMb <= 15 },
      validation: { rows: validation, target: '≥ 200,000 person records/s', met: person.validatedPerSec >= 200_000 },
      serve: { bothStartMs: Math.round(both.readyMs), tenants1000ReadyMs: Math.round(tenants1000Ready), note: 'from spawning `node dist/src/cli.js serve` to its ready line; --tenants 1000 ready includes writing the ICS of every tenant' },
      benchWallS: Math.round((performance.now() - began) / 1000),
    };
    writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

    const ok = (m: boolean): string => (m ? 'met' : 'MISSED');
    const lines = [
      `govx bench — ${results.date} — ${results.machine.cores} cores, ${results.machine.cpu}, node ${results.machine.node}`,
      '',
      'figure                                   measured                                   target            ',
      '---------------------------------------  -----------------------------------------  ------------------',
      `overhead, all classes (${overheadAll.requests} req)      ${overheadAll.harnessWallMs} ms vs replay ${overheadAll.replayWallMs} ms = ×${overheadAll.ratio}`.padEnd(83) + ` ≤ 1.3  ${ok(overheadAll.ratio <= 1.3)}`,
      `  harness idle between requests          ${overheadAll.harnessIdleMs} ms (own work + suites' deliberate waits)`,
      `overhead, no-wait classes (${overheadSubset.requests} req)  ${overheadSubset.harnessWallMs} ms vs replay ${overheadSubset.replayWallMs} ms = ×${overheadSubset.ratio}`.padEnd(83) + ` ≤ 1.3  ${ok(overheadSubset.ratio <= 1.3)}`,
      ...scaleRows.map((r, i) => `scale ${String(r.tenants).padStart(4)} tenants                        ${r.cpuMsPerTarget} ms CPU/target (${flat[i]! >= 0 ? '+' : ''}${flat[i]} %), RSS ${r.peakRssMb} MB (heap after GC ${r.heapAfterGcMb} MB), wall ${fmt(Math.round(r.wallMs / 1000))} s, ${fmt(r.requests)} req`.padEnd(83) + (i === scaleRows.length - 1 ? ` ±25 %, ≤ 512 MB  ${ok(results.scale.met)}` : '')),
      ...marginal.map((m) => `  marginal CPU per target ${m.from}→${m.to}`.padEnd(41) + `${m.cpuMsPerTarget} ms`),
      `report, ${report.targets} targets                     ${fmt(report.ms)} ms, ${report.htmlMb} MB`.padEnd(83) + ` ≤ 10 s, ≤ 15 MB  ${ok(results.report.met)}`,
      ...validation.map((r) => `validation ${r.kind.padEnd(14)}                ${fmt(r.validatedPerSec)}/s (JSON.parse alone ${fmt(r.parsePerSec)}/s)`.padEnd(83) + (r.kind === 'person' ? ` ≥ 200,000/s  ${ok(results.validation.met)}` : '')),
      `serve --role both start                  ${fmt(results.serve.bothStartMs)} ms`,
      `serve --tenants 1000 ready               ${fmt(results.serve.tenants1000ReadyMs)} ms`,
      '',
      `bench wall time ${results.benchWallS} s; written bench/results.json`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const [flag, mode, config] = process.argv.slice(2);
if (flag === '--child' && mode === 'harness') await harnessChild(JSON.parse(config!) as HarnessConfig);
else if (flag === '--child' && mode === 'replay') await replayChild(JSON.parse(config!) as ReplayConfig);
else await parent();
