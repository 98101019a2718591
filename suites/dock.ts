// DOCK — multi-level platform docking (EIP 1.0 §8), for PLATFORM nodes.
// Tests that register nodes or sync catalogs write and run only where the ICS allows writes; their
// node IDs carry the run's GOVXT… suffix so operators can find and remove them. Forwarding is observed
// from a child node the harness serves itself (suites/lib/dock-child-node.ts).
import { t, type Text } from '../src/i18n/text.js';
import { fail, notAssessed, type GxResponse, type SuiteModule, type TestContext, type TestDef } from '../src/engine/suite-api.js';
import type { Target } from '../src/ics/types.js';
import { toShanghaiDateTime } from '../src/standards/index.js';
import { expectError, expectOk, where } from './lib/expect.js';
import { brief } from './lib/pop-data-call.js';
import { closedPortUrl, callbackHost } from './lib/dock-child-node.js';
import {
  batchId,
  closeChild,
  ensureRegistered,
  forward,
  forwardSetup,
  HEARTBEAT,
  noCallback,
  nodeCatalog,
  otherRegion,
  randomSeq,
  RECEIPTS,
  register,
  registration,
  runStem,
  sync,
  testRegion,
  testResource,
  traceId,
} from './lib/dock-nodes.js';

const noWrites = (target: Target): Text | undefined =>
  target.allowWrites ? undefined : t('ICS 未允许写入（allowWrites: false）：不注册节点、不同步目录', 'the ICS does not allow writes (allowWrites: false): no node registration, no catalog sync');
const forwardSkip = (target: Target): Text | undefined => noWrites(target) ?? noCallback(target);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function schemaProblems(ctx: TestContext, schema: string, value: unknown): string {
  return ctx.schemas
    .validate(schema, value)
    .map((v) => `${v.path || '/'} ${v.message.en}`)
    .join('; ');
}

function canonical(v: unknown): string {
  const sort = (x: unknown): unknown =>
    Array.isArray(x) ? x.map(sort) : isObject(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort(x[k])])) : x;
  return JSON.stringify(sort(v));
}

// ---------------------------------------------------------------- registration

const registerTest: TestDef = {
  id: 'register',
  title: t('注册新节点 201，相同请求 200 且结果相同，不同内容 409 / 40901', 'Register a new node: 201; the same body again: 200, same result; a different body: 409 / 40901'),
  requirements: ['EIP-DOCK-001'],
  writes: true,
  requests: 3,
  skipReason: noWrites,
  async run(ctx) {
    const reg = registration(ctx, 'R');
    const first = await register(ctx, reg);
    const data = expectOk(first, 201);
    const problems = schemaProblems(ctx, 'node-registration-result', data);
    if (problems || !isObject(data) || data.nodeId !== reg.nodeId) {
      fail(t(`${where(first)}：data 应为 {"nodeId": "${reg.nodeId}", "status": "REGISTERED"}，实际为 ${brief(data)} ${problems}`, `${where(first)}: data should be {"nodeId": "${reg.nodeId}", "status": "REGISTERED"}, got ${brief(data)} ${problems}`));
    }
    const again = await register(ctx, reg);
    const againData = expectOk(again, 200);
    if (canonical(againData) !== canonical(data)) {
      fail(t(`${where(again)}：相同请求再次注册应返回相同结果 ${brief(data)}，实际为 ${brief(againData)}`, `${where(again)}: registering the same body again should return the same result ${brief(data)}, got ${brief(againData)}`));
    }
    const conflict = await register(ctx, { ...reg, name: `${reg.name}（变更）` }, true);
    expectError(conflict, 409, '40901');
  },
};

function invalidRegistrationTest(id: string, what: Text, change: (ctx: TestContext) => Record<string, unknown>): TestDef {
  return {
    id: `register.${id}`,
    title: t(`${what.zh}的注册返回 400 / 40007`, `A registration with ${what.en} gets 400 / 40007`),
    requirements: ['EIP-DOCK-002'],
    writes: true,
    requests: 1,
    skipReason: noWrites,
    async run(ctx) {
      const res = await register(ctx, change(ctx), true);
      expectError(res, 400, '40007');
    },
  };
}

