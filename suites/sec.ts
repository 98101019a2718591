// SEC (EIP §3): built like the OpenID conformance suite — one negative test per way a request can be
// wrong, each changing exactly one thing from a request the node accepts, each expecting its documented
// status and code; plus the positive cases (SM3, SHA-256, header case, audit).
import { randomBytes } from 'node:crypto';
import { t, type Text } from '../src/i18n/text.js';
import { SIGNING_HEADERS } from '../src/http/signing.js';
import { fail, notApplicable, notAssessed, skip, warn, type GxRequest, type GxResponse, type SuiteModule, type TestContext, type TestDef, type WireRequest } from '../src/engine/suite-api.js';
import { expectError, expectOk, expectOneOf, where } from './lib/expect.js';
import { CATALOG_PATH } from './lib/cat-catalog.js';
import { dataRequest, governedProfileCall, requireDataService, resourcesWithService, type DataServiceCall } from './lib/sec-data-service.js';
import { flipHex, headerKey, mixedCase, otherLastChar, removeHeader, renameGxHeaders, setHeader } from './lib/sec-wire.js';
import { joinProblems, isRfc3339DateTime } from './lib/core-checks.js';
import { pageData } from './lib/paging.js';
import { maskCode, maskName } from './lib/mask.js';

const AUDIT_PATH = '/gx/v1/audit';

/** The signed request the header tests start from: a catalog page, which every role serves. */
const base = (extra: Partial<GxRequest> = {}): GxRequest => ({ method: 'GET', path: CATALOG_PATH, query: [['page', '1'], ['size', '1']], ...extra });

const freshId = (): string => `govx-${randomBytes(8).toString('hex')}`;
const noUngranted = (target: TestContext['target']): Text | undefined =>
  target.auth.ungranted ? undefined : t('ICS 未提供无授权的 AppKey（auth.ungranted）', 'the ICS gives no ungranted AppKey (auth.ungranted)');

function refused(id: string, rules: string[], title: Text, req: () => GxRequest, status: number, code: string | [number, string][]): TestDef {
  return {
    id,
    title,
    requirements: rules,
    requests: 1,
    async run(ctx) {
      const res = await ctx.client.request({ ...req(), expectRefusal: true });
      if (typeof code === 'string') expectError(res, status, code);
      else expectOneOf(res, code);
    },
  };
}

function missingHeader(name: (typeof SIGNING_HEADERS)[number]): TestDef {
  return refused(`missing-header.${name}`, ['EIP-SEC-001'], t(`缺少 ${name} 返回 401 / 40101`, `missing ${name} gets 401 / 40101`), () => base({ afterSign: (w) => removeHeader(w, name) }), 401, '40101');
}

/** A data-service negative test: the service is first shown to accept the valid request. */
function dataRefusal(id: string, rules: string[], title: Text, change: (call: DataServiceCall) => Partial<GxRequest>, expect: (res: GxResponse, call: DataServiceCall) => void, extra: Partial<TestDef> = {}): TestDef {
  return {
    id,
    title,
    requirements: rules,
    readsPersonalData: true,
    requests: 1, // the baseline data-service call is shared
    ...extra,
    async run(ctx) {
      const { call } = await requireDataService(ctx);
      const res = await ctx.client.request({ ...dataRequest(call, change(call)), expectRefusal: true });
      expect(res, call);
    },
  };
}

/** A data request without the approval ticket the call would carry. */
function withoutApproval(call: DataServiceCall, overrides: Partial<GxRequest> = {}): GxRequest {
  const req = dataRequest(call, overrides);
  delete req.approval;
  return req;
}

async function conditionalCall(ctx: TestContext): Promise<DataServiceCall> {
  const calls = await resourcesWithService(ctx, 'CONDITIONAL');
  const call = calls.find((c) => c.approval !== undefined && c.knownShape) ?? calls.find((c) => c.approval !== undefined) ?? calls.find((c) => c.knownShape) ?? calls[0];
  return call ?? notApplicable(t('目录中没有带可调用服务的有条件共享（CONDITIONAL）资源', 'the catalog has no CONDITIONAL resource with a callable service'));
}

