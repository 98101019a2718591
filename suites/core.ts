// CORE (EIP §2): transport, envelope, paging, errors, health.
import { randomBytes } from 'node:crypto';
import { t, type Text } from '../src/i18n/text.js';
import { fail, notApplicableReason, notAssessed, skip, warn, type GxRequest, type GxResponse, type SuiteModule, type TestContext, type TestDef } from '../src/engine/suite-api.js';
import { expectError, expectOk, where } from './lib/expect.js';
import { pageData, withPage } from './lib/paging.js';
import { CATALOG_PATH, catalogItems } from './lib/cat-catalog.js';
import { findDataService } from './lib/sec-data-service.js';
import { sharedSample, type SampleKind } from './lib/core-sample.js';
import { contentTypeProblem, envelopeProblem, isIsoDate, isRfc3339DateTime, joinProblems, stackTraceProblem, statusCodeProblem } from './lib/core-checks.js';
import { probeLegacyTls } from '../src/http/tls-probe.js';

const HEALTH_PATH = '/gx/v1/health';
const NODE_ID = /^[NPMD]-\d{6}-[A-Z0-9]{1,16}$/;
/** Requests the shared sample sends, for `govx plan` (it is sent once, by whichever test runs first). */
const SAMPLE_REQUESTS = 12;

/** A test that judges every response of the shared sample with one check. */
function everyResponse(id: string, rule: string, title: Text, check: (res: GxResponse) => Text | undefined): TestDef {
  return {
    id,
    title,
    requirements: [rule],
    requests: id === 'content-type' ? SAMPLE_REQUESTS : 0, // govx plan: the shared sample counts once, at the first CORE test
    async run(ctx) {
      const sample = await sharedSample(ctx);
      const problems = sample.map((e) => check(e.res)).filter((p): p is Text => p !== undefined);
      if (problems.length > 0) fail(joinProblems(problems));
      ctx.note(t(`检查了 ${sample.length} 个响应（${kinds(sample.map((e) => e.kind))}）`, `checked ${sample.length} responses (${kinds(sample.map((e) => e.kind))})`));
    },
  };
}

function kinds(list: SampleKind[]): string {
  return list.join(', ');
}

/** A CORE-008 probe from the shared sample: 400 / 40001, never 5xx. */
function malformedBody(kind: SampleKind, title: Text): TestDef {
  return {
    id: `body.${kind}`,
    title,
    requirements: ['EIP-CORE-008'],
    requests: 0, // reuses the shared sample
    async run(ctx) {
      const entry = (await sharedSample(ctx)).find((e) => e.kind === kind);
      if (!entry) {
        return skip(t('没有可用的请求体已知的已签名 POST 接口（部门节点需 POP/LE/EC 样例数据）', 'no signed POST endpoint with a known body (a department needs a POP/LE/EC fixture)'));
      }
      expectError(entry.res, 400, '40001');
    },
  };
}

function badPaging(id: string, page: string, size: string, title: Text): TestDef {
  return {
    id: `paging.${id}`,
    title,
    requirements: ['EIP-CORE-006'],
    requests: 1,
    async run(ctx) {
      const res = await ctx.client.request({ method: 'GET', path: CATALOG_PATH, query: [['page', page], ['size', size]], expectRefusal: true });
      expectError(res, 400, '40001');
    },
  };
}

function itemKey(item: unknown): string {
  const code = (item as { resourceCode?: unknown } | null)?.resourceCode;
  return typeof code === 'string' ? code : JSON.stringify(item);
}

async function healthResponse(ctx: TestContext): Promise<GxResponse> {
  const entry = (await sharedSample(ctx)).find((e) => e.kind === 'health');
  return entry ? entry.res : ctx.client.request({ method: 'GET', path: HEALTH_PATH, as: 'unsigned' });
}

function requestIdProblems(res: GxResponse, expected?: string): Text[] {
  const header = res.headers['x-request-id'];
  const body = res.envelope?.requestId;
  const at = where(res);
  const out: Text[] = [];
  if (expected !== undefined) {
    if (header !== expected) out.push(t(`${at}：X-Request-Id 响应头应为 ${expected}，实际为 ${header ?? '（无）'}`, `${at}: the X-Request-Id header should be ${expected}, got ${header ?? '(none)'}`));
    if (body !== expected) out.push(t(`${at}：/requestId 应为 ${expected}，实际为 ${JSON.stringify(body)}`, `${at}: /requestId should be ${expected}, got ${JSON.stringify(body)}`));
  } else {
    if (!header) out.push(t(`${at}：未发送 X-Request-Id 时，响应头应带服务端生成的 X-Request-Id，实际没有`, `${at}: without a request id the answer should carry a generated X-Request-Id header, none came`));
    else if (body !== header) out.push(t(`${at}：/requestId 应等于响应头 X-Request-Id（${header}），实际为 ${JSON.stringify(body)}`, `${at}: /requestId should equal the X-Request-Id header (${header}), got ${JSON.stringify(body)}`));
  }
  return out;
}

