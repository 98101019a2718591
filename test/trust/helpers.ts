// Shared by the plan and replay tests: the CLI in-process with its output captured, and results files read back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultRecord, ResultsLine, TargetEndRecord } from '../../src/engine/types.js';

export { govx, type CliRun } from '../helpers/cli.js';

export function readResults(dir: string): ResultsLine[] {
  return readFileSync(join(dir, 'results.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ResultsLine);
}

export function resultsOf(lines: ResultsLine[], target: string): ResultRecord[] {
  return lines.filter((l): l is ResultRecord => l.type === 'result' && l.target === target);
}

export function targetEnd(lines: ResultsLine[], target: string): TargetEndRecord {
  const end = lines.find((l): l is TargetEndRecord => l.type === 'target-end' && l.target === target);
  if (!end) throw new Error(`no target-end line for ${target}`);
  return end;
}
