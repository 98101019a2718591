// The OpenAPI documents of specs/openapi: loaded and validated with swagger-parser, and their request and
// response schemas compiled with the ajv of specs/schemas — by $ref to each schema file's $id, never from a
// dereferenced copy (which repeats $ids that ajv refuses).
import { join, resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { Violation } from '../engine/suite-api.js';
import { ConfigError } from '../errors.js';
import { SPECS_DIR } from '../paths.js';
import { toViolations } from './messages.js';
import { displayPath, oneLine, SCHEMA_ID_BASE, specSchemas } from './schemas.js';
import { readYaml } from './yaml-source.js';

export type SpecRole = 'department' | 'platform';
export const SPEC_ROLES: readonly SpecRole[] = ['department', 'platform'];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Json = Record<string, unknown>;

/** 'DEPARTMENT' (the ICS role) and 'department' (the file) name the same document. */
function roleOf(role: string): SpecRole {
  const r = role.toLowerCase();
  if (r !== 'department' && r !== 'platform') throw new Error(`govx: no OpenAPI document for role '${role}'`);
  return r;
}

export const openApiFile = (role: string, dir: string = SPECS_DIR): string => join(resolve(dir), 'openapi', `${roleOf(role)}.yaml`);

export interface OperationInfo {
  operationId: string;
  method: string;
  /** Path template, e.g. /gx/v1/catalog/resources/{resourceCode}. */
  path: string;
  summary: string;
  operation: Json;
}

interface RawDoc {
  file: string;
  doc: Json;
  where(pointer: string): string;
  operations: Map<string, OperationInfo>;
}

const rawCache = new Map<string, RawDoc>();

/** The document as written (refs unresolved), with its operations by operationId. */
function rawDoc(role: string, dir?: string): RawDoc {
  const file = openApiFile(role, dir);
  let raw = rawCache.get(file);
  if (raw !== undefined) return raw;
  const source = readYaml(file);
  const doc = (source.value ?? {}) as Json;
  const operations = new Map<string, OperationInfo>();
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const operation = item?.[method] as Json | undefined;
      if (operation === undefined) continue;
      const operationId = operation.operationId;
      const at = source.where(`/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`);
      if (typeof operationId !== 'string') throw new ConfigError(`${at}: ${method.toUpperCase()} ${path} has no operationId; add one`);
      if (operations.has(operationId)) throw new ConfigError(`${at}: operationId ${operationId} is used twice; make it unique`);
      operations.set(operationId, { operationId, method: method.toUpperCase(), path, summary: String(operation.summary ?? ''), operation });
    }
  }
  raw = { file, doc, where: source.where, operations };
  rawCache.set(file, raw);
  return raw;
}

/** Every operation of a role's document, in document order. */
export function operations(role: string, dir?: string): OperationInfo[] {
  return [...rawDoc(role, dir).operations.values()];
}

/** The operation a request names (path templates matched segment by segment), if any. */
export function matchOperation(role: string, method: string, path: string, dir?: string): OperationInfo | undefined {
  const parts = path.split('/');
  return operations(role, dir).find((op) => {
    if (op.method !== method.toUpperCase()) return false;
    const tpl = op.path.split('/');
    return tpl.length === parts.length && tpl.every((seg, i) => /^\{[^}]+\}$/.test(seg) || seg === parts[i]);
  });
}

const docCache = new Map<string, Promise<unknown>>();

/** The role's document, validated and dereferenced by swagger-parser (cached). Rejects with a ConfigError. */
export function loadOpenApi(role: string, dir?: string): Promise<Json> {
  const file = openApiFile(role, dir);
  let p = docCache.get(file);
  if (p === undefined) {
    p = SwaggerParser.validate(file).catch((err: unknown) => {
      docCache.delete(file);
      throw new ConfigError(`${displayPath(file)}: ${oneLine(firstLine(err))}; fix the document`);
    });
    docCache.set(file, p);
  }
  return p as Promise<Json>;
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  // swagger-parser lists every schema error on its own lines; the first two say what and where.
  return msg.split('\n').filter((l) => l.trim() !== '').slice(0, 2).join(' ');
}

/** Follows a local `#/components/...` reference. */
function local(raw: RawDoc, value: unknown): Json | undefined {
  let v = value as Json | undefined;
  for (let guard = 0; v !== undefined && typeof v.$ref === 'string' && v.$ref.startsWith('#/') && guard < 10; guard++) {
    v = v.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, seg) => (node as Json | undefined)?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')], raw.doc) as Json | undefined;
  }
  return v;
}

