// GB code validators, seeded generators and record rule checks (EIP 1.0, standards facts).
export type { Verdict } from './verdict.js';
export * from './citizen-id.js';
export * from './uscc.js';
export * from './division.js';
export * from './code-tables.js';
export * from './currency.js';
export * from './ecert-id.js';
export * from './resource-code.js';
export * from './node-id.js';
export * from './dates.js';
export * from './rng.js';
export * from './generate.js';
export * from './records.js';
export type * from './record-types.js';
