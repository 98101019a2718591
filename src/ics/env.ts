// ${NAME} references in an ICS: resolved from the environment, else from a .env file beside the ICS.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseEnv } from 'node:util';

export type EnvLookup = (name: string) => string | undefined;

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** A lookup that reads the process environment first, then `.env` beside the ICS file (read once). */
export function envLookupFor(icsFile: string, env: NodeJS.ProcessEnv = process.env): EnvLookup {
  let dotEnv: Record<string, string | undefined> | undefined;
  return (name) => {
    const fromEnv = env[name];
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    if (dotEnv === undefined) {
      const file = join(dirname(icsFile), '.env');
      dotEnv = existsSync(file) ? (parseEnv(readFileSync(file, 'utf8')) as Record<string, string | undefined>) : {};
    }
    const fromFile = dotEnv[name];
    return fromFile === '' ? undefined : fromFile;
  };
}

/** The names referenced in a string, in order. */
export function referencedNames(value: string): string[] {
  return [...value.matchAll(REFERENCE)].map((m) => m[1]!);
}

/** Replaces every ${NAME}; returns the first missing name instead when one is not set. */
export function substitute(value: string, lookup: EnvLookup): { value: string } | { missing: string } {
  for (const name of referencedNames(value)) {
    if (lookup(name) === undefined) return { missing: name };
  }
  return { value: value.replace(REFERENCE, (_, name: string) => lookup(name)!) };
}