/**
 * Shows that a CONDITIONAL call is otherwise valid before a ticket is taken away or spoiled: with a profile
 * body built from fixtures it is valid by construction; otherwise the right ticket must be accepted.
 */
async function otherwiseValidConditional(ctx: TestContext): Promise<DataServiceCall> {
  const call = await conditionalCall(ctx);
  if (call.knownShape) return call;
  if (call.approval === undefined) return skip(t(`资源 ${call.resourceCode} 的请求体未知且 ICS 无其审批凭证，无法构造有效请求`, `resource ${call.resourceCode}: unknown body and no approval ticket in the ICS, so no valid request can be built`));
  const res = await ctx.client.request(dataRequest(call));
  if (res.status >= 200 && res.status < 300) return call;
  return skip(t(`${where(res)}：带正确审批凭证的请求未成功（${res.status}），无法构造有效请求`, `${where(res)}: the request with the right ticket did not succeed (${res.status}); no valid request can be built`));
}

async function findAuditEntry(ctx: TestContext, requestId: string, deadline: number, as: 'main' | 'ungranted'): Promise<{ entry?: Record<string, unknown>; res?: GxResponse }> {
  let last: GxResponse | undefined;
  for (;;) {
    const res = await ctx.client.request({ method: 'GET', path: AUDIT_PATH, query: [['requestId', requestId], ['page', '1'], ['size', '100']], as });
    last = res;
    const data = pageData(res);
    if (!('items' in data)) return fail(data);
    const entry = data.items.find((e) => (e as { requestId?: unknown } | null)?.requestId === requestId) as Record<string, unknown> | undefined;
    if (entry) return { entry, res };
    if (Date.now() >= deadline) return { res: last };
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function auditProblems(ctx: TestContext, entry: Record<string, unknown>, expected: { requestId: string; appKey: string; resultCode: string; resourceCode?: string; purpose?: string }): Text[] {
  const at = `GET ${AUDIT_PATH}?requestId=${expected.requestId}`;
  const out: Text[] = ctx.schemas
    .validate('audit-entry', entry)
    // A request refused for lacking a purpose has none to record; how the entry shows that is left open.
    .filter((v) => expected.purpose !== undefined || v.path !== '/purpose')
    .map((v) => t(`${at}：${v.path} ${v.message.zh}`, `${at}: ${v.path} ${v.message.en}`));
  const check = (field: string, want: unknown) => {
    if (entry[field] !== want) out.push(t(`${at}：/${field} 应为 ${JSON.stringify(want)}，实际为 ${JSON.stringify(entry[field])}`, `${at}: /${field} should be ${JSON.stringify(want)}, got ${JSON.stringify(entry[field])}`));
  };
  check('appKey', expected.appKey);
  check('resultCode', expected.resultCode);
  if (expected.resourceCode !== undefined) check('resourceCode', expected.resourceCode);
  if (expected.purpose !== undefined) check('purpose', expected.purpose);
  if (!isRfc3339DateTime(entry.time)) out.push(t(`${at}：/time 应为日期时间，实际为 ${JSON.stringify(entry.time)}`, `${at}: /time should be a date-time, got ${JSON.stringify(entry.time)}`));
  if (typeof entry.latencyMs !== 'number' || entry.latencyMs < 0) out.push(t(`${at}：/latencyMs 应为非负数，实际为 ${JSON.stringify(entry.latencyMs)}`, `${at}: /latencyMs should be a non-negative number, got ${JSON.stringify(entry.latencyMs)}`));
  return out;
}

const tests: TestDef[] = [
  ...SIGNING_HEADERS.map(missingHeader),
  refused('nonce-wrong-form', ['EIP-SEC-001'], t('格式错误的 Nonce 视同缺失：401 / 40101', 'a nonce of the wrong form counts as missing: 401 / 40101'), () => base({ nonce: 'short1' }), 401, '40101'),
  refused('unknown-appkey', ['EIP-SEC-002'], t('未知 AppKey 返回 401 / 40105', 'an unknown AppKey gets 401 / 40105'), () => base({ as: { appKey: `govx-unknown-${randomBytes(4).toString('hex')}`, secret: randomBytes(16).toString('hex') } }), 401, '40105'),
  refused('wrong-signature', ['EIP-SEC-003.a'], t('错误签名返回 401 / 40102', 'a wrong signature gets 401 / 40102'), () => base({ afterSign: (w) => { const k = headerKey(w, 'X-GX-Signature'); if (k) w.headers[k] = flipHex(w.headers[k]!); } }), 401, '40102'),
  {
    id: 'tampered-body',
    title: t('签名后改动请求体返回 401 / 40102', 'a body changed after signing gets 401 / 40102'),
    requirements: ['EIP-SEC-003.b'],
    readsPersonalData: true,
    requests: 1, // the baseline data-service call is shared
    async run(ctx) {
      const { call } = await requireDataService(ctx);
      if (call.body === undefined) return notApplicable(t(`可用的数据服务 ${call.method} ${call.path} 不带请求体，无法测试请求体篡改`, `the data service at hand (${call.method} ${call.path}) takes no body, so body tampering cannot be tested`));
      // Trailing whitespace: the body bytes change, the JSON they carry does not, so the request stays valid otherwise.
      const tamper = (w: WireRequest) => {
        if (w.body) w.body = Buffer.concat([w.body, Buffer.from(' ')]);
      };
      expectError(await ctx.client.request({ ...dataRequest(call, { afterSign: tamper }), expectRefusal: true }), 401, '40102');
    },
  },
  refused('tampered-path', ['EIP-SEC-003.d'], t('签名后改动路径返回 401 / 40102（或 404 / 40400）', 'a path changed after signing gets 401 / 40102 (or 404 / 40400)'), () => base({ query: [], afterSign: (w) => { w.path = w.path.slice(0, -CATALOG_PATH.length) + AUDIT_PATH; } }), 401, [[401, '40102'], [404, '40400']]),
  refused('tampered-query', ['EIP-SEC-003.c'], t('签名后改动查询参数返回 401 / 40102', 'a query changed after signing gets 401 / 40102'), () => base({ afterSign: (w) => { w.rawQuery = 'page=1&size=2'; } }), 401, '40102'),
  refused('tampered-method', ['EIP-SEC-003.d'], t('签名后改动方法返回 401 / 40102（或 404 / 40400）', 'a method changed after signing gets 401 / 40102 (or 404 / 40400)'), () => base({ afterSign: (w) => { w.method = 'POST'; } }), 401, [[401, '40102'], [404, '40400']]),
  refused('timestamp-ahead-900s', ['EIP-SEC-004.b'], t('时间戳超前 900 秒返回 401 / 40103', 'a timestamp 900 s ahead gets 401 / 40103'), () => base({ timestampSkewMs: 900_000 }), 401, '40103'),
  refused('timestamp-behind-900s', ['EIP-SEC-004.b'], t('时间戳落后 900 秒返回 401 / 40103', 'a timestamp 900 s behind gets 401 / 40103'), () => base({ timestampSkewMs: -900_000 }), 401, '40103'),
  {
    id: 'timestamp-within-120s',
    title: t('时间戳偏差 ±120 秒仍被接受', 'a timestamp 120 s off either way is accepted'),
    requirements: ['EIP-SEC-004.a'],
    requests: 2,
    async run(ctx) {
      expectOk(await ctx.client.request(base({ timestampSkewMs: 120_000 })));
      expectOk(await ctx.client.request(base({ timestampSkewMs: -120_000 })));
    },
  },
  {
    id: 'replayed-nonce',
    title: t('同一 AppKey 重用 Nonce 返回 401 / 40104（签名有效）', 'a nonce used again by the same AppKey gets 401 / 40104 (with a valid signature)'),
    requirements: ['EIP-SEC-005'],
    requests: 2,
    async run(ctx) {
      const nonce = `govx${randomBytes(12).toString('hex')}`;
      const first = await ctx.client.request(base({ nonce }));
      if (first.status < 200 || first.status >= 300) return notAssessed(t(`${where(first)}：首次使用该 Nonce 的请求未成功（${first.status}）`, `${where(first)}: the first request with the nonce did not succeed (${first.status})`));
      expectError(await ctx.client.request(base({ nonce, expectRefusal: true })), 401, '40104');
    },
  },
  {
    id: 'hmac-sm3',
    title: t('支持 HMAC-SM3 签名', 'HMAC-SM3 is supported'),
    requirements: ['EIP-SEC-006'],
    requests: 1,
    async run(ctx) {
      expectOk(await ctx.client.request(base({ signatureMethod: 'HMAC-SM3' })));
    },
  },
  {
    id: 'hmac-sha256',
    title: t('HMAC-SHA256（可选）：支持，或以 401 / 40106 拒绝', 'HMAC-SHA256 (MAY): supported, or refused with 401 / 40106'),
    requirements: ['EIP-SEC-007'],
    requests: 1,
    async run(ctx) {
      const res = await ctx.client.request(base({ signatureMethod: 'HMAC-SHA256', expectRefusal: true }));
      if (res.status >= 200 && res.status < 300 && res.envelope?.code === '0') return ctx.note(t('支持 HMAC-SHA256', 'HMAC-SHA256 is supported'));
      if (res.status === 401 && res.envelope?.code === '40106') return ctx.note(t('不支持 HMAC-SHA256（以 40106 拒绝，符合规范）', 'HMAC-SHA256 is not supported (refused with 40106, conformant)'));
      const came = res.envelope ? `${res.status} / ${res.envelope.code}` : String(res.status);
      warn(t(`${where(res)}：HMAC-SHA256 签名应被接受或以 401 / 40106 拒绝，实际为 ${came}`, `${where(res)}: an HMAC-SHA256 request should be accepted or refused with 401 / 40106, got ${came}`));
    },
  },
  dataRefusal(
    'ungranted-key',
    ['EIP-SEC-008'],
    t('未授权的 AppKey 访问资源返回 403 / 40301', 'a resource not granted to the AppKey gets 403 / 40301'),
    () => ({ as: 'ungranted' }),
    // On a CONDITIONAL resource the ticket belongs to the main key, so 40302 is a second, equally true answer.
    (res, call) => (call.shareType === 'CONDITIONAL' ? expectOneOf(res, [[403, '40301'], [403, '40302']]) : expectError(res, 403, '40301')),
    { skipReason: noUngranted },
  ),
  dataRefusal('no-purpose', ['EIP-SEC-009'], t('数据服务请求缺少 X-GX-Purpose 返回 400 / 40002', 'a data-service request without X-GX-Purpose gets 400 / 40002'), () => ({ purpose: null }), (res) => expectError(res, 400, '40002')),
  dataRefusal('purpose-too-long', ['EIP-SEC-009'], t('X-GX-Purpose 超过 200 字符返回 400 / 40002', 'an X-GX-Purpose over 200 characters gets 400 / 40002'), () => ({ purpose: '用'.repeat(201) }), (res) => expectError(res, 400, '40002')),
  {
    id: 'approval.right-ticket',
    title: t('有条件共享资源：正确的审批凭证被接受', 'CONDITIONAL resource: the right approval ticket is accepted'),
    requirements: ['EIP-SEC-010'],
    readsPersonalData: true,
    requests: 1,
    async run(ctx) {
      const call = await conditionalCall(ctx);
      if (call.approval === undefined) return skip(t(`ICS 的 fixtures.approvals 中没有资源 ${call.resourceCode} 的审批凭证`, `fixtures.approvals in the ICS has no ticket for resource ${call.resourceCode}`));
      const res = await ctx.client.request(dataRequest(call));
      if (call.knownShape) expectOk(res);
      else if (res.status === 403) fail(t(`${where(res)}：带正确审批凭证的请求不应被拒绝，实际为 403 / ${res.envelope?.code ?? ''}`, `${where(res)}: a request with the right ticket should not be refused, got 403 / ${res.envelope?.code ?? ''}`));
    },
  },
  {
    id: 'approval.missing',
    title: t('有条件共享资源：缺少审批凭证返回 403 / 40302', 'CONDITIONAL resource: no approval ticket gets 403 / 40302'),
    requirements: ['EIP-SEC-010'],
    readsPersonalData: true,
    requests: 2,
    async run(ctx) {
      const call = await otherwiseValidConditional(ctx);
      expectError(await ctx.client.request({ ...withoutApproval(call), expectRefusal: true }), 403, '40302');
    },
  },
  {
    id: 'approval.wrong-ticket',
    title: t('有条件共享资源：错误的审批凭证返回 403 / 40302', 'CONDITIONAL resource: a wrong approval ticket gets 403 / 40302'),
    requirements: ['EIP-SEC-010'],
    readsPersonalData: true,
    requests: 2,
    async run(ctx) {
      const call = await otherwiseValidConditional(ctx);
      expectError(await ctx.client.request({ ...dataRequest(call, { approval: `APR-GOVX-WRONG-${randomBytes(4).toString('hex').toUpperCase()}` }), expectRefusal: true }), 403, '40302');
    },
  },
  {
    id: 'none-resource',
    title: t('不予共享（NONE）资源对有授权的 AppKey 也返回 403 / 40303', 'a NONE resource gets 403 / 40303 even for a granted key'),
    requirements: ['EIP-SEC-011'],
    readsPersonalData: true,
    requests: 1,
    async run(ctx) {
      const calls = await resourcesWithService(ctx, 'NONE');
      const call = calls.find((c) => c.knownShape) ?? calls[0];
      if (!call) return notApplicable(t('目录中没有带可调用服务的不予共享（NONE）资源', 'the catalog has no NONE resource with a callable service'));
      const res = await ctx.client.request({ ...withoutApproval(call), expectRefusal: true });
      // With a body the harness cannot know, a 400 / 40001 first is allowed (which problem is reported first is open).
      if (!call.knownShape && res.status === 400 && res.envelope?.code === '40001') {
        return notAssessed(t(`${where(res)}：请求体未知，节点先报告了 40001，无法判断`, `${where(res)}: the body is unknown and the node reported 40001 first; cannot assess`));
      }
      expectError(res, 403, '40303');
    },
  },
  {
    id: 'none-resource.ungranted-key',
    title: t('不予共享（NONE）资源对未授权的 AppKey 同样返回 403 / 40303', 'a NONE resource gets 403 / 40303 for an ungranted key too'),
    requirements: ['EIP-SEC-011'],
    readsPersonalData: true,
    requests: 1,
    skipReason: noUngranted,
    async run(ctx) {
      const calls = await resourcesWithService(ctx, 'NONE');
      const call = calls.find((c) => c.knownShape) ?? calls[0];
      if (!call) return notApplicable(t('目录中没有带可调用服务的不予共享（NONE）资源', 'the catalog has no NONE resource with a callable service'));
      const res = await ctx.client.request({ ...withoutApproval(call, { as: 'ungranted' }), expectRefusal: true });
      if (!call.knownShape && res.status === 400 && res.envelope?.code === '40001') {
        return notAssessed(t(`${where(res)}：请求体未知，节点先报告了 40001，无法判断`, `${where(res)}: the body is unknown and the node reported 40001 first; cannot assess`));
      }
      // Fixed by §3: NONE wins over grants, so 40301 is wrong here.
      expectError(res, 403, '40303');
    },
  },
  {
    id: 'no-identifier-echo',
    title: t('错误响应不回显所查询的个人标识', 'no error response echoes the queried personal identifier'),
    requirements: ['EIP-SEC-012'],
    readsPersonalData: true,
    requests: (target) => (target.role === 'DEPARTMENT' ? 6 : 0), // only a department's POP/LE/EC services are probed
    async run(ctx) {
      const probes: { req: GxRequest; secrets: string[] }[] = [];
      const absent = ctx.target.fixtures.absent ?? {};
      const add = async (path: string, field: string, absentValues: string[] | undefined) => {
        const call = await governedProfileCall(ctx, 'POST', path);
        if (!call?.body || !call.identifier || call.shareType === 'NONE') return;
        const body = call.body as Record<string, unknown>;
        const invalid = otherLastChar(call.identifier.value);
        probes.push({ req: { ...dataRequest(call, { body: { ...body, [field]: invalid } }), expectRefusal: true }, secrets: [invalid, ...(call.identifier.name ? [call.identifier.name] : [])] });
        const unknown = absentValues?.[0];
        if (unknown) probes.push({ req: { ...dataRequest(call, { body: { ...body, [field]: unknown } }), expectRefusal: true }, secrets: [unknown] });
      };
      if (ctx.target.role === 'DEPARTMENT') {
        await add('/gx/v1/population/query', 'idNumber', absent.population);
        await add('/gx/v1/population/verify', 'idNumber', undefined);
        await add('/gx/v1/legal-entities/query', 'uscc', absent.legalEntity);
        await add('/gx/v1/e-certificates/query', 'holderCode', undefined);
      }
      if (probes.length === 0 && ctx.target.role !== 'DEPARTMENT') {
        return notApplicable(t('平台节点没有以个人标识查询的数据服务（POP/LE/EC）', 'a platform node has no data service queried by a personal identifier (POP/LE/EC)'));
      }
      if (probes.length === 0) return skip(t('没有可查询个人标识的数据服务样例数据（POP/LE/EC）', 'no fixture for a data service that takes a personal identifier (POP/LE/EC)'));
      const problems: Text[] = [];
      let judged = 0;
      for (const probe of probes) {
        const res = await ctx.client.request(probe.req);
        if (res.status < 400) continue;
        judged++;
        for (const secret of probe.secrets) {
          if (res.text.toUpperCase().includes(secret.toUpperCase())) {
            const shown = /^[\dA-Z]+$/i.test(secret) ? maskCode(secret) : maskName(secret);
            problems.push(t(`${where(res)}：错误响应（${res.status}）回显了所查询的标识 ${shown}`, `${where(res)}: the error answer (${res.status}) echoes the queried identifier ${shown}`));
          }
        }
      }
      if (judged === 0) return notAssessed(t('所发送的无效/未知标识请求均未得到错误响应', 'none of the invalid or unknown identifier requests got an error answer'));
      if (problems.length) fail(joinProblems(problems));
    },
  },
  {
    id: 'quota',
    title: t('超过 AppKey 配额返回 429 / 42901 并带 Retry-After（秒）', 'past the AppKey quota the node answers 429 / 42901 with Retry-After in seconds'),
    requirements: ['EIP-SEC-013'],
    requests: (target) => Math.min(2 * (target.quota?.perSecond ?? 0) + 1, 101),
    skipReason: (target) => (target.quota ? undefined : t('ICS 未声明配额测试 AppKey（quota）', 'the ICS declares no quota AppKey (quota)')),
    async run(ctx) {
      const quota = ctx.target.quota!;
      // Twice the quota plus one, within a second: more than the quota falls in one second however the node
      // counts (a calendar-second window splits 2N into N + N; 2N + 1 cannot be split so).
      const count = Math.min(2 * quota.perSecond + 1, 101);
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: count }, () => ctx.client.request(base({ as: 'quota', expectRefusal: true }))));
      const elapsed = Date.now() - started;
      const limited = answers.filter((r) => r.status === 429);
      if (limited.length === 0) {
        if (elapsed >= 1000) return skip(t(`测试端未能达到配额速率：${count} 个请求用时 ${elapsed} ms`, `the tester could not reach the rate: ${count} requests took ${elapsed} ms`));
        return warn(t(`GET ${CATALOG_PATH}：${elapsed} ms 内以配额 AppKey 发送 ${count} 个请求（配额 ${quota.perSecond}/秒），应出现 429 / 42901，实际没有`, `GET ${CATALOG_PATH}: ${count} requests in ${elapsed} ms with the quota AppKey (quota ${quota.perSecond}/s) should meet 429 / 42901, none came`));
      }
      const res = limited[0]!;
      ctx.note(t(`${count} 个请求中 ${limited.length} 个被限流`, `${limited.length} of ${count} requests were rate limited`));
      const problems: Text[] = [];
      if (res.envelope?.code !== '42901') problems.push(t(`${where(res)}：429 响应的 code 应为 42901，实际为 ${res.envelope?.code ?? '（无信封）'}`, `${where(res)}: a 429 answer should have code 42901, got ${res.envelope?.code ?? '(no envelope)'}`));
      const ra = res.headers['retry-after'];
      if (ra === undefined || !/^\d+$/.test(ra.trim())) problems.push(t(`${where(res)}：429 响应应带以秒为单位的 Retry-After，实际为 ${ra ?? '（无）'}`, `${where(res)}: a 429 answer should carry Retry-After in seconds, got ${ra ?? '(none)'}`));
      if (problems.length) warn(joinProblems(problems));
    },
  },
  {
    id: 'audit',
    title: t('已服务和被拒绝的数据服务请求均在 5 秒内出现在审计日志中', 'served and denied data-service requests appear in the audit log within 5 s'),
    requirements: ['EIP-SEC-014'],
    readsPersonalData: true,
    requests: 4, // served, denied, one read each on a conformant node; polling adds up to 10
    async run(ctx) {
      const { call } = await requireDataService(ctx);
      const servedId = freshId();
      const served = await ctx.client.request(dataRequest(call, { requestId: servedId }));
      if (served.status < 200 || served.status >= 300) return notAssessed(t(`${where(served)}：有效的数据服务请求未成功（${served.status}）`, `${where(served)}: the valid data-service request did not succeed (${served.status})`));
      // A denial that does not hinge on one rule: an ungranted key (its entries read with that key), else no purpose.
      const denials: { as: 'main' | 'ungranted'; change: Partial<GxRequest>; appKey: string; purpose?: string }[] = [];
      if (ctx.target.auth.ungranted) denials.push({ as: 'ungranted', change: { as: 'ungranted' }, appKey: ctx.target.auth.ungranted.appKey, purpose: ctx.target.purpose });
      denials.push({ as: 'main', change: { purpose: null }, appKey: ctx.target.auth.appKey });
      let denial: { as: 'main' | 'ungranted'; appKey: string; purpose?: string; resultCode: string; requestId: string } | undefined;
      for (const d of denials) {
        const requestId = freshId();
        const res = await ctx.client.request({ ...dataRequest(call, { requestId, ...d.change }), expectRefusal: true });
        if (res.status >= 400 && res.envelope?.code !== undefined) {
          denial = { as: d.as, appKey: d.appKey, purpose: d.purpose, resultCode: res.envelope.code, requestId };
          break;
        }
      }
      if (!denial) return notAssessed(t(`${call.method} ${call.path}：无法得到一个被拒绝的数据服务请求（未授权 AppKey、缺少用途均被接受）`, `${call.method} ${call.path}: no data-service request could be got refused (ungranted key and missing purpose were both served)`));
      const deadline = Date.now() + 5000;
      const problems: Text[] = [];
      const checks = [
        { id: servedId, as: 'main' as const, label: t('已服务', 'served'), expected: { requestId: servedId, appKey: ctx.target.auth.appKey, resultCode: '0', resourceCode: call.resourceCode, purpose: ctx.target.purpose } },
        { id: denial.requestId, as: denial.as, label: t('被拒绝', 'denied'), expected: { requestId: denial.requestId, appKey: denial.appKey, resultCode: denial.resultCode, resourceCode: call.resourceCode, purpose: denial.purpose } },
      ];
      for (const c of checks) {
        const { entry } = await findAuditEntry(ctx, c.id, deadline, c.as);
        if (!entry) problems.push(t(`GET ${AUDIT_PATH}?requestId=${c.id}：5 秒内未找到该请求（${c.label.zh}）的审计记录`, `GET ${AUDIT_PATH}?requestId=${c.id}: no audit entry for the ${c.label.en} request within 5 s`));
        else problems.push(...auditProblems(ctx, entry, c.expected));
      }
      if (problems.length) fail(joinProblems(problems));
    },
  },
  {
    id: 'header-case',
    title: t('签名头名称不区分大小写', 'signing header names are matched case-insensitively'),
    requirements: ['EIP-SEC-015'],
    requests: 2,
    async run(ctx) {
      expectOk(await ctx.client.request(base({ afterSign: (w) => renameGxHeaders(w, (k) => k.toLowerCase()) })));
      expectOk(await ctx.client.request(base({ afterSign: (w) => renameGxHeaders(w, mixedCase) })));
    },
  },
  refused('unsupported-method', ['EIP-SEC-016'], t('不支持的签名方法返回 401 / 40106', 'an unsupported signature method gets 401 / 40106'), () => base({ afterSign: (w) => setHeader(w, 'X-GX-Signature-Method', 'HMAC-MD5') }), 401, '40106'),
];

const suite: SuiteModule = {
  class: 'SEC',
  title: t('安全：请求签名、防重放、授权、用途、审批、审计', 'Security: signing, anti-replay, grants, purpose, approvals, audit'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests,
};
export default suite;