const registrationTests: TestDef[] = [
  invalidRegistrationTest('malformed-id', t('节点标识格式错误（后缀为小写）', 'a malformed nodeId (lower-case suffix)'), (ctx) => {
    const reg = registration(ctx, 'B1');
    return { ...reg, nodeId: reg.nodeId.replace(/-([A-Z0-9]+)$/, (_m, s: string) => `-${s.toLowerCase()}`) };
  }),
  invalidRegistrationTest('level-letter', t('级别字母与 level 不符（P 对 DEPARTMENT）', 'a level letter that disagrees with level (P for DEPARTMENT)'), (ctx) => {
    const reg = registration(ctx, 'B2');
    return { ...reg, nodeId: `P${reg.nodeId.slice(1)}` };
  }),
  invalidRegistrationTest('region', t('节点标识中的区划与 divisionCode 不符', 'a node-ID region that disagrees with divisionCode'), (ctx) => {
    const reg = registration(ctx, 'B3');
    return { ...reg, divisionCode: otherRegion(testRegion(ctx)) };
  }),
];

// ---------------------------------------------------------------- heartbeat

const heartbeatTests: TestDef[] = [
  {
    id: 'heartbeat.registered',
    title: t('已注册节点的心跳返回 serverTime 与 nextHeartbeatSeconds（10–3600）', 'A heartbeat from a registered node gets serverTime and nextHeartbeatSeconds (10–3600)'),
    requirements: ['EIP-DOCK-003'],
    writes: true,
    requests: 2,
    skipReason: noWrites,
    async run(ctx) {
      const reg = registration(ctx, 'H');
      await ensureRegistered(ctx, reg);
      const res = await ctx.client.request({ method: 'POST', path: HEARTBEAT, body: { nodeId: reg.nodeId, sentAt: toShanghaiDateTime(ctx.now()) } });
      const data = expectOk(res);
      const problems = schemaProblems(ctx, 'heartbeat-response', data);
      if (problems) fail(t(`${where(res)}：心跳应答不符合规定：${problems}；实际为 ${brief(data)}`, `${where(res)}: the heartbeat answer is not as specified: ${problems}; got ${brief(data)}`));
    },
  },
  {
    id: 'heartbeat.unknown',
    title: t('未知节点的心跳返回 404 / 40401', 'A heartbeat from an unknown node gets 404 / 40401'),
    requirements: ['EIP-DOCK-003'],
    requests: 1,
    async run(ctx) {
      // A node ID of this run's stem that is never registered.
      const nodeId = registration(ctx, 'NONE').nodeId;
      const res = await ctx.client.request({ method: 'POST', path: HEARTBEAT, body: { nodeId, sentAt: toShanghaiDateTime(ctx.now()) }, expectRefusal: true });
      expectError(res, 404, '40401');
    },
  },
];

// ---------------------------------------------------------------- catalog sync

/** A sync that should succeed for the test to go on; not assessed otherwise (DOCK-004's test judges sync). */
async function syncOk(ctx: TestContext, batch: Parameters<typeof sync>[1]): Promise<unknown> {
  const res = await sync(ctx, batch);
  if (res.status < 200 || res.status >= 300 || res.envelope?.code !== '0') {
    const came = res.envelope ? `${res.status} / ${res.envelope.code}` : String(res.status);
    notAssessed(t(`有效的目录同步批次未被接受（${where(res)}：${came}），无法判断`, `a valid catalog-sync batch was not accepted (${where(res)}: ${came}); cannot assess`));
  }
  return res.envelope?.data;
}

