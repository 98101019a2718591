// Assembles one node: data, catalog (with faults), routes, pipeline.
import { createHash } from 'node:crypto';
import { FaultSet } from './faults/index.js';
import { buildNodeData, DEFAULT_SIZE, TENANT_SIZE, type NodeData } from './data/node-data.js';
import { servedCatalog } from './catalog-faults.js';
import { addCommonRoutes } from './common-routes.js';
import { addDepartmentRoutes } from './department-routes.js';
import { addPlatformRoutes, PlatformState } from './platform-routes.js';
import type { NodeEnv } from './env.js';
import type { AppKeyDef } from './keys.js';
import { ReferenceNode } from './node.js';
import { Router } from './router.js';

export const DEPARTMENT_CLASSES = ['CORE', 'SEC', 'CAT', 'POP', 'LE', 'EC', 'QOS', 'OPEN'];
export const PLATFORM_CLASSES = ['CORE', 'SEC', 'CAT', 'DOCK', 'QOS', 'OPEN'];

/** The key platforms sign forwarded requests with; every reference department knows it. */
export function forwardKey(seed: number): AppKeyDef {
  const secret = createHash('sha256').update(`govx-reference/${seed}/platform-forward`).digest('hex').slice(0, 32);
  return { appKey: 'gx-ref-platform', secret, envName: 'GX_REF_SECRET_PLATFORM', grantsAll: true };
}

export interface BuiltNode {
  node: ReferenceNode;
  env: NodeEnv;
  data: NodeData;
  platform?: PlatformState;
}

export interface BuildOptions {
  role: 'DEPARTMENT' | 'PLATFORM';
  /** Seed of this node's data. */
  dataSeed: number;
  /** Seed of the shared keys and approval tickets. */
  keySeed: number;
  start: number;
  clock: () => number;
  faults: FaultSet;
  keys: AppKeyDef[];
  prefix: string;
  tenant?: number;
}

/** How far the clock of a node with the 'core-health-clock-skew' fault runs ahead. */
const CLOCK_SKEW_MS = 600_000;

export function buildNode(o: BuildOptions): BuiltNode {
  // A skewed node is skewed throughout (health time, signing window, audit): a tester that estimates the
  // offset from health (EIP §3) still reaches it, and only CORE-011 shows the skew.
  const clock = o.faults.has('core-health-clock-skew') ? () => o.clock() + CLOCK_SKEW_MS : o.clock;
  const size = o.role === 'PLATFORM' || o.tenant !== undefined ? TENANT_SIZE : DEFAULT_SIZE;
  const data = buildNodeData(o.dataSeed, o.start, size, o.role);
  const suffix = o.role === 'PLATFORM' ? 'REFPLAT' : o.tenant !== undefined ? `T${o.tenant}` : 'REFDEPT';
  const nodeId = o.role === 'PLATFORM' ? `P-${data.region.slice(0, 2)}0000-${suffix}` : `D-${data.region}-${suffix}`;
  const catalog = servedCatalog(data.catalog, o.faults, o.start);
  const router = new Router();
  const holder: { node?: ReferenceNode } = {};
  const env: NodeEnv = {
    role: o.role,
    nodeId,
    seed: o.keySeed,
    start: o.start,
    clock,
    faults: o.faults,
    data,
    catalog,
    conformance: o.role === 'PLATFORM' ? PLATFORM_CLASSES : DEPARTMENT_CLASSES,
    prefix: o.prefix,
    audit: () => (holder.node as ReferenceNode).audit,
  };
  addCommonRoutes(router, env);
  let platform: PlatformState | undefined;
  if (o.role === 'DEPARTMENT') addDepartmentRoutes(router, env);
  else {
    platform = new PlatformState();
    addPlatformRoutes(router, env, { state: platform, forwardKey: forwardKey(o.keySeed) });
  }
  const byCode = new Map(catalog.map((r) => [r.resourceCode, r]));
  const original = new Map(data.catalog.map((r) => [r.resourceCode, r]));
  const node = new ReferenceNode(
    {
      role: o.role,
      nodeId,
      seed: o.keySeed,
      keys: o.role === 'DEPARTMENT' ? [...o.keys, forwardKey(o.keySeed)] : o.keys,
      faults: o.faults,
      clock,
      resourceByCode: (code) => byCode.get(code) ?? original.get(code),
    },
    router,
  );
  holder.node = node;
  return { node, env, data, platform };
}
