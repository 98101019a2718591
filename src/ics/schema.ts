// JSON Schema of one ICS target as written in YAML (EIP §11), before secrets are resolved.
// Unknown keys are rejected everywhere, so a typo ("maxRequest") is an error, not a silent default.
import { CLASSES } from '../spec/registry-types.js';
import { SIGNATURE_METHODS } from '../http/signing.js';

const envRef = '^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$';

const credentials = {
  type: 'object',
  additionalProperties: false,
  required: ['appKey', 'secret'],
  properties: {
    appKey: { type: 'string', minLength: 1 },
    secret: { type: 'string', minLength: 1 },
    signatureMethod: { enum: [...SIGNATURE_METHODS] },
  },
} as const;

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export const ICS_TARGET_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'region', 'role', 'baseUrl', 'environment', 'auth'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' },
    name: { type: 'string', minLength: 1 },
    department: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'name'],
      properties: { code: { type: 'string', pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' }, name: { type: 'string', minLength: 1 } },
    },
    region: { type: 'string', pattern: '^[0-9]{6}$' },
    role: { enum: ['DEPARTMENT', 'PLATFORM'] },
    baseUrl: { type: 'string', pattern: '^https?://[^\\s?#]+$' },
    environment: { enum: ['test', 'production'] },
    allowWrites: { type: 'boolean' },
    classes: { type: 'array', uniqueItems: true, items: { enum: [...CLASSES] } },
    auth: {
      ...credentials,
      properties: { ...credentials.properties, ungranted: credentials },
    },
    fixtures: {
      type: 'object',
      additionalProperties: false,
      properties: {
        population: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['idNumber', 'name'],
            properties: { idNumber: { type: 'string', minLength: 1 }, name: { type: 'string', minLength: 1 } },
          },
        },
        legalEntity: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['uscc'],
            properties: { uscc: { type: 'string', minLength: 1 } },
          },
        },
        eCertificate: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['certificateId', 'holderCode', 'holderCodeType'],
            properties: {
              certificateId: { type: 'string', minLength: 1 },
              holderCode: { type: 'string', minLength: 1 },
              holderCodeType: { enum: ['111', '001'] },
            },
          },
        },
        approvals: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
        absent: {
          type: 'object',
          additionalProperties: false,
          properties: { population: stringList, legalEntity: stringList, eCertificate: stringList },
        },
      },
    },
    purpose: { type: 'string', minLength: 1, maxLength: 200 },
    tls: {
      type: 'object',
      additionalProperties: false,
      properties: { ca: { type: 'string', minLength: 1 }, cert: { type: 'string', minLength: 1 }, key: { type: 'string', minLength: 1 } },
      dependentRequired: { cert: ['key'], key: ['cert'] },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: {
        rps: { type: 'number', exclusiveMinimum: 0 },
        concurrency: { type: 'integer', minimum: 1 },
        maxRequests: { type: 'integer', minimum: 1 },
      },
    },
    quota: {
      ...credentials,
      required: ['appKey', 'secret', 'perSecond'],
      properties: { ...credentials.properties, perSecond: { type: 'number', exclusiveMinimum: 0 } },
    },
  },
} as const;

/** Paths (dotted) of the fields that hold secrets: they must be ${ENV} references. */
export const SECRET_FIELDS: readonly (readonly string[])[] = [
  ['auth', 'secret'],
  ['auth', 'ungranted', 'secret'],
  ['quota', 'secret'],
];

export const ENV_REFERENCE = new RegExp(envRef);

export const ICS_DEFAULTS = {
  purpose: '政务信息共享接口一致性测试',
  signatureMethod: 'HMAC-SM3',
  limits: { rps: 5, concurrency: 2, maxRequests: 2000 },
} as const;