const syncTests: TestDef[] = [
  {
    id: 'sync.per-item',
    title: t('目录同步逐条校验：无效资源列入 rejected，有效资源同批接受', 'Catalog sync validates each resource: the invalid one rejected with a reason, the valid one accepted'),
    requirements: ['EIP-DOCK-004'],
    writes: true,
    requests: 2,
    skipReason: noWrites,
    async run(ctx) {
      const reg = registration(ctx, 'S4');
      await ensureRegistered(ctx, reg);
      const good = testResource(ctx, randomSeq());
      const bad = testResource(ctx, randomSeq());
      delete bad.items; // one thing wrong: the required `items` is missing
      const id = batchId(ctx, 'S4');
      const res = await sync(ctx, { nodeId: reg.nodeId, batchId: id, upserts: [good, bad], deletes: [] });
      const data = expectOk(res);
      const problems = schemaProblems(ctx, 'catalog-sync-receipt', data);
      const rec = isObject(data) ? data : {};
      const rejected = Array.isArray(rec.rejected) ? (rec.rejected as unknown[]).filter(isObject) : [];
      const badEntry = rejected.find((r) => r.resourceCode === bad.resourceCode);
      const goodRejected = rejected.some((r) => r.resourceCode === good.resourceCode);
      const issues: string[] = [];
      if (problems) issues.push(problems);
      if (rec.batchId !== id) issues.push(`/data/batchId should be ${id}, got ${brief(rec.batchId)}`);
      if (rec.accepted !== 1) issues.push(`/data/accepted should be 1 (the valid resource), got ${brief(rec.accepted)}`);
      if (!badEntry || typeof badEntry.reason !== 'string' || badEntry.reason.length === 0) issues.push(`/data/rejected should list ${String(bad.resourceCode)} (no items) with a reason`);
      if (goodRejected) issues.push(`/data/rejected lists the valid resource ${String(good.resourceCode)}`);
      if (issues.length > 0) {
        fail(t(`${where(res)}：回执应为接受 1 条、拒绝缺少 items 的 ${String(bad.resourceCode)}：${issues.join('; ')}`, `${where(res)}: the receipt should accept 1 and reject ${String(bad.resourceCode)} (no items): ${issues.join('; ')}`));
      }
    },
  },
  {
    id: 'sync.apply',
    title: t('同步后节点目录包含新增资源、不含已删除资源', "After a sync the node's catalog shows the upserts and not the deletes"),
    requirements: ['EIP-DOCK-006'],
    writes: true,
    requests: 4,
    skipReason: noWrites,
    async run(ctx) {
      const reg = registration(ctx, 'S6');
      await ensureRegistered(ctx, reg);
      const [r1, r2, r3] = [testResource(ctx, randomSeq()), testResource(ctx, randomSeq()), testResource(ctx, randomSeq())] as Record<string, unknown>[];
      const [c1, c2, c3] = [r1!.resourceCode, r2!.resourceCode, r3!.resourceCode] as string[];
      await syncOk(ctx, { nodeId: reg.nodeId, batchId: batchId(ctx, 'S6A'), upserts: [r1, r2], deletes: [] });
      await syncOk(ctx, { nodeId: reg.nodeId, batchId: batchId(ctx, 'S6B'), upserts: [r3], deletes: [c1!] });
      const catalog = await nodeCatalog(ctx, reg.nodeId);
      const missing = [c2!, c3!].filter((c) => !catalog.has(c));
      const stale = catalog.has(c1!) ? [c1!] : [];
      if (missing.length > 0 || stale.length > 0) {
        fail(
          t(
            `GET /gx/v1/docking/nodes/${reg.nodeId}/catalog：应含新增的 ${[c2, c3].join('、')}、不含已删除的 ${c1}；缺少 ${missing.join('、') || '无'}，仍含 ${stale.join('、') || '无'}`,
            `GET /gx/v1/docking/nodes/${reg.nodeId}/catalog: should hold the upserts ${[c2, c3].join(', ')} and not the delete ${c1}; missing ${missing.join(', ') || 'none'}, still present ${stale.join(', ') || 'none'}`,
          ),
        );
      }
    },
  },
  {
    id: 'sync.replay',
    title: t('重复提交的 batchId 得到相同回执且不产生变化', 'A batchId sent again gets the identical receipt and changes nothing'),
    requirements: ['EIP-DOCK-005'],
    writes: true,
    requests: 6,
    skipReason: noWrites,
    async run(ctx) {
      const reg = registration(ctx, 'S5');
      await ensureRegistered(ctx, reg);
      const r1 = testResource(ctx, randomSeq());
      const first = { nodeId: reg.nodeId, batchId: batchId(ctx, 'S5A'), upserts: [r1], deletes: [] as string[] };
      const receipt = await syncOk(ctx, first);
      // A later batch deletes the resource: replaying the first batch must not bring it back.
      await syncOk(ctx, { nodeId: reg.nodeId, batchId: batchId(ctx, 'S5B'), upserts: [], deletes: [r1.resourceCode as string] });
      const before = await nodeCatalog(ctx, reg.nodeId);
      const replay = await sync(ctx, first);
      const again = expectOk(replay);
      if (canonical(again) !== canonical(receipt)) {
        fail(t(`${where(replay)}：重复的 batchId ${first.batchId} 应得到相同回执 ${brief(receipt)}，实际为 ${brief(again)}`, `${where(replay)}: the repeated batchId ${first.batchId} should get the identical receipt ${brief(receipt)}, got ${brief(again)}`));
      }
      const after = await nodeCatalog(ctx, reg.nodeId);
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => canonical(before.get(k)) !== canonical(after.get(k)));
      if (changed.length > 0) {
        fail(t(`${where(replay)}：重复的 batchId 改变了节点目录（${changed.join('、')}）`, `${where(replay)}: the repeated batchId changed the node's catalog (${changed.join(', ')})`));
      }
    },
  },
  {
    id: 'sync.too-large',
    title: t('新增与删除合计超过 1000 条的批次返回 413 / 41301', 'A batch of more than 1000 items (upserts and deletes together) gets 413 / 41301'),
    requirements: ['EIP-DOCK-010'],
    writes: true,
    requests: 2,
    skipReason: noWrites,
    async run(ctx) {
      const reg = registration(ctx, 'S10');
      await ensureRegistered(ctx, reg);
      // 1 upsert + 1000 deletes: 1001 together, while neither list alone is above 1000.
      const deletes = Array.from({ length: 1000 }, (_v, i) => `301002-${String(i).padStart(6, '0')}`);
      const res = await sync(ctx, { nodeId: reg.nodeId, batchId: batchId(ctx, 'S10'), upserts: [testResource(ctx, randomSeq())], deletes }, true);
      expectError(res, 413, '41301');
    },
  },
];

