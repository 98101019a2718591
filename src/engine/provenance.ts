// Provenance of a run (issue 7 §3): harness and profile versions, digests of the specs and of each
// ICS (secrets removed), the run ID and the command line with secrets removed.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SPECS_DIR } from '../paths.js';

/** sha256 over every file of the specs folder: relative path and content, in sorted order. */
export function specsDigest(dir: string = SPECS_DIR): string {
  const hash = createHash('sha256');
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((f) => {
        const p = join(d, f);
        return statSync(p).isDirectory() ? walk(p) : [p];
      });
  for (const file of walk(dir)) {
    hash.update(relative(dir, file).replace(/\\/g, '/') + '\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** e.g. 20261204T100000-3f9a: sortable, unique enough across machines. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '');
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}

/** The command line as typed, with any secret value replaced. */
export function commandLine(argv: readonly string[], secrets: readonly string[]): string {
  const quoted = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
  let out = quoted;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}
