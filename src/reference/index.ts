// Reference department and platform nodes (EIP 1.0), on node:http, for the demo, the harness's own tests and
// departments that want to see a conformant node behave. `startReferenceNodes` is the public entry point.
import { createServer } from 'node:net';
import { ConfigError } from '../errors.js';
import { FaultSet } from './faults/index.js';
import { buildKeys, type AppKeyDef } from './keys.js';
import { buildNode, DEPARTMENT_CLASSES, PLATFORM_CLASSES, type BuiltNode } from './build-node.js';
import { NodeServer, type NodeResolver } from './server.js';
import { icsTarget, writeIcsFiles } from './ics.js';
import type { ReferenceNode } from './node.js';

export interface ReferenceOptions {
  role: 'department' | 'platform' | 'both';
  host?: string;
  /** 0 = free port; with 'both', the platform takes port+1 when port != 0. */
  port?: number;
  seed?: number;
  /** N virtual departments under /t/<i> prefixes (lazy: built on first request). */
  tenants?: number;
  /** Fault ids applied to every department (and platform where relevant). */
  faults?: string[];
  /** Per-tenant faults (tenant i ≥ 1). */
  tenantFaults?: Record<number, string[]>;
  /** Tenant indexes whose ICS entry points at a closed port (for the demo). */
  unreachableTenants?: number[];
  clock?: () => number;
}

export interface ReferenceHandle {
  departmentUrl?: string;
  platformUrl?: string;
  /** ICS targets (EIP §11 objects) for everything served; secrets as ${ENV} names. */
  ics: Record<string, unknown>[];
  /** The demo secret values, by env name (written to a .env file beside the ICS, never into it). */
  env: Record<string, string>;
  writeIcs(file: string): Promise<void>;
  close(): Promise<void>;
  /** The nodes, for tests that look inside (audit log, platform state). */
  nodes: { department?: BuiltNode; platform?: BuiltNode; tenant(i: number): BuiltNode | undefined };
}

export { FAULTS, type FaultDef } from './faults/index.js';

const TENANT_PATH = /^\/t\/(\d+)(?=\/|$)/;

