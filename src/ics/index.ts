export { loadIcs, loadIcsFile, type LoadOptions } from './load.js';
export { icsDigest, publicView, canonicalJson } from './digest.js';
export { ICS_DEFAULTS, ICS_TARGET_SCHEMA } from './schema.js';
export type { Target, Credentials, Role } from './types.js';
