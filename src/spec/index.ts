// src/spec: the machine-readable EIP definitions — registry, JSON Schemas, OpenAPI documents — loaded and compiled.
export { loadRegistry, registryMap, profileRuleOf } from './registry.js';
export { createSchemaValidator, specSchemas, SpecSchemas, SCHEMA_NAMES, schemaId, describeViolations, type SchemaName } from './schemas.js';
export type { RuledViolation } from './messages.js';
export {
  loadOpenApi,
  operations,
  matchOperation,
  responseSchemaFor,
  requestSchemaFor,
  SPEC_ROLES,
  type SpecRole,
  type BodySpec,
  type OperationInfo,
} from './openapi.js';
export { validateSpecs, type SpecsSummary } from './check.js';
