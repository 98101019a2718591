// `govx run --resume <dir>`: what an interrupted run already did. results.ndjson is the only record:
// a torn last line (killed mid-write) is cut off, then the file is read once, streamed. A target with a
// target-end line is finished (handed to `onFinished` and dropped, so memory stays flat); a target
// without one keeps its results (no evidence) so the resumed part can complete and score it.
import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readSync, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ConfigError } from '../errors.js';
import { RESULTS_FILE } from './results-writer.js';
import type { ResultRecord, ResultsLine, RunRecord, TargetEndRecord, TargetRecord } from './types.js';

export interface OpenTarget {
  record: TargetRecord;
  /** Results so far, evidence dropped. */
  results: ResultRecord[];
}

export interface PriorRun {
  dir: string;
  /** Run IDs found in the file, in order. */
  runIds: string[];
  /** The first run line: its shard and language carry over. */
  first: RunRecord;
  /** ICS digests per target, the latest run line's where several name a target. */
  icsDigests: Map<string, string>;
  /** Target → tests that have a result line (never run again). */
  done: Map<string, Set<string>>;
  finished: Set<string>;
  open: Map<string, OpenTarget>;
  /** Bytes cut from a torn last line (0 when the file ended cleanly). */
  trimmedBytes: number;
}

/** Cuts an incomplete last line (no trailing newline) so appended lines start on a line of their own. */
export function trimTornLine(file: string): number {
  const fd = openSync(file, 'r+');
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const n = readSync(fd, chunk, 0, end - start, start);
      const nl = chunk.subarray(0, n).lastIndexOf(0x0a);
      if (nl >= 0) {
        const keep = start + nl + 1;
        if (keep < size) ftruncateSync(fd, keep);
        return size - keep;
      }
      end = start;
    }
    if (size > 0) ftruncateSync(fd, 0);
    return size;
  } finally {
    closeSync(fd);
  }
}

export async function readPriorRun(dir: string, onFinished: (record: TargetRecord, results: ResultRecord[], end: TargetEndRecord, first: RunRecord) => void): Promise<PriorRun> {
  const file = join(dir, RESULTS_FILE);
  if (!existsSync(file)) throw new ConfigError(`--resume ${dir}: no ${RESULTS_FILE} there; give the --out folder of the interrupted run, or start a new run without --resume`);
  const trimmedBytes = trimTornLine(file);
  const prior: Omit<PriorRun, 'first'> & { first?: RunRecord } = { dir, runIds: [], icsDigests: new Map(), done: new Map(), finished: new Set(), open: new Map(), trimmedBytes };
  let lineNo = 0;
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const raw of rl) {
    lineNo++;
    if (raw.trim() === '') continue;
    let line: ResultsLine;
    try {
      line = JSON.parse(raw) as ResultsLine;
    } catch {
      throw new ConfigError(`${file}:${lineNo}: not a JSON results line (the file is damaged); remove that line, or start a new run without --resume`);
    }
    switch (line.type) {
      case 'run':
        prior.first ??= line;
        if (!prior.runIds.includes(line.runId)) prior.runIds.push(line.runId);
        for (const [id, digest] of Object.entries(line.icsDigests)) prior.icsDigests.set(id, digest);
        break;
      case 'target': {
        const open = prior.open.get(line.target);
        if (open) open.record = line;
        else if (!prior.finished.has(line.target)) prior.open.set(line.target, { record: line, results: [] });
        break;
      }
      case 'result': {
        let tests = prior.done.get(line.target);
        if (!tests) prior.done.set(line.target, (tests = new Set()));
        if (tests.has(line.test)) break;
        tests.add(line.test);
        prior.open.get(line.target)?.results.push({ ...line, evidence: [] });
        break;
      }
      case 'target-end': {
        const open = prior.open.get(line.target);
        if (!open) break;
        prior.open.delete(line.target);
        prior.finished.add(line.target);
        if (prior.first) onFinished(open.record, open.results, line, prior.first);
        break;
      }
      default:
        break;
    }
  }
  if (!prior.first) throw new ConfigError(`--resume ${dir}: ${RESULTS_FILE} has no run line (it is empty or not from 'govx run'); start a new run without --resume`);
  return prior as PriorRun;
}
