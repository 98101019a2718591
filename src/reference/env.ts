// What the route builders of one node share: its identity, data, faults and clock.
import type { FaultSet } from './faults/index.js';
import type { CatalogResource } from './data/catalog.js';
import type { NodeData } from './data/node-data.js';
import type { RequestCtx } from './context.js';
import type { AuditLog } from './state.js';

export interface NodeEnv {
  role: 'DEPARTMENT' | 'PLATFORM';
  nodeId: string;
  seed: number;
  /** When the node started (ms): generated dates are relative to it. */
  start: number;
  clock: () => number;
  faults: FaultSet;
  data: NodeData;
  /** The catalog as served (faults applied), sorted by code. */
  catalog: CatalogResource[];
  conformance: string[];
  /** The node's path prefix on its server ('' or '/t/<i>'). */
  prefix: string;
  audit: () => AuditLog;
}

/** The node's base URL as the caller reached it (Host header), for absolute download links. */
export function baseUrlOf(env: NodeEnv, ctx: RequestCtx): string {
  const host = ctx.headers.host ?? '127.0.0.1';
  return `http://${host}${env.prefix}`;
}
