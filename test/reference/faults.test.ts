/* eslint-disable @typescript-eslint/no-explicit-any -- test code reads ICS objects */
// Each fault of the catalogue changes the behaviour its probe observes; the clean nodes show none of them.
// Department faults run on tenants of one server (one fault per tenant); platform faults on their own nodes.
import { expect } from 'chai';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAULTS } from '../../src/reference/faults/index.js';
import { faultTableMarkdown } from '../../src/reference/fault-docs.js';
import { startReferenceNodes, type ReferenceHandle } from '../../src/reference/index.js';
import { TestClient } from './client.js';
import { DEPARTMENT_PROBES, PLATFORM_PROBES, type DeptProbeCtx, type PlatProbeCtx } from './fault-probes.js';

const deptIds = Object.keys(DEPARTMENT_PROBES) as (keyof typeof DEPARTMENT_PROBES)[];
const platIds = Object.keys(PLATFORM_PROBES) as (keyof typeof PLATFORM_PROBES)[];

function deptCtx(h: ReferenceHandle, icsIndex: number): DeptProbeCtx {
  const ics = h.ics[icsIndex] as any;
  const url: string = ics.baseUrl;
  return {
    c: new TestClient(url, { appKey: ics.auth.appKey, secret: h.env.GX_REF_SECRET! }),
    ics,
    ungranted: { appKey: ics.auth.ungranted.appKey, secret: h.env.GX_REF_SECRET_UNGRANTED! },
    quota: { appKey: ics.quota.appKey, secret: h.env.GX_REF_SECRET_QUOTA! },
  };
}

describe('reference nodes: fault catalogue', function () {
  let recorder: Server;
  let childUrl: string;
  let lastHeaders: IncomingHttpHeaders | undefined;
  let clean: ReferenceHandle;
  let tenants: ReferenceHandle;

  before(async () => {
    recorder = createServer((req, res) => {
      lastHeaders = req.headers;
      req.resume();
      req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: '0', message: 'ok', requestId: 'x', data: null })));
    });
    await new Promise<void>((r) => recorder.listen(0, '127.0.0.1', r));
    childUrl = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
    clean = await startReferenceNodes({ role: 'both', port: 0, seed: 11 });
    const tenantFaults = Object.fromEntries(deptIds.map((id, i) => [i + 1, [id]]));
    tenants = await startReferenceNodes({ role: 'department', port: 0, seed: 12, tenants: deptIds.length, tenantFaults });
  });
  after(async () => {
    await clean.close();
    await tenants.close();
    await new Promise<void>((r) => recorder.close(() => r()));
  });

  const platCtx = (h: ReferenceHandle, unique: string): PlatProbeCtx => {
    const ics = h.ics.find((t: any) => t.role === 'PLATFORM') as any;
    return {
      p: new TestClient(ics.baseUrl, { appKey: ics.auth.appKey, secret: h.env.GX_REF_SECRET! }),
      childUrl,
      lastChildHeaders: () => lastHeaders,
      closedUrl: 'http://127.0.0.1:9',
      unique,
    };
  };

  it('every fault has a probe, a zh/en description and the rules it breaks', () => {
    expect([...deptIds, ...platIds].sort()).to.deep.equal(FAULTS.map((f) => f.id).sort());
    for (const f of FAULTS) {
      expect(f.description.zh, f.id).to.match(/\S/);
      expect(f.description.en, f.id).to.match(/\S/);
      expect(f.breaks.length, f.id).to.be.greaterThan(0);
      for (const id of [...f.breaks, ...(f.disturbs ?? [])]) expect(id).to.match(/^EIP-[A-Z]+-\d{3}(\.[a-z])?$/);
    }
    expect(faultTableMarkdown('en').split('\n')).to.have.length(FAULTS.length + 2);
  });

  it('the clean department shows none of the department faults', async () => {
    const x = deptCtx(clean, 0);
    const shown = [];
    for (const id of deptIds) if (await DEPARTMENT_PROBES[id](x)) shown.push(id);
    expect(shown).to.deep.equal([]);
  });

  it('the clean platform shows none of the platform faults', async () => {
    const x = platCtx(clean, 'CLEAN');
    const shown = [];
    for (const id of platIds) if (await PLATFORM_PROBES[id](x)) shown.push(id);
    expect(shown).to.deep.equal([]);
  });

  deptIds.forEach((id, i) => {
    it(`${id} changes what its probe observes`, async () => {
      expect(await DEPARTMENT_PROBES[id](deptCtx(tenants, i + 1))).to.equal(true);
    });
  });

  for (const id of platIds) {
    it(`${id} changes what its probe observes`, async () => {
      const h = await startReferenceNodes({ role: 'platform', port: 0, seed: 13, faults: [id] });
      try {
        expect(await PLATFORM_PROBES[id](platCtx(h, 'F'))).to.equal(true);
      } finally {
        await h.close();
      }
    });
  }
});

describe('reference nodes: docs', () => {
  it('docs/reference-nodes.md carries the fault table generated from the catalogue', async () => {
    const { readFile } = await import('node:fs/promises');
    const { PROJECT_ROOT } = await import('../../src/paths.js');
    const doc = await readFile(`${PROJECT_ROOT}/docs/reference-nodes.md`, 'utf8');
    expect(doc).to.include(faultTableMarkdown('zh'));
    expect(doc).to.include(faultTableMarkdown('en'));
  });

  it('README.md carries the English fault table generated from the catalogue', async () => {
    const { readFile } = await import('node:fs/promises');
    const { PROJECT_ROOT } = await import('../../src/paths.js');
    const readme = await readFile(`${PROJECT_ROOT}/README.md`, 'utf8');
    expect(readme).to.include(faultTableMarkdown('en'));
  });
});
