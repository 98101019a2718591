// The EIP 1.0 records that the generators produce (§5, §6), typed from the specs themselves
// (src/generated, made by `npm run specs:types`): the schemas are the one authority on their shape.
import type { components } from '../generated/department.js';

type Schemas = components['schemas'];

export type PersonRecord = Schemas['person-record.schema'];
export type LegalEntityRecord = Schemas['legal-entity-record.schema'];
export type LegalEntityStatus = LegalEntityRecord['status'];
