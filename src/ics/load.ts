// Loads Implementation Conformance Statements (EIP §11): one YAML file holding one target or a list,
// or a folder of such files. Every problem is a ConfigError naming file, line and field.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { ConfigError } from '../errors.js';
import type { Credentials, Target } from './types.js';
import type { SignatureMethod } from '../http/signing.js';
import type { ConformanceClass } from '../spec/registry-types.js';
import { ENV_REFERENCE, ICS_DEFAULTS, ICS_TARGET_SCHEMA, SECRET_FIELDS } from './schema.js';
import { envLookupFor, substitute, type EnvLookup } from './env.js';

const validateTarget = new Ajv2020({ allErrors: false, strict: true }).compile(ICS_TARGET_SCHEMA);

type Path = (string | number)[];

export interface LoadOptions {
  /** The environment for ${NAME} references (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/** Loads a file or every .yaml/.yml file of a folder (sorted by name); target ids must be unique. */
export function loadIcs(path: string, options: LoadOptions = {}): Target[] {
  if (!existsSync(path)) throw new ConfigError(`${path}: no such ICS file or folder; pass --ics <file|dir>`);
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => ['.yaml', '.yml'].includes(extname(f)))
        .sort()
        .map((f) => join(path, f))
    : [path];
  if (files.length === 0) throw new ConfigError(`${path}: the folder holds no .yaml or .yml ICS file`);
  const targets: Target[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const target of loadIcsFile(file, options)) {
      const first = seen.get(target.id);
      if (first !== undefined) {
        throw new ConfigError(`${target.source}: id: target id '${target.id}' is already used by ${first}; give each target its own id`);
      }
      seen.set(target.id, target.source);
      targets.push(target);
    }
  }
  return targets;
}