const tests: TestDef[] = [
  everyResponse('content-type', 'EIP-CORE-001', t('JSON 响应的 Content-Type 为 application/json', 'JSON responses are application/json'), contentTypeProblem),
  everyResponse('envelope', 'EIP-CORE-002', t('每个 JSON 响应都是 {code, message, requestId, data} 信封', 'every JSON response is the {code, message, requestId, data} envelope'), envelopeProblem),
  everyResponse('status-code', 'EIP-CORE-003', t('HTTP 状态与 code 一致', 'HTTP status agrees with code'), statusCodeProblem),
  {
    id: 'request-id.echo',
    title: t('请求的 X-Request-Id 在响应头和 requestId 中原样返回', "a request's X-Request-Id is echoed in the header and in requestId"),
    requirements: ['EIP-CORE-004'],
    requests: 2,
    async run(ctx) {
      const id = `govx-${randomBytes(8).toString('hex')}`;
      const ok = await ctx.client.request({ method: 'GET', path: CATALOG_PATH, query: [['page', '1'], ['size', '1']], requestId: id });
      const idErr = `govx-${randomBytes(8).toString('hex')}`;
      const err = await ctx.client.request({ method: 'GET', path: `${CATALOG_PATH}/399999-999998`, requestId: idErr, expectRefusal: true });
      const problems = [...requestIdProblems(ok, id), ...requestIdProblems(err, idErr)];
      if (problems.length) fail(joinProblems(problems));
    },
  },
  {
    id: 'request-id.generated',
    title: t('未带 X-Request-Id 时服务端生成唯一的请求标识并两处返回', 'without X-Request-Id the server makes a unique one and returns it both ways'),
    requirements: ['EIP-CORE-004'],
    requests: 2,
    async run(ctx) {
      const req: GxRequest = { method: 'GET', path: CATALOG_PATH, query: [['page', '1'], ['size', '1']], requestId: null };
      const a = await ctx.client.request(req);
      const b = await ctx.client.request(req);
      const problems = [...requestIdProblems(a), ...requestIdProblems(b)];
      const ha = a.headers['x-request-id'];
      if (ha && ha === b.headers['x-request-id']) {
        problems.push(t(`${where(b)}：两次请求生成的 X-Request-Id 相同（${ha}），应唯一`, `${where(b)}: two requests got the same generated X-Request-Id (${ha}); it should be unique`));
      }
      if (problems.length) fail(joinProblems(problems));
    },
  },
  {
    id: 'date-times',
    title: t('健康检查与目录中的日期时间为带时区偏移的 RFC 3339，日期为 YYYY-MM-DD', 'date-times in health and catalog are RFC 3339 with an offset; dates are YYYY-MM-DD'),
    requirements: ['EIP-CORE-005'],
    requests: 0, // reuses the shared sample
    async run(ctx) {
      const health = await healthResponse(ctx);
      const problems: Text[] = [];
      const time = (health.envelope?.data as { time?: unknown } | null | undefined)?.time;
      if (time !== undefined && !isRfc3339DateTime(time)) {
        problems.push(t(`${where(health)}：/data/time 应为带时区偏移的 RFC 3339 日期时间，实际为 ${JSON.stringify(time)}`, `${where(health)}: /data/time should be an RFC 3339 date-time with an offset, got ${JSON.stringify(time)}`));
      }
      const items = await catalogItems(ctx);
      items.forEach((r, i) => {
        if (r.updatedAt !== undefined && !isRfc3339DateTime(r.updatedAt)) {
          problems.push(t(`GET ${CATALOG_PATH}：/data/items/${i}/updatedAt 应为带时区偏移的 RFC 3339 日期时间，实际为 ${JSON.stringify(r.updatedAt)}`, `GET ${CATALOG_PATH}: /data/items/${i}/updatedAt should be an RFC 3339 date-time with an offset, got ${JSON.stringify(r.updatedAt)}`));
        }
        if (r.publishedOn !== undefined && !isIsoDate(r.publishedOn)) {
          problems.push(t(`GET ${CATALOG_PATH}：/data/items/${i}/publishedOn 应为 YYYY-MM-DD，实际为 ${JSON.stringify(r.publishedOn)}`, `GET ${CATALOG_PATH}: /data/items/${i}/publishedOn should be YYYY-MM-DD, got ${JSON.stringify(r.publishedOn)}`));
        }
      });
      if (problems.length) fail(joinProblems(problems));
    },
  },
  {
    id: 'paging.defaults',
    title: t('分页默认值：page=1，size=20', 'paging defaults: page 1, size 20'),
    requirements: ['EIP-CORE-006'],
    requests: 1,
    async run(ctx) {
      const res = await ctx.client.request({ method: 'GET', path: CATALOG_PATH });
      const data = pageData(res);
      if (!('items' in data)) return fail(data);
      const problems: Text[] = [];
      if (data.page !== 1) problems.push(t(`${where(res)}：未带 page 时 /data/page 应为 1，实际为 ${data.page}`, `${where(res)}: without page, /data/page should be 1, got ${data.page}`));
      if (data.size !== 20) problems.push(t(`${where(res)}：未带 size 时 /data/size 应为 20，实际为 ${data.size}`, `${where(res)}: without size, /data/size should be 20, got ${data.size}`));
      if (data.items.length > 20) problems.push(t(`${where(res)}：/data/items 应不超过 20 条，实际 ${data.items.length} 条`, `${where(res)}: /data/items should hold at most 20 items, got ${data.items.length}`));
      if (problems.length) fail(joinProblems(problems));
    },
  },
  {
    id: 'paging.walk',
    title: t('逐页遍历恰好得到 total 条互不重复的记录，末页之后为空', 'walking every page yields exactly total distinct items; a page past the end is empty'),
    requirements: ['EIP-CORE-006'],
    requests: 6,
    async run(ctx) {
      const first = await ctx.client.request({ method: 'GET', path: CATALOG_PATH, query: [['page', '1'], ['size', '1']] });
      const head = pageData(first);
      if (!('items' in head)) return fail(head);
      // Pages small enough that the walk crosses page boundaries, yet at most about four requests.
      const size = Math.min(100, Math.max(1, Math.ceil(head.total / 3)));
      const pages = Math.ceil(head.total / size);
      const seen = new Map<string, number>();
      const problems: Text[] = [];
      for (let page = 1; page <= pages + 1; page++) {
        const res = await ctx.client.request(withPage({ method: 'GET', path: CATALOG_PATH }, page, size));
        const data = pageData(res);
        if (!('items' in data)) return fail(data);
        if (data.items.length > size) problems.push(t(`${where(res)}：/data/items 有 ${data.items.length} 条，超过 size=${size}`, `${where(res)}: /data/items holds ${data.items.length} items, more than size=${size}`));
        if (data.page !== page || data.size !== size) problems.push(t(`${where(res)}：/data/page、/data/size 应为 ${page}、${size}，实际为 ${data.page}、${data.size}`, `${where(res)}: /data/page and /data/size should be ${page} and ${size}, got ${data.page} and ${data.size}`));
        if (page > pages) {
          if (data.items.length > 0) problems.push(t(`${where(res)}：末页之后的页应为空，实际有 ${data.items.length} 条`, `${where(res)}: a page past the end should be empty, got ${data.items.length} items`));
          break;
        }
        data.items.forEach((item, i) => {
          const key = itemKey(item);
          if (seen.has(key)) problems.push(t(`${where(res)}：/data/items/${i}（${key}）在第 ${seen.get(key)} 页已出现`, `${where(res)}: /data/items/${i} (${key}) already came on page ${seen.get(key)}`));
          else seen.set(key, page);
        });
      }
      if (seen.size !== head.total) {
        problems.push(t(`GET ${CATALOG_PATH}：以 size=${size} 遍历得到 ${seen.size} 条不同记录，total 为 ${head.total}`, `GET ${CATALOG_PATH}: walking with size=${size} gave ${seen.size} distinct items, total is ${head.total}`));
      }
      if (problems.length) fail(joinProblems(problems));
    },
  },
  badPaging('size-0', '1', '0', t('size=0 返回 400 / 40001', 'size=0 gets 400 / 40001')),
  badPaging('size-101', '1', '101', t('size=101 返回 400 / 40001', 'size=101 gets 400 / 40001')),
  badPaging('size-non-integer', '1', '1.5', t('非整数 size 返回 400 / 40001', 'a non-integer size gets 400 / 40001')),
  badPaging('page-0', '0', '20', t('page=0 返回 400 / 40001', 'page=0 gets 400 / 40001')),
  {
    id: 'unknown-path',
    title: t('未知路径返回 404 / 40400 信封', 'an unknown path gets 404 / 40400 in the envelope'),
    requirements: ['EIP-CORE-007'],
    requests: 0, // reuses the shared sample
    async run(ctx) {
      const entry = (await sharedSample(ctx)).find((e) => e.kind === 'unknown-path');
      if (!entry) return notAssessed(t('未能发送未知路径请求', 'the unknown-path request was not sent'));
      expectError(entry.res, 404, '40400');
    },
  },
  malformedBody('malformed-json', t('格式错误的 JSON 请求体返回 400 / 40001', 'a malformed JSON body gets 400 / 40001')),
  malformedBody('wrong-type', t('JSON 类型错误返回 400 / 40001', 'a wrong JSON type gets 400 / 40001')),
  malformedBody('missing-field', t('缺少必填成员返回 400 / 40001', 'a missing required member gets 400 / 40001')),
  everyResponse('no-stack-traces', 'EIP-CORE-009', t('错误响应不含堆栈或内部异常信息', 'no error response carries a stack trace or internal exception text'), stackTraceProblem),
  {
    id: 'health',
    title: t('健康检查无需签名，返回规定的数据并声明 ICS 中的类', 'health needs no signature, answers the defined data and claims the ICS classes'),
    requirements: ['EIP-CORE-010'],
    requests: 0, // reuses the shared sample's health answer
    async run(ctx) {
      const res = await healthResponse(ctx);
      const data = expectOk(res) as Record<string, unknown> | null;
      const at = where(res);
      // /time's format is CORE-005's to judge; here it only has to be there.
      const problems: Text[] = ctx.schemas
        .validate('health', data)
        .filter((v) => v.path !== '/time' && (v.rule === undefined || v.rule === 'EIP-CORE-010'))
        .map((v) => t(`${at}：/data${v.path} ${v.message.zh}`, `${at}: /data${v.path} ${v.message.en}`));
      if (!data || typeof data !== 'object') return fail(t(`${at}：/data 应为对象`, `${at}: /data should be an object`));
      if (!['UP', 'DEGRADED', 'DOWN'].includes(data.status as string)) problems.push(t(`${at}：/data/status 应为 UP、DEGRADED 或 DOWN，实际为 ${JSON.stringify(data.status)}`, `${at}: /data/status should be UP, DEGRADED or DOWN, got ${JSON.stringify(data.status)}`));
      if (!['DEPARTMENT', 'PLATFORM'].includes(data.role as string)) problems.push(t(`${at}：/data/role 应为 DEPARTMENT 或 PLATFORM，实际为 ${JSON.stringify(data.role)}`, `${at}: /data/role should be DEPARTMENT or PLATFORM, got ${JSON.stringify(data.role)}`));
      if (typeof data.nodeId !== 'string' || !NODE_ID.test(data.nodeId)) problems.push(t(`${at}：/data/nodeId 应符合 §8 节点标识格式，实际为 ${JSON.stringify(data.nodeId)}`, `${at}: /data/nodeId should have the §8 node-id form, got ${JSON.stringify(data.nodeId)}`));
      if (data.profileVersion !== '1.0') problems.push(t(`${at}：/data/profileVersion 应为 "1.0"，实际为 ${JSON.stringify(data.profileVersion)}`, `${at}: /data/profileVersion should be "1.0", got ${JSON.stringify(data.profileVersion)}`));
      if (typeof data.time !== 'string') problems.push(t(`${at}：缺少 /data/time`, `${at}: /data/time is missing`));
      const conformance = Array.isArray(data.conformance) ? (data.conformance as unknown[]) : undefined;
      if (!conformance) problems.push(t(`${at}：/data/conformance 应为数组`, `${at}: /data/conformance should be an array`));
      else {
        const missing = ctx.target.classes.filter((c) => !conformance.includes(c));
        if (missing.length) problems.push(t(`${at}：ICS 声明的类 ${missing.join(', ')} 不在 /data/conformance 中`, `${at}: classes ${missing.join(', ')} claimed in the ICS are missing from /data/conformance`));
      }
      if (problems.length) fail(joinProblems(problems));
    },
  },
  {
    id: 'clock',
    title: t('健康检查的 time 与测试端时钟相差不超过 ±60 秒', 'health time is within ±60 s of the tester clock'),
    requirements: ['EIP-CORE-011'],
    requests: 1,
    async run(ctx) {
      const sent = Date.now();
      const res = await ctx.client.request({ method: 'GET', path: HEALTH_PATH, as: 'unsigned' });
      const received = Date.now();
      const time = (expectOk(res) as { time?: unknown } | null)?.time;
      const at = typeof time === 'string' ? Date.parse(time) : NaN;
      if (Number.isNaN(at)) return notAssessed(t(`${where(res)}：/data/time 无法解析，无法比较时钟`, `${where(res)}: /data/time cannot be parsed; the clock cannot be compared`));
      // Judge against the middle of the exchange, allowing half the round trip either way.
      const offset = at - (sent + received) / 2;
      const slack = (received - sent) / 2 + 1000;
      ctx.note(t(`时钟偏差约 ${Math.round(offset / 1000)} 秒`, `clock offset about ${Math.round(offset / 1000)} s`));
      if (Math.abs(offset) > 60_000 + slack) {
        warn(t(`${where(res)}：/data/time 与测试端时钟应相差不超过 60 秒，实际相差 ${Math.round(offset / 1000)} 秒`, `${where(res)}: /data/time should be within 60 s of the tester clock, it is ${Math.round(offset / 1000)} s off`));
      }
    },
  },
  {
    id: 'no-store',
    title: t('数据服务响应带 Cache-Control: no-store', 'data-service responses carry Cache-Control: no-store'),
    requirements: ['EIP-CORE-012'],
    readsPersonalData: true,
    requests: 0, // judges the shared data-service baseline
    async run(ctx) {
      const found = await findDataService(ctx);
      if (!found.ok) return found.assessable ? skip(found.reason) : notAssessed(found.reason);
      // Judged on a served answer: whether refusals must also carry no-store the profile leaves open.
      const res = found.baseline;
      const cc = res.headers['cache-control'];
      const directives = (cc ?? '').split(',').map((d) => d.trim().toLowerCase());
      if (!directives.includes('no-store')) {
        warn(t(`${where(res)}：数据服务响应应带 Cache-Control: no-store，实际为 ${cc ?? '（无）'}`, `${where(res)}: a data-service response should carry Cache-Control: no-store, got ${cc ?? '(none)'}`));
      }
    },
  },
  {
    id: 'tls',
    title: t('生产环境：仅 HTTPS、TLS ≥ 1.2、证书有效，拒绝 TLS 1.0/1.1', 'production: HTTPS only, TLS ≥ 1.2, a valid certificate, TLS 1.0/1.1 refused'),
    requirements: ['EIP-CORE-013'],
    requests: 2,
    skipReason: (target) => (target.environment === 'production' ? undefined : notApplicableReason(t('测试环境不适用（environment: test 可使用 HTTP）', 'not applicable in a test environment (environment: test may use plain HTTP)'))),
    async run(ctx) {
      const base = ctx.target.baseUrl;
      if (!base.toLowerCase().startsWith('https://')) {
        return fail(t(`baseUrl 应为 https://，实际为 ${new URL(base).protocol}`, `baseUrl should be https://, got ${new URL(base).protocol}`));
      }
      const res = await ctx.client.request({ method: 'GET', path: HEALTH_PATH, as: 'unsigned' });
      const problems: Text[] = [];
      const tls = res.tls;
      if (!tls) return notAssessed(t('客户端未报告 TLS 连接信息', 'the client reported no TLS facts'));
      if (tls.protocol !== 'TLSv1.2' && tls.protocol !== 'TLSv1.3') problems.push(t(`${where(res)}：TLS 版本应不低于 1.2，实际为 ${tls.protocol ?? '未知'}`, `${where(res)}: TLS should be 1.2 or later, got ${tls.protocol ?? 'unknown'}`));
      if (!tls.authorized) problems.push(t(`${where(res)}：证书应对该主机有效，实际校验失败：${tls.authorizationError ?? ''}`, `${where(res)}: the certificate should be valid for the host; verification failed: ${tls.authorizationError ?? ''}`));
      if (tls.daysToExpiry !== undefined && tls.daysToExpiry < 0) problems.push(t(`${where(res)}：证书已过期（${tls.validTo ?? ''}）`, `${where(res)}: the certificate has expired (${tls.validTo ?? ''})`));
      for (const legacy of await probeLegacyTls(base)) {
        if (legacy.accepted) problems.push(t(`${new URL(base).host}：应拒绝 ${legacy.version} 握手，实际以 ${legacy.protocol ?? ''} 完成握手`, `${new URL(base).host}: a ${legacy.version} handshake should be refused, it completed with ${legacy.protocol ?? ''}`));
      }
      if (problems.length) fail(joinProblems(problems));
    },
  },
];

const suite: SuiteModule = {
  class: 'CORE',
  title: t('通用约定：传输、信封、分页、错误、健康检查', 'Common conventions: transport, envelope, paging, errors, health'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests,
};
export default suite;
