// Where the project's own files are, whether running from src/ (tsx) or dist/src/ (built).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'specs'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`govx: cannot find the project root above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const SPECS_DIR = join(PROJECT_ROOT, 'specs');
export const TEMPLATES_DIR = join(PROJECT_ROOT, 'src', 'report', 'templates');