export function loadIcsFile(file: string, options: LoadOptions = {}): Target[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read the ICS (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const name = basename(file);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = lineCounter.linePos(e.pos[0]).line;
    throw new ConfigError(`${name}:${line}: not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const lookup = envLookupFor(resolve(file), options.env);
  const ctx: FileContext = { file, name, doc, lineCounter, lookup, data: toPlainData(doc, name) };
  const root = doc.contents;
  if (isSeq(root)) return root.items.map((_, i) => loadTarget(ctx, [i], `${file}[${i}]`));
  if (isMap(root) && root.items.length === 1 && doc.has('targets') && isSeq(doc.get('targets'))) {
    return (doc.get('targets') as { items: unknown[] }).items.map((_, i) => loadTarget(ctx, ['targets', i], `${file}[${i}]`));
  }
  if (isMap(root)) return [loadTarget(ctx, [], file)];
  throw new ConfigError(`${name}:1: an ICS file holds one target (a mapping) or a list of targets`);
}

interface FileContext {
  file: string;
  name: string;
  doc: Document;
  lineCounter: LineCounter;
  lookup: EnvLookup;
  /** The document as plain data (aliases resolved). */
  data: unknown;
}

function lineOf(ctx: FileContext, path: Path): number {
  // The deepest node that exists along the path carries the line.
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? ctx.doc.contents : ctx.doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
    if (node && node.range) return ctx.lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

function fieldName(path: Path): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '(target)';
}

function error(ctx: FileContext, base: Path, field: Path, message: string): ConfigError {
  return new ConfigError(`${ctx.name}:${lineOf(ctx, [...base, ...field])}: ${fieldName(field)}: ${message}`);
}

function loadTarget(ctx: FileContext, base: Path, source: string): Target {
  // Values from the whole document, so anchors and aliases resolve; nodes only for line numbers.
  const value = getPath(ctx.data, base);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw error(ctx, base, [], 'a target is a mapping with id, name, region, role, baseUrl, environment and auth');
  }
  for (const field of SECRET_FIELDS) {
    const secret = getPath(value, field);
    if (typeof secret === 'string' && !ENV_REFERENCE.test(secret)) {
      throw error(ctx, base, [...field], 'a literal secret is not allowed in an ICS; write ${GX_SECRET} (any variable name) and set it in the environment or in a .env file beside the ICS');
    }
  }
  const resolved = resolveReferences(ctx, base, [], value);
  if (!validateTarget(resolved)) throw schemaError(ctx, base, validateTarget.errors![0]!);
  return buildTarget(ctx, base, resolved as unknown as RawTarget, source);
}

function getPath(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function resolveReferences(ctx: FileContext, base: Path, path: Path, value: unknown): unknown {
  if (typeof value === 'string') {
    const result = substitute(value, ctx.lookup);
    if ('missing' in result) {
      throw error(ctx, base, path, `environment variable ${result.missing} is not set; set it, or add ${result.missing}=… to a .env file beside the ICS`);
    }
    return result.value;
  }
  if (Array.isArray(value)) return value.map((v, i) => resolveReferences(ctx, base, [...path, i], v));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveReferences(ctx, base, [...path, k], v)]));
  }
  return value;
}

function schemaError(ctx: FileContext, base: Path, e: ErrorObject): ConfigError {
  const path: Path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(propertiesAt(e.schemaPath)).join(', ');
      return error(ctx, base, [...path, String(params.additionalProperty)], `unknown key${allowed ? `; allowed here: ${allowed}` : ''}`);
    }
    case 'required':
      return error(ctx, base, [...path, String(params.missingProperty)], 'missing; this field is required');
    case 'dependentRequired':
      return error(ctx, base, [...path, String(params.missingProperty)], `missing; required when ${String(params.property)} is given`);
    case 'exclusiveMinimum':
      return error(ctx, base, path, params.limit === 0 ? 'must be a positive number' : `must be greater than ${String(params.limit)}`);
    case 'minimum':
      return error(ctx, base, path, `must be ${params.limit === 1 ? 'a positive integer' : `at least ${String(params.limit)}`}`);
    case 'type':
      return error(ctx, base, path, `must be ${article(String(params.type))}`);
    case 'enum':
      return error(ctx, base, path, `must be one of ${(params.allowedValues as unknown[]).join(', ')}`);
    case 'pattern':
      return error(ctx, base, path, `has the wrong form (expected ${patternHint(path)})`);
    case 'uniqueItems':
      return error(ctx, base, path, 'lists the same value twice');
    default:
      return error(ctx, base, path, e.message ?? 'is invalid');
  }
}

function article(type: string): string {
  return type === 'integer' ? 'an integer' : type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : `a ${type}`;
}

function patternHint(path: Path): string {
  const last = path[path.length - 1];
  if (last === 'region') return 'a 6-digit GB/T 2260 division code, quoted: "330100"';
  if (last === 'baseUrl') return 'an http:// or https:// URL without query';
  if (last === 'id') return 'letters, digits, _ . - ; up to 64 characters';
  if (last === 'code') return 'an 18-character unified social credit code';
  return 'see EIP §11';
}

function propertiesAt(schemaPath: string): Record<string, unknown> {
  // "#/properties/limits/additionalProperties" → the properties of that sub-schema.
  let node: unknown = ICS_TARGET_SCHEMA;
  for (const part of schemaPath.split('/').slice(1, -1)) node = (node as Record<string, unknown>)?.[part];
  return ((node as { properties?: Record<string, unknown> })?.properties ?? {}) as Record<string, unknown>;
}

interface RawCredentials {
  appKey: string;
  secret: string;
  signatureMethod?: SignatureMethod;
}

interface RawTarget {
  id: string;
  name: string;
  department?: { code: string; name: string };
  region: string;
  role: Target['role'];
  baseUrl: string;
  environment: Target['environment'];
  allowWrites?: boolean;
  classes?: ConformanceClass[];
  auth: RawCredentials & { ungranted?: RawCredentials };
  fixtures?: Target['fixtures'];
  purpose?: string;
  tls?: { ca?: string; cert?: string; key?: string };
  limits?: Partial<Target['limits']>;
  quota?: RawCredentials & { perSecond: number };
}

function buildTarget(ctx: FileContext, base: Path, raw: RawTarget, source: string): Target {
  let url: URL;
  try {
    url = new URL(raw.baseUrl);
  } catch {
    throw error(ctx, base, ['baseUrl'], 'is not a valid URL');
  }
  if (url.username || url.password) throw error(ctx, base, ['baseUrl'], 'must not carry credentials; use auth');
  const signatureMethod = raw.auth.signatureMethod ?? ICS_DEFAULTS.signatureMethod;
  const credentials = (c: RawCredentials): Credentials => ({ appKey: c.appKey, secret: c.secret, signatureMethod: c.signatureMethod ?? signatureMethod });
  const tls = raw.tls ? resolveTlsFiles(ctx, base, raw.tls) : undefined;
  const secrets = [raw.auth.secret, raw.auth.ungranted?.secret, raw.quota?.secret, ...Object.values(raw.fixtures?.approvals ?? {})].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
  return {
    id: raw.id,
    name: raw.name,
    ...(raw.department ? { department: raw.department } : {}),
    region: raw.region,
    role: raw.role,
    baseUrl: raw.baseUrl.replace(/\/+$/, ''),
    environment: raw.environment,
    allowWrites: raw.allowWrites ?? false,
    classes: raw.classes ?? [],
    auth: {
      appKey: raw.auth.appKey,
      secret: raw.auth.secret,
      signatureMethod,
      ...(raw.auth.ungranted ? { ungranted: credentials(raw.auth.ungranted) } : {}),
    },
    fixtures: raw.fixtures ?? {},
    purpose: raw.purpose ?? ICS_DEFAULTS.purpose,
    ...(tls ? { tls } : {}),
    limits: { ...ICS_DEFAULTS.limits, ...raw.limits },
    ...(raw.quota ? { quota: { ...credentials(raw.quota), perSecond: raw.quota.perSecond } } : {}),
    source,
    secrets: [...new Set(secrets)],
  };
}

function resolveTlsFiles(ctx: FileContext, base: Path, tls: NonNullable<RawTarget['tls']>): NonNullable<Target['tls']> {
  const out: NonNullable<Target['tls']> = {};
  for (const key of ['ca', 'cert', 'key'] as const) {
    const p = tls[key];
    if (p === undefined) continue;
    const abs = isAbsolute(p) ? p : resolve(dirname(ctx.file), p);
    if (!existsSync(abs)) throw error(ctx, base, ['tls', key], `file ${p} not found (paths are relative to the ICS file)`);
    out[key] = abs;
  }
  return out;
}

/**
 * An ICS for many targets legitimately repeats shared blocks through anchors and aliases (auth, limits):
 * allow one alias per target and then some, but keep a bound, since a document built of nested aliases
 * can expand without limit.
 */
function toPlainData(doc: ReturnType<typeof parseDocument>, name: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100_000 });
  } catch (err) {
    throw new ConfigError(`${name}: the YAML expands too far through aliases (${(err as Error).message}); write the repeated blocks out, or split the ICS into a folder of files`);
  }
}
