// The JSON Schemas of specs/schemas: each file registered with ajv once (by its $id) and compiled on first use.
// Registering once matters: a dereferenced OpenAPI document inlines a schema at every use with the same $id,
// which ajv refuses, so responses are compiled by $ref against these registrations instead (see openapi.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import type { SchemaValidator, Violation } from '../engine/suite-api.js';
import { ConfigError } from '../errors.js';
import { PROJECT_ROOT, SPECS_DIR } from '../paths.js';
import { createAjv } from './ajv.js';
import { toViolations, type RuledViolation } from './messages.js';

export const SCHEMA_ID_BASE = 'https://govx.example/eip/1.0/';

/** Every schema the profile defines, by file name without `.schema.json`. */
export const SCHEMA_NAMES = [
  'envelope', 'error-envelope', 'paged-list', 'health', 'catalog-resource', 'person-record',
  'person-verify-request', 'person-verify-result', 'person-query-request', 'legal-entity-record',
  'legal-entity-query-request', 'e-certificate', 'e-certificate-query-request', 'e-certificate-verify-request',
  'e-certificate-verify-result', 'audit-entry', 'node-registration', 'node-registration-result', 'node',
  'heartbeat-request', 'heartbeat-response', 'catalog-sync-batch', 'catalog-sync-receipt', 'forward-request',
  'forward-result', 'receipt', 'open-dataset',
] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export const schemaId = (name: string): string => `${SCHEMA_ID_BASE}${name}.schema.json`;

/** A path for messages: relative to the project when inside it. */
export function displayPath(file: string): string {
  const rel = relative(PROJECT_ROOT, file);
  return rel.startsWith('..') ? file : rel;
}

/** Reads and registers every *.schema.json of `<specsDir>/schemas`; one-line ConfigError on a broken file. */
function registerSchemaFiles(ajv: Ajv2020, specsDir: string): Map<string, Record<string, unknown>> {
  const dir = join(specsDir, 'schemas');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
  } catch {
    throw new ConfigError(`${displayPath(dir)}: cannot read the schema folder; pass the specs folder that holds schemas/`);
  }
  const schemas = new Map<string, Record<string, unknown>>();
  for (const file of files) {
    const path = join(dir, file);
    const name = file.slice(0, -'.schema.json'.length);
    let schema: Record<string, unknown>;
    try {
      schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new ConfigError(`${displayPath(path)}: not valid JSON (${(err as Error).message}); fix the file`);
    }
    if (schema.$id !== schemaId(name)) {
      throw new ConfigError(`${displayPath(path)}: /$id is ${JSON.stringify(schema.$id)}; it must be "${schemaId(name)}"`);
    }
    try {
      ajv.addSchema(schema);
    } catch (err) {
      throw new ConfigError(`${displayPath(path)}: ${oneLine((err as Error).message)}; fix the schema`);
    }
    schemas.set(name, schema);
  }
  for (const name of SCHEMA_NAMES) {
    if (!schemas.has(name)) throw new ConfigError(`${displayPath(join(dir, name + '.schema.json'))}: missing; every EIP schema needs its file`);
  }
  return schemas;
}

export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** An ajv instance with every schema of one specs folder registered, and what it compiled. */
export class SpecSchemas implements SchemaValidator {
  readonly ajv: Ajv2020;
  readonly schemas: ReadonlyMap<string, Record<string, unknown>>;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly specsDir: string) {
    this.ajv = createAjv();
    this.schemas = registerSchemaFiles(this.ajv, specsDir);
  }

  /** The compiled validator of a named schema (cached). Throws ConfigError when the schema does not compile. */
  compiledFor(name: string): ValidateFunction {
    let fn = this.compiled.get(name);
    if (fn === undefined) {
      if (!this.schemas.has(name)) throw new Error(`govx: no schema named '${name}' in ${displayPath(this.specsDir)}`);
      try {
        fn = this.ajv.getSchema(schemaId(name));
      } catch (err) {
        const file = displayPath(join(this.specsDir, 'schemas', `${name}.schema.json`));
        throw new ConfigError(`${file}: ${oneLine((err as Error).message)}; fix the schema`);
      }
      if (fn === undefined) throw new Error(`govx: schema '${name}' is registered but did not compile`);
      this.compiled.set(name, fn);
    }
    return fn;
  }

  /** Errors and warnings, each with its path and the rule it breaks. */
  check(name: string, value: unknown, base = ''): RuledViolation[] {
    const fn = this.compiledFor(name);
    fn(value);
    const rootRule = this.schemas.get(name)?.['x-gx-rule'];
    return toViolations(fn.errors, typeof rootRule === 'string' ? rootRule : undefined, base);
  }

  /** SchemaValidator: the errors only ([] when the value conforms; warnings do not count). */
  validate(name: string, value: unknown): Violation[] {
    return this.check(name, value).filter((v) => v.severity === 'error');
  }

  /** Warnings only (e.g. a division code whose province is known but which the bundled table lacks). */
  warnings(name: string, value: unknown): Violation[] {
    return this.check(name, value).filter((v) => v.severity === 'warning');
  }
}

const cache = new Map<string, SpecSchemas>();

/** The cached schemas of a specs folder (default: the project's specs/). */
export function specSchemas(dir: string = SPECS_DIR): SpecSchemas {
  const key = resolve(dir);
  let s = cache.get(key);
  if (s === undefined) {
    s = new SpecSchemas(key);
    cache.set(key, s);
  }
  return s;
}

/** The SchemaValidator of src/engine/suite-api.ts over specs/schemas, compiled once and cached. */
export function createSchemaValidator(dir?: string): SpecSchemas {
  return specSchemas(dir);
}

/** A Violation list as one line per problem, for messages: "/birthDate: …". */
export function describeViolations(violations: readonly Violation[], lang: 'zh' | 'en'): string {
  return violations.map((v) => `${v.path || '/'}: ${v.message[lang]}${v.rule ? ` [${v.rule}]` : ''}`).join('; ');
}