// ---------------------------------------------------------------- forwarding

/** A forward to the child that should arrive; not assessed when the platform could not reach the harness. */
async function forwardedOk(ctx: TestContext, res: GxResponse, nodeId: string): Promise<void> {
  if (res.status === 504) {
    notAssessed(t(`${where(res)}：平台无法访问测试方的子节点（504），无法判断`, `${where(res)}: the platform could not reach the harness's child node (504); cannot assess`));
  }
  const data = expectOk(res);
  const problems = schemaProblems(ctx, 'forward-result', data);
  if (problems || !isObject(data) || data.targetNodeId !== nodeId || data.status !== 200) {
    fail(t(`${where(res)}：转发结果应为 {"targetNodeId": "${nodeId}", "status": 200, …}，实际为 ${brief(data)} ${problems}`, `${where(res)}: the forward result should be {"targetNodeId": "${nodeId}", "status": 200, …}, got ${brief(data)} ${problems}`));
  }
}

/** Forwards once and returns what the child received for it. */
async function forwardAndObserve(ctx: TestContext, opts: { trace: string; hop?: string }) {
  const setup = await forwardSetup(ctx);
  const before = setup.child.received.length;
  const res = await forward(ctx, { targetNodeId: setup.nodeId, resourceCode: setup.resourceCode, trace: opts.trace, ...(opts.hop !== undefined ? { hop: opts.hop } : {}) });
  await forwardedOk(ctx, res, setup.nodeId);
  const arrived = setup.child.received.slice(before);
  if (arrived.length === 0) {
    fail(t(`${where(res)}：平台报告已转发，但子节点 ${setup.child.baseUrl} 未收到请求`, `${where(res)}: the platform reports a forward, but the child node ${setup.child.baseUrl} received no request`));
  }
  return { res, arrived: arrived[arrived.length - 1]!, setup };
}

