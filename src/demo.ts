// `npm run demo`: reference nodes on loopback (three virtual departments — one clean, one with several
// faults, one unreachable — and a platform), every class run against all four, the pilot report written
// to reports/demo/index.html and its path printed. Exits 0 once the report is written, whatever the verdicts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generateReport } from './commands/report.js';
import { runConformance } from './engine/index.js';
import { ConfigError } from './errors.js';
import { pick, t, type Lang } from './i18n/text.js';
import { loadIcs } from './ics/load.js';
import type { Target } from './ics/types.js';
import { PROJECT_ROOT } from './paths.js';
import { startReferenceNodes } from './reference/index.js';

/** The faulty department's defects: three MUST rules and three SHOULD rules, enough for grade C, not D. */
export const DEMO_FAULTS = ['sec-replay-accepted', 'pop-sex-wrong-for-even', 'ec-expired-shown-valid', 'core-no-cache-control', 'cat-stale-resource', 'open-no-license'];

/** Tenant index → the target id the report shows (the department names come from the seeded data). */
const DEPARTMENTS = [
  { tenant: 1, id: 'demo-dept-clean' },
  { tenant: 2, id: 'demo-dept-faulty' },
  { tenant: 3, id: 'demo-dept-unreachable' },
] as const;

export interface DemoOptions {
  /** Where the results folder and index.html go (default reports/demo). */
  outDir?: string;
  lang?: Lang;
  /** Console progress of the run (default: lines on stderr). */
  progress?: 'tty' | 'lines' | 'none';
}

export interface DemoResult {
  report: string;
  results: string;
  targets: { id: string; name: string; grade: string; score: number }[];
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const lang = options.lang ?? 'zh';
  const outDir = options.outDir ?? join(PROJECT_ROOT, 'reports', 'demo');
  const results = join(outDir, 'results');
  // A previous demo's results would merge into this report: start from an empty folder.
  rmSync(results, { recursive: true, force: true });
  const handle = await startReferenceNodes({ role: 'both', port: 0, tenants: DEPARTMENTS.length, tenantFaults: { 2: DEMO_FAULTS }, unreachableTenants: [3] });
  // The ICS and its .env (the nodes' secrets) live in a private temporary folder, never beside the report.
  const icsDir = mkdtempSync(join(tmpdir(), 'govx-demo-'));
  try {
    const file = join(icsDir, 'targets.yaml');
    await handle.writeIcs(file);
    const loaded = loadIcs(file, { env: handle.env });
    const byId = (id: string): Target => {
      const found = loaded.find((tg) => tg.id === id);
      if (!found) throw new Error(`demo: the reference ICS has no target '${id}'`);
      return found;
    };
    const targets = [...DEPARTMENTS.map((d) => ({ ...byId(`ref-tenant-${d.tenant}`), id: d.id })), byId('ref-platform')];
    await runConformance({ targets, out: results, lang, progress: options.progress ?? 'lines', argv: ['npm', 'run', 'demo'] });
  } finally {
    rmSync(icsDir, { recursive: true, force: true });
    await handle.close();
  }
  const title = pick(t('govx 演示：参考节点试点评估', 'govx demo: pilot evaluation of the reference nodes'), lang);
  const { html, model } = await generateReport({ dirs: [results], out: join(outDir, 'index.html'), lang, title });
  return { report: html, results, targets: model.targets.map((tg) => ({ id: tg.id, name: tg.name, grade: tg.grade, score: tg.score })) };
}

async function main(argv: string[]): Promise<number> {
  let lang: Lang = 'zh';
  try {
    const { values } = parseArgs({ args: argv, options: { lang: { type: 'string' } } });
    if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw new ConfigError(`--lang ${values.lang}: use zh or en`);
    lang = values.lang ?? 'zh';
    const demo = await runDemo({ lang });
    for (const tg of demo.targets) process.stdout.write(`  ${tg.grade}  ${String(tg.score).padStart(5)}  ${tg.id}  ${tg.name}\n`);
    const shown = relative(process.cwd(), demo.report) || demo.report;
    process.stdout.write(pick(t(`报告：${shown}`, `report: ${shown}`), lang) + '\n');
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`govx demo: ${err instanceof ConfigError ? message : pick(t(`演示失败：${message}`, `the demo failed: ${message}`), lang)}\n`);
    return err instanceof ConfigError ? 2 : 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
