// Shared by the plan and replay tests: the CLI in-process with its output captured, and results files read back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import type { ResultRecord, ResultsLine, TargetEndRecord } from '../../src/engine/types.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `govx <args>` in this process, capturing stdout and stderr. */
export async function govx(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const origOut = process.stdout.write.bind(process.stdout);
  const origErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  const previousExit = process.exitCode;
  process.exitCode = undefined;
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = origOut;
    process.stderr.write = origErr;
    process.exitCode = previousExit;
  }
}

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
