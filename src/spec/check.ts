// `govx specs check`: every schema compiles, both OpenAPI documents validate and their bodies compile against
// the schemas, the registry validates. The first problem is thrown as a one-line ConfigError.
import { resolve } from 'node:path';
import type { ConformanceClass, Level, Requirement } from './registry-types.js';
import { CLASSES } from './registry-types.js';
import { allResponseSpecs, loadOpenApi, operations, SPEC_ROLES, type SpecRole } from './openapi.js';
import { loadRegistry } from './registry.js';
import { specSchemas } from './schemas.js';

export interface SpecsSummary {
  dir: string;
  operations: Record<SpecRole, number>;
  schemas: number;
  requirements: {
    total: number;
    /** Profile rules (EIP-XXX-NNN) as against finer sub-case IDs. */
    profileRules: number;
    byClass: Record<ConformanceClass, Record<Level, number>>;
    byLevel: Record<Level, number>;
  };
}

export const LEVELS: readonly Level[] = ['MUST', 'SHOULD', 'MAY'];

function countRequirements(reqs: readonly Requirement[]): SpecsSummary['requirements'] {
  const byClass = Object.fromEntries(CLASSES.map((c) => [c, { MUST: 0, SHOULD: 0, MAY: 0 }])) as SpecsSummary['requirements']['byClass'];
  const byLevel: Record<Level, number> = { MUST: 0, SHOULD: 0, MAY: 0 };
  for (const r of reqs) {
    byClass[r.class][r.level]++;
    byLevel[r.level]++;
  }
  return { total: reqs.length, profileRules: reqs.filter((r) => !r.id.includes('.')).length, byClass, byLevel };
}

/** Validates a specs folder (default: the project's); resolves to the counts, rejects with a ConfigError. */
export async function validateSpecs(dir: string): Promise<SpecsSummary> {
  const specsDir = resolve(dir);
  const schemas = specSchemas(specsDir);
  for (const name of schemas.schemas.keys()) schemas.compiledFor(name);
  const counts = {} as Record<SpecRole, number>;
  for (const role of SPEC_ROLES) {
    await loadOpenApi(role, specsDir);
    allResponseSpecs(role, specsDir);
    counts[role] = operations(role, specsDir).length;
  }
  return { dir: specsDir, operations: counts, schemas: schemas.schemas.size, requirements: countRequirements(loadRegistry(specsDir)) };
}
