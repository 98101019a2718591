// results.ndjson, written line by line as results happen (a killed run keeps what it did).
// Writes are synchronous: a line is on disk before the next test starts. A write error (full disk,
// unwritable folder) is kept and reported once as a ConfigError; what was written stays.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import type { ResultsLine } from './types.js';

export const RESULTS_FILE = 'results.ndjson';

export class ResultsWriter {
  private fd: number | undefined;
  /** The first write error; the run stops starting new work once it is set. */
  failure: ConfigError | undefined;
  lines = 0;

  /** `append`: continue an interrupted run's file (`--resume`); otherwise the file starts empty. */
  constructor(
    readonly dir: string,
    mode: 'new' | 'append' = 'new',
  ) {
    try {
      mkdirSync(dir, { recursive: true });
      this.fd = openSync(join(dir, RESULTS_FILE), mode === 'append' ? 'a' : 'w');
    } catch (err) {
      throw writeError(dir, err);
    }
  }

  write(line: ResultsLine): void {
    if (this.failure || this.fd === undefined) return;
    try {
      writeSync(this.fd, JSON.stringify(line) + '\n');
      this.lines++;
    } catch (err) {
      this.failure = writeError(this.dir, err);
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

export function writeError(dir: string, err: unknown): ConfigError {
  const code = (err as NodeJS.ErrnoException).code ?? String(err);
  const hint = code === 'ENOSPC' ? 'the disk is full; free space or choose another --out' : 'choose a writable folder with --out';
  return new ConfigError(`cannot write results to ${dir} (${code}): ${hint}; results written so far are kept`);
}
