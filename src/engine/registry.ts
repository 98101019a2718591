// The requirement registry for the engine: from src/spec's registryMap() when that module is
// present, else read straight from specs/requirements.yaml (same file, same shape).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SPECS_DIR } from '../paths.js';
import type { Requirement } from '../spec/registry-types.js';

export async function loadRegistry(): Promise<ReadonlyMap<string, Requirement>> {
  const specModule = '../spec/registry.js';
  try {
    const mod = (await import(specModule)) as { registryMap?: () => ReadonlyMap<string, Requirement> | Promise<ReadonlyMap<string, Requirement>> };
    if (typeof mod.registryMap === 'function') return await mod.registryMap();
  } catch {
    /* not there yet: read the file ourselves */
  }
  const doc = parse(readFileSync(join(SPECS_DIR, 'requirements.yaml'), 'utf8')) as { requirements?: Requirement[] };
  return new Map((doc.requirements ?? []).map((r) => [r.id, r]));
}