export async function startReferenceNodes(opts: ReferenceOptions): Promise<ReferenceHandle> {
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? 0;
  const seed = opts.seed ?? 1;
  const tenants = opts.tenants ?? 0;
  const clock = opts.clock ?? Date.now;
  if (!['department', 'platform', 'both'].includes(opts.role)) throw new ConfigError(`unknown role '${opts.role}': use department, platform or both`);
  if (!Number.isInteger(port) || port < 0 || port > 65534) throw new ConfigError(`port ${port} is not a valid port number: use 0–65534`);
  if (!Number.isInteger(tenants) || tenants < 0) throw new ConfigError(`--tenants ${tenants}: use a non-negative integer`);
  const faults = new FaultSet(opts.faults ?? []);
  const tenantFaults = new Map<number, FaultSet>();
  for (const [i, ids] of Object.entries(opts.tenantFaults ?? {})) tenantFaults.set(Number(i), new FaultSet([...(opts.faults ?? []), ...ids]));
  const keys = buildKeys(seed);
  const start = clock();
  const signatureMethod = (f: FaultSet): 'HMAC-SM3' | 'HMAC-SHA256' => (f.has('sec-no-sm3') ? 'HMAC-SHA256' : 'HMAC-SM3');

  const servers: NodeServer[] = [];
  const ics: Record<string, unknown>[] = [];
  let department: BuiltNode | undefined;
  let platform: BuiltNode | undefined;
  const tenantNodes = new Map<number, BuiltNode>();
  let departmentUrl: string | undefined;
  let platformUrl: string | undefined;
  const hostForUrl = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;

  const tenantNode = (i: number): BuiltNode => {
    let t = tenantNodes.get(i);
    if (!t) {
      t = buildNode({ role: 'DEPARTMENT', dataSeed: seed * 100_003 + i, keySeed: seed, start, clock, faults: tenantFaults.get(i) ?? faults, keys, prefix: `/t/${i}`, tenant: i });
      tenantNodes.set(i, t);
    }
    return t;
  };

  try {
    if (opts.role !== 'platform') {
      department = buildNode({ role: 'DEPARTMENT', dataSeed: seed, keySeed: seed, start, clock, faults, keys, prefix: '' });
      const main = department.node;
      const resolver: NodeResolver = {
        resolve(rawPath): { node: ReferenceNode; prefix: string } | undefined {
          const m = TENANT_PATH.exec(rawPath);
          if (m && tenants > 0) {
            const i = Number(m[1]);
            if (i >= 1 && i <= tenants) return { node: tenantNode(i).node, prefix: `/t/${i}` };
          }
          return { node: main, prefix: '' };
        },
      };
      const server = new NodeServer(resolver);
      servers.push(server);
      const bound = await server.listen(port, host);
      departmentUrl = `http://${hostForUrl}:${bound}`;
      ics.push(icsTarget({ id: 'ref-department', role: 'DEPARTMENT', baseUrl: departmentUrl, data: department.data, classes: DEPARTMENT_CLASSES, keys, keySeed: seed, signatureMethod: signatureMethod(faults) }));
      if (tenants > 0) {
        const unreachable = new Set(opts.unreachableTenants ?? []);
        const closedPort = unreachable.size > 0 ? await closedLoopbackPort() : 0;
        for (let i = 1; i <= tenants; i++) {
          // Tenant ICS entries need the tenant's data (region, fixtures): built here only for the ICS text,
          // lazily, when the ICS is first read.
          const baseUrl = unreachable.has(i) ? `http://127.0.0.1:${closedPort}/t/${i}` : `${departmentUrl}/t/${i}`;
          ics.push(lazyTenantIcs(i, baseUrl, () => tenantNode(i), keys, seed, signatureMethod(tenantFaults.get(i) ?? faults)));
        }
      }
    }
    if (opts.role !== 'department') {
      platform = buildNode({ role: 'PLATFORM', dataSeed: seed + 7, keySeed: seed, start, clock, faults, keys, prefix: '' });
      const node = platform.node;
      const server = new NodeServer({ resolve: () => ({ node, prefix: '' }) });
      servers.push(server);
      const bound = await server.listen(opts.role === 'both' && port !== 0 ? port + 1 : port, host);
      platformUrl = `http://${hostForUrl}:${bound}`;
      ics.push(icsTarget({ id: 'ref-platform', role: 'PLATFORM', baseUrl: platformUrl, data: platform.data, classes: PLATFORM_CLASSES, keys, keySeed: seed, signatureMethod: signatureMethod(faults) }));
      if (department && departmentUrl) {
        platform.platform?.register({
          nodeId: department.env.nodeId,
          name: department.data.department.name,
          level: 'DEPARTMENT',
          parentNodeId: platform.env.nodeId,
          divisionCode: department.data.region,
          baseUrl: departmentUrl,
          signatureMethods: ['HMAC-SM3', 'HMAC-SHA256'],
        });
      }
    }
  } catch (err) {
    await Promise.all(servers.map((s) => s.close()));
    if (err instanceof Error && 'code' in err && (err.code === 'EADDRINUSE' || err.code === 'EACCES')) {
      throw new ConfigError(`cannot listen on ${host}:${port} (${String(err.code)}): choose another --port, or 0 for a free one`);
    }
    throw err;
  }

  const envValues: Record<string, string> = Object.fromEntries(keys.map((k: AppKeyDef) => [k.envName, k.secret]));
  return {
    departmentUrl,
    platformUrl,
    ics,
    env: envValues,
    writeIcs: (file) => writeIcsFiles(file, ics.map((t) => ({ ...t })), envValues),
    close: async () => {
      await Promise.all(servers.map((s) => s.close()));
    },
    nodes: { department, platform, tenant: (i) => (i >= 1 && i <= tenants ? tenantNode(i) : undefined) },
  };
}

/** An ICS object whose fields are computed from the tenant's data on first access (1,000 tenants start at once). */
function lazyTenantIcs(i: number, baseUrl: string, built: () => BuiltNode, keys: AppKeyDef[], seed: number, method: 'HMAC-SM3' | 'HMAC-SHA256'): Record<string, unknown> {
  let value: Record<string, unknown> | undefined;
  const get = (): Record<string, unknown> =>
    (value ??= icsTarget({ id: `ref-tenant-${i}`, role: 'DEPARTMENT', baseUrl, data: built().data, classes: DEPARTMENT_CLASSES, keys, keySeed: seed, signatureMethod: method }));
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, p) => get()[p as string],
    has: (_t, p) => p in get(),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_t, p) => {
      const d = Object.getOwnPropertyDescriptor(get(), p);
      return d ? { ...d, configurable: true } : undefined;
    },
  });
}

/** A loopback port nothing listens on: bound, then released. */
function closedLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}
