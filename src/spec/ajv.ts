// One configuration of ajv for everything govx validates: JSON Schema 2020-12, ajv-formats, the profile's
// date and code formats, and the govx keywords (`x-gx-rule` annotation, `x-gx-record` cross-field checks).
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { CODE_FORMATS, DATE_FORMATS } from './formats.js';
import { RECORD_CHECKS, type RecordFinding } from './record-checks.js';

const addFormats = formatsPlugin.default;

/** Params of an `x-gx-record` error: one finding of a record check. */
export interface RecordErrorParams {
  finding: RecordFinding;
}

interface RecordKeywordFn {
  (schema: string, data: Record<string, unknown>): boolean;
  errors?: Partial<ErrorObject>[];
}

const recordKeyword: RecordKeywordFn = function validateRecord(kind, data) {
  const check = RECORD_CHECKS[kind];
  const findings = check === undefined ? [] : check(data);
  recordKeyword.errors = findings.map((finding) => ({
    keyword: 'x-gx-record',
    message: finding.message.en,
    params: { finding } satisfies RecordErrorParams,
  }));
  return findings.length === 0;
};

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    // parentSchema on each error: it carries the `x-gx-rule` of the member that failed.
    verbose: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
  });
  addFormats(ajv);
  // Ours replace ajv-formats' date and date-time, which accept forms the profile does not (EIP-CORE-005).
  for (const [name, validate] of Object.entries(DATE_FORMATS)) ajv.addFormat(name, { type: 'string', validate });
  for (const [name, check] of Object.entries(CODE_FORMATS)) {
    ajv.addFormat(name, { type: 'string', validate: (value: string) => check(value).valid });
  }
  ajv.addKeyword({ keyword: 'x-gx-rule', schemaType: 'string' });
  ajv.addKeyword({
    keyword: 'x-gx-record',
    type: 'object',
    schemaType: 'string',
    errors: true,
    metaSchema: { enum: Object.keys(RECORD_CHECKS) },
    validate: recordKeyword,
  });
  // OpenAPI documents annotate their schemas with these; they mean nothing to validation.
  ajv.addVocabulary(['x-gx-role', 'example', 'xml', 'externalDocs', 'discriminator']);
  return ajv;
}