/** A copy of a schema whose file references name the registered $ids, and whose local refs are inlined. */
function toRegistered(raw: RawDoc, schema: unknown, depth = 0): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toRegistered(raw, s, depth));
  if (schema === null || typeof schema !== 'object') return schema;
  const obj = schema as Json;
  if (typeof obj.$ref === 'string') {
    const ref = obj.$ref;
    if (ref.startsWith('#/')) {
      if (depth > 20) throw new ConfigError(`${displayPath(raw.file)}: ${ref} refers to itself; OpenAPI schemas here must not recurse`);
      return toRegistered(raw, local(raw, obj), depth + 1);
    }
    const m = /([A-Za-z0-9_-]+\.schema\.json)(#.*)?$/.exec(ref);
    if (m !== null) return { ...obj, $ref: `${SCHEMA_ID_BASE}${m[1]}${m[2] ?? ''}` };
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, toRegistered(raw, v, depth)]));
}

export interface BodySpec {
  role: SpecRole;
  operationId: string;
  method: string;
  path: string;
  /** The response key that matched ('200', 'default'…); undefined for a request body. */
  key?: string;
  /** Media types the document allows. */
  contentTypes: string[];
  /** Headers the document marks required (lower case). */
  requiredHeaders: string[];
  /** The schema of the JSON body, with $refs naming the schema $ids; undefined where the body is a file. */
  schema?: Json;
  /** Problems of a JSON body ([] when it conforms, or when there is no JSON schema to check). */
  validate(body: unknown): Violation[];
}

const compiled = new Map<string, ValidateFunction>();

function bodySpec(raw: RawDoc, role: SpecRole, op: OperationInfo, holder: Json, pointer: string, key?: string): BodySpec {
  const content = (holder.content ?? {}) as Record<string, Json>;
  const json = content['application/json'];
  const schema = json?.schema === undefined ? undefined : (toRegistered(raw, json.schema) as Json);
  const headers = Object.entries((holder.headers ?? {}) as Record<string, unknown>)
    .filter(([, h]) => local(raw, h)?.required === true)
    .map(([name]) => name.toLowerCase());
  const dir = resolve(raw.file, '..', '..');
  let fn: ValidateFunction | undefined;
  if (schema !== undefined) {
    const cacheKey = `${raw.file}#${pointer}`;
    fn = compiled.get(cacheKey);
    if (fn === undefined) {
      try {
        fn = specSchemas(dir).ajv.compile(schema);
      } catch (err) {
        if (err instanceof ConfigError) throw err;
        throw new ConfigError(`${raw.where(pointer)}: ${oneLine((err as Error).message)}; fix the schema of ${op.operationId}`);
      }
      compiled.set(cacheKey, fn);
    }
  }
  return {
    role,
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    key,
    contentTypes: Object.keys(content),
    requiredHeaders: headers,
    schema,
    validate(body: unknown): Violation[] {
      if (fn === undefined) return [];
      fn(body);
      return toViolations(fn.errors).filter((v) => v.severity === 'error');
    },
  };
}

function operationOrThrow(raw: RawDoc, operationId: string): OperationInfo {
  const op = raw.operations.get(operationId);
  if (op === undefined) throw new Error(`govx: ${displayPath(raw.file)} has no operation '${operationId}'`);
  return op;
}

const escapePath = (p: string): string => p.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * What the document says a response of this operation and status looks like: the documented status, else
 * its `NXX` range, else `default`; undefined when none applies (an undocumented status).
 */
export function responseSchemaFor(role: string, operationId: string, status: number | string, dir?: string): BodySpec | undefined {
  const raw = rawDoc(role, dir);
  const op = operationOrThrow(raw, operationId);
  const responses = (op.operation.responses ?? {}) as Record<string, unknown>;
  const s = String(status);
  const key = [s, `${s[0]}XX`, 'default'].find((k) => responses[k] !== undefined);
  if (key === undefined) return undefined;
  const response = local(raw, responses[key]) ?? {};
  const pointer = `/paths/${escapePath(op.path)}/${op.method.toLowerCase()}/responses/${key}`;
  return bodySpec(raw, roleOf(role), op, response, pointer, key);
}

/** The request body of an operation (undefined when it takes none), e.g. for a node validating what it receives. */
export function requestSchemaFor(role: string, operationId: string, dir?: string): BodySpec | undefined {
  const raw = rawDoc(role, dir);
  const op = operationOrThrow(raw, operationId);
  const body = local(raw, op.operation.requestBody);
  if (body === undefined) return undefined;
  return bodySpec(raw, roleOf(role), op, body, `/paths/${escapePath(op.path)}/${op.method.toLowerCase()}/requestBody`);
}

/** Every (operation, response key) of a document: for checking that all of them compile. */
export function allResponseSpecs(role: string, dir?: string): BodySpec[] {
  const out: BodySpec[] = [];
  for (const op of operations(role, dir)) {
    for (const key of Object.keys((op.operation.responses ?? {}) as Json)) {
      const spec = responseSchemaFor(role, op.operationId, key, dir);
      if (spec !== undefined) out.push(spec);
    }
    const req = requestSchemaFor(role, op.operationId, dir);
    if (req !== undefined) out.push(req);
  }
  return out;
}