function hopTest(id: string, sent: string | undefined, expected: string, title: Text): TestDef {
  return {
    id,
    title,
    requirements: ['EIP-DOCK-007'],
    writes: true,
    requests: 1, // the forwarding setup is forward.trace-id's
    skipReason: forwardSkip,
    async run(ctx) {
      const { res, arrived } = await forwardAndObserve(ctx, { trace: traceId(), ...(sent !== undefined ? { hop: sent } : {}) });
      const got = arrived.headers['x-gx-hop-count'];
      if (got !== expected) {
        const s = sent ?? t('（无）', '(absent)').en;
        fail(t(`${where(res)}：入站 X-GX-Hop-Count 为 ${sent ?? '（无）'}，子节点收到的应为 ${expected}，实际为 ${brief(got ?? null)}`, `${where(res)}: incoming X-GX-Hop-Count ${s}; the child should receive ${expected}, got ${brief(got ?? null)}`));
      }
    },
  };
}

const forwardTests: TestDef[] = [
  {
    id: 'forward.trace-id',
    title: t('转发原样传递 X-GX-Trace-Id', 'Forwarding passes X-GX-Trace-Id unchanged'),
    requirements: ['EIP-DOCK-007'],
    writes: true,
    requests: 3,
    skipReason: forwardSkip,
    async run(ctx) {
      const trace = traceId();
      const { res, arrived } = await forwardAndObserve(ctx, { trace });
      const got = arrived.headers['x-gx-trace-id'];
      if (got !== trace) {
        fail(t(`${where(res)}：子节点收到的 X-GX-Trace-Id 应为 ${trace}，实际为 ${brief(got ?? null)}`, `${where(res)}: the child should receive X-GX-Trace-Id ${trace}, got ${brief(got ?? null)}`));
      }
    },
  },
  hopTest('forward.hop-absent', undefined, '1', t('无入站跳数时转发的 X-GX-Hop-Count 为 1', 'Without an incoming hop count the forwarded X-GX-Hop-Count is 1')),
  hopTest('forward.hop-increment', '2', '3', t('入站跳数 2 转发为 3', 'An incoming hop count of 2 is forwarded as 3')),
  hopTest('forward.hop-five', '5', '6', t('入站跳数 5（未超过上限）转发为 6', 'An incoming hop count of 5 (not above the limit) is forwarded as 6')),
  {
    id: 'forward.hop-limit',
    title: t('入站跳数 6 返回 508 / 50801 且不转发', 'An incoming hop count of 6 gets 508 / 50801 and is not forwarded'),
    requirements: ['EIP-DOCK-007'],
    writes: true,
    requests: 1, // the forwarding setup is forward.trace-id's
    skipReason: forwardSkip,
    async run(ctx) {
      const setup = await forwardSetup(ctx);
      const trace = traceId();
      const res = await forward(ctx, { targetNodeId: setup.nodeId, resourceCode: setup.resourceCode, trace, hop: '6', expectRefusal: true });
      expectError(res, 508, '50801');
      if (setup.child.withTrace(trace).length > 0) {
        fail(t(`${where(res)}：返回 508 却仍把请求转发给了子节点`, `${where(res)}: answered 508 yet forwarded the request to the child node`));
      }
    },
  },
  {
    id: 'forward.unknown-target',
    title: t('未知转发目标返回 404 / 40403', 'An unknown forward target gets 404 / 40403'),
    requirements: ['EIP-DOCK-008'],
    requests: 1,
    async run(ctx) {
      const res = await forward(ctx, { targetNodeId: registration(ctx, 'NONE').nodeId, resourceCode: `301001-${randomSeq()}`, trace: traceId(), expectRefusal: true });
      expectError(res, 404, '40403');
    },
  },
  {
    id: 'forward.unreachable',
    title: t('不可达的目标在 30 秒内返回 504 / 50401', 'An unreachable target gets 504 / 50401 within 30 s'),
    requirements: ['EIP-DOCK-008'],
    writes: true,
    requests: 2, // registration of a dead child, then the forward
    skipReason: forwardSkip,
    async run(ctx) {
      const reg = registration(ctx, 'DEAD', await closedPortUrl(callbackHost(ctx.target) as string));
      await ensureRegistered(ctx, reg);
      const res = await forward(ctx, { targetNodeId: reg.nodeId, resourceCode: `301001-${randomSeq()}`, trace: traceId(), expectRefusal: true });
      expectError(res, 504, '50401');
      // The rule's 30 s, plus a little for the way back to the harness.
      if (res.totalMs > 32_000) {
        fail(t(`${where(res)}：504 应在 30 秒内返回，实际用时 ${Math.round(res.totalMs / 1000)} 秒`, `${where(res)}: the 504 should come within 30 s, took ${Math.round(res.totalMs / 1000)} s`));
      }
    },
  },
];

