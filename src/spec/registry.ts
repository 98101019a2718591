// specs/requirements.yaml: the requirement registry, validated against specs/requirements.schema.json and
// against itself (unique IDs, class = ID prefix, a finer ID only under a rule that exists).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Requirement } from './registry-types.js';
import { ConfigError } from '../errors.js';
import { SPECS_DIR } from '../paths.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { displayPath, oneLine } from './schemas.js';
import { readYaml } from './yaml-source.js';

export interface RegistryFile {
  profile: string;
  profileVersion: string;
  requirements: Requirement[];
}

/** EIP-SEC-003.b → EIP-SEC-003; a profile rule is its own parent. */
export function profileRuleOf(id: string): string {
  const dot = id.indexOf('.');
  return dot === -1 ? id : id.slice(0, dot);
}

function loadSchema(specsDir: string): Record<string, unknown> {
  const file = join(specsDir, 'requirements.schema.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new ConfigError(`${displayPath(file)}: ${oneLine((err as Error).message)}; restore the registry schema`);
  }
}

/** Reads and checks the registry of a specs folder; one-line ConfigError naming file:line on any problem. */
export function loadRegistry(dir: string = SPECS_DIR): Requirement[] {
  const specsDir = resolve(dir);
  const source = readYaml(join(specsDir, 'requirements.yaml'));
  const ajv = new Ajv2020({ strict: true });
  let validate;
  try {
    validate = ajv.compile(loadSchema(specsDir));
  } catch (err) {
    throw new ConfigError(`${displayPath(join(specsDir, 'requirements.schema.json'))}: ${oneLine((err as Error).message)}; fix the schema`);
  }
  if (!validate(source.value)) {
    const e = validate.errors![0];
    const missing = e.keyword === 'required' ? ` ${String((e.params as { missingProperty: string }).missingProperty)}` : '';
    const detail = e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    throw new ConfigError(`${source.where(e.instancePath)}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}${missing}${detail}; fix the entry`);
  }
  const registry = source.value as RegistryFile;
  const seen = new Map<string, number>();
  registry.requirements.forEach((r, i) => {
    const at = source.where(`/requirements/${i}/id`);
    if (seen.has(r.id)) throw new ConfigError(`${at}: ${r.id} appears twice (first at entry ${seen.get(r.id)}); keep one`);
    seen.set(r.id, i);
    if (!r.id.startsWith(`EIP-${r.class}-`)) throw new ConfigError(`${at}: ${r.id} has class ${r.class}; the class must be the ID's`);
  });
  registry.requirements.forEach((r, i) => {
    const parent = profileRuleOf(r.id);
    if (parent !== r.id && !seen.has(parent)) {
      throw new ConfigError(`${source.where(`/requirements/${i}/id`)}: ${r.id} refines ${parent}, which is not in the registry; add ${parent}`);
    }
  });
  return registry.requirements;
}

let cached: ReadonlyMap<string, Requirement> | undefined;

/** The project's registry by ID, loaded once. */
export function registryMap(): ReadonlyMap<string, Requirement> {
  cached ??= new Map(loadRegistry().map((r) => [r.id, r]));
  return cached;
}
