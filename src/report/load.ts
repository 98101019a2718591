// Reads results folders (results.ndjson, streamed line by line) and merges them: shards of one run,
// and earlier runs of the same targets (the later run wins for a target/test seen twice, with a note).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ConfigError } from '../errors.js';
import type { Text } from '../i18n/text.js';
import type { ResultRecord, ResultsLine, RunRecord, TargetEndRecord, TargetRecord } from '../engine/types.js';

export interface LoadedTarget {
  record: TargetRecord;
  end?: TargetEndRecord;
  /** By test id; the later run's result where two runs have the same test. */
  results: Map<string, ResultRecord>;
  /** The results folder each test's result came from (for the replay command). */
  sourceOf: Map<string, string>;
}

export interface LoadedSource {
  dir: string;
  lines: number;
  runIds: string[];
  truncated: boolean;
  ended: boolean;
}

export interface LoadedResults {
  runs: Map<string, RunRecord>;
  targets: Map<string, LoadedTarget>;
  sources: LoadedSource[];
  notes: Text[];
}

interface RunOrder {
  startedAt: string;
  seq: number;
}

/** Resolves a results folder (or a results.ndjson file) to its results.ndjson, or a one-line ConfigError. */
export function resultsFileOf(dir: string): string {
  const abs = resolve(dir);
  if (!existsSync(abs)) {
    throw new ConfigError(`results folder not found: ${dir} (give a folder written by 'govx run', which holds results.ndjson)`);
  }
  if (statSync(abs).isFile()) {
    if (abs.endsWith('.ndjson')) return abs;
    throw new ConfigError(`${dir} is a file, not a results folder (give the folder written by 'govx run')`);
  }
  const file = join(abs, 'results.ndjson');
  if (!existsSync(file)) {
    throw new ConfigError(`no results.ndjson in ${dir} (give a folder written by 'govx run'; a run killed before its first test writes none)`);
  }
  return file;
}

export async function loadResults(dirs: string[]): Promise<LoadedResults> {
  if (dirs.length === 0) throw new ConfigError('no results folder given (usage: govx report <results-dir>... --out <file.html>)');
  const files = dirs.map((d) => ({ dir: d, file: resultsFileOf(d) }));
  const state: LoadedResults = { runs: new Map(), targets: new Map(), sources: [], notes: [] };
  const order = new Map<string, RunOrder>();
  const superseded = new Map<string, { target: string; older: string; newer: string; count: number }>();

  // Later = started later; equal or unknown start times fall back to the order the runs were read in.
  const later = (a: string, b: string): boolean => {
    const oa = order.get(a);
    const ob = order.get(b);
    if (!oa || !ob) return (oa?.seq ?? Number.MAX_SAFE_INTEGER) >= (ob?.seq ?? Number.MAX_SAFE_INTEGER);
    if (oa.startedAt !== ob.startedAt) return oa.startedAt > ob.startedAt;
    return oa.seq >= ob.seq;
  };
  const noteRun = (runId: string, startedAt = '') => {
    if (!order.has(runId)) order.set(runId, { startedAt, seq: order.size });
  };

  for (const { dir, file } of files) {
    const source: LoadedSource = { dir, lines: 0, runIds: [], truncated: false, ended: false };
    state.sources.push(source);
    let pendingError: { lineNo: number } | undefined;
    let lineNo = 0;
    const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const raw of rl) {
      lineNo += 1;
      const line = raw.trim();
      if (line === '') continue;
      if (pendingError) {
        throw new ConfigError(`${file}:${pendingError.lineNo}: not a JSON results line (the file is damaged; re-run or remove that line)`);
      }
      let rec: ResultsLine;
      try {
        rec = JSON.parse(line) as ResultsLine;
      } catch {
        pendingError = { lineNo }; // tolerated if it turns out to be the last line (a killed run)
        continue;
      }
      if (rec === null || typeof rec !== 'object' || typeof (rec as { type?: unknown }).type !== 'string') {
        throw new ConfigError(`${file}:${lineNo}: not a results line (no "type"); is this a results.ndjson written by 'govx run'?`);
      }
      source.lines += 1;
      if ('runId' in rec && typeof rec.runId === 'string' && !source.runIds.includes(rec.runId)) source.runIds.push(rec.runId);
      switch (rec.type) {
        case 'run':
          noteRun(rec.runId, rec.startedAt);
          state.runs.set(rec.runId, rec);
          break;
        case 'run-end':
          source.ended = true;
          break;
        case 'target': {
          noteRun(rec.runId);
          const existing = state.targets.get(rec.target);
          if (!existing) {
            state.targets.set(rec.target, { record: rec, results: new Map(), sourceOf: new Map() });
          } else {
            // A later run may cover only some classes (a re-run of one class): the older results still count.
            const classes = [...new Set([...existing.record.classes, ...rec.classes])];
            if (later(rec.runId, existing.record.runId)) existing.record = { ...rec, classes };
            else existing.record = { ...existing.record, classes };
          }
          break;
        }
        case 'target-end': {
          noteRun(rec.runId);
          const t = ensureTarget(state, rec.target, rec.runId);
          if (!t.end || later(rec.runId, t.end.runId)) t.end = rec;
          break;
        }
        case 'result': {
          noteRun(rec.runId);
          const t = ensureTarget(state, rec.target, rec.runId);
          const prev = t.results.get(rec.test);
          if (prev && prev.runId !== rec.runId) {
            const newer = later(rec.runId, prev.runId) ? rec : prev;
            const older = newer === rec ? prev : rec;
            const key = `${rec.target}\u0000${older.runId}\u0000${newer.runId}`;
            const s = superseded.get(key) ?? { target: rec.target, older: older.runId, newer: newer.runId, count: 0 };
            s.count += 1;
            superseded.set(key, s);
            if (newer === prev) break;
          }
          t.results.set(rec.test, rec);
          t.sourceOf.set(rec.test, dir);
          break;
        }
        default:
          // A line type from a newer harness: ignored, the rest of the file is still read.
          break;
      }
    }
    if (pendingError) {
      source.truncated = true;
      state.notes.push({
        zh: `${dir}：最后一行不完整（运行被中断），已忽略该行。`,
        en: `${dir}: the last line is incomplete (the run was interrupted); that line was ignored.`,
      });
    }
    if (!source.ended && !source.truncated && source.lines > 0) {
      state.notes.push({
        zh: `${dir}：运行未正常结束（无 run-end 记录），结果可能不完整。`,
        en: `${dir}: the run did not end normally (no run-end line); results may be incomplete.`,
      });
    }
  }
  for (const s of superseded.values()) {
    state.notes.push({
      zh: `目标 ${s.target}：${s.count} 项测试结果以较新的运行 ${s.newer} 为准（取代运行 ${s.older}）。`,
      en: `Target ${s.target}: ${s.count} test result(s) taken from the later run ${s.newer} (superseding run ${s.older}).`,
    });
  }
  return state;
}

function ensureTarget(state: LoadedResults, target: string, runId: string): LoadedTarget {
  let t = state.targets.get(target);
  if (!t) {
    // Results without a target line (a damaged file): a minimal record so the results still count.
    t = {
      record: {
        type: 'target',
        runId,
        target,
        name: target,
        role: 'DEPARTMENT',
        region: '',
        environment: 'test',
        baseUrl: '',
        claimedIcs: [],
        classes: [],
      },
      results: new Map(),
      sourceOf: new Map(),
    };
    state.targets.set(target, t);
  }
  return t;
}