// ---------------------------------------------------------------- receipts

const RECEIPT_WAIT_MS = 60_000;
const POLL_MS = 2_000;
const POLL_MAX_MS = 15_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const receiptTests: TestDef[] = [
  {
    id: 'receipt.forwarded',
    title: t('转发请求 60 秒内有 DELIVERED 或 FAILED 回执', 'A forwarded request has a DELIVERED or FAILED receipt within 60 s'),
    requirements: ['EIP-DOCK-009'],
    writes: true,
    requests: 2, // the forward and one receipt read on a prompt node; polling adds more
    skipReason: forwardSkip,
    async run(ctx) {
      const setup = await forwardSetup(ctx);
      const fwd = await forward(ctx, { targetNodeId: setup.nodeId, resourceCode: setup.resourceCode, trace: traceId() });
      if (fwd.status < 200 || fwd.status >= 300 || !fwd.requestId) {
        notAssessed(t(`${where(fwd)}：转发未成功（${fwd.status}），无法查回执（见 EIP-DOCK-007/008）`, `${where(fwd)}: the forward did not succeed (${fwd.status}); no receipt to look up (see EIP-DOCK-007/008)`));
      }
      const id = fwd.requestId as string;
      const deadline = Date.now() + RECEIPT_WAIT_MS;
      let last: GxResponse | undefined;
      let polls = 0;
      for (;;) {
        last = await ctx.client.request({ method: 'GET', path: `${RECEIPTS}/${encodeURIComponent(id)}`, expectRefusal: true });
        const data = last.envelope?.code === '0' && last.status === 200 ? last.envelope.data : undefined;
        if (data !== undefined) {
          const problems = schemaProblems(ctx, 'receipt', data);
          if (problems || !isObject(data) || data.requestId !== id) {
            fail(t(`${where(last)}：回执应为 {"requestId": "${id}", "status", "updatedAt"}，实际为 ${brief(data)} ${problems}`, `${where(last)}: the receipt should be {"requestId": "${id}", "status", "updatedAt"}, got ${brief(data)} ${problems}`));
          }
          if ((data as Record<string, unknown>).status !== 'PENDING') return;
        }
        // Polite polling: 2 s, then doubling up to 15 s, until 60 s have passed.
        const wait = Math.min(POLL_MAX_MS, POLL_MS * 2 ** Math.max(0, polls - 1));
        polls += 1;
        if (Date.now() >= deadline) break;
        await sleep(Math.min(wait, Math.max(0, deadline - Date.now())));
      }
      const came = last.envelope ? `${last.status} / ${last.envelope.code} ${brief(last.envelope.data)}` : String(last.status);
      fail(t(`${where(last)}：转发（X-Request-Id ${id}）60 秒内应有 DELIVERED 或 FAILED 回执，最后一次为 ${came}`, `${where(last)}: the forward (X-Request-Id ${id}) should have a DELIVERED or FAILED receipt within 60 s; the last answer was ${came}`));
    },
  },
  {
    id: 'receipt.unknown',
    title: t('未知 requestId 的回执返回 404 / 40402', 'A receipt for an unknown requestId gets 404 / 40402'),
    requirements: ['EIP-DOCK-009'],
    requests: 1,
    async run(ctx) {
      const res = await ctx.client.request({ method: 'GET', path: `${RECEIPTS}/${runStem(ctx)}-no-such-request`, expectRefusal: true });
      expectError(res, 404, '40402');
    },
  },
];

const suite: SuiteModule = {
  class: 'DOCK',
  title: t('多级平台对接', 'Multi-level platform docking'),
  roles: ['PLATFORM'],
  tests: [registerTest, ...registrationTests, ...heartbeatTests, ...syncTests, ...forwardTests, ...receiptTests],
  afterAll: closeChild,
};
export default suite;
