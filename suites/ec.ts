// EC — electronic certificate service (EIP 1.0 §7).
// The holder queries are walked once (size=100) and the fixture certificates read once by id; the
// record tests judge exactly one rule's findings each (src/standards checkECertificate), and verify
// cases use certificates whose status is consistent with their dates, so a wrong status in a record
// (EC-006) does not also fail EC-008.
import { t, type Text } from '../src/i18n/text.js';
import { fail, skip, type SuiteModule, type TestContext, type TestDef } from '../src/engine/suite-api.js';
import type { Target } from '../src/ics/types.js';
import { sm3Hex } from '../src/http/signing.js';
import { addDays, checkECertificate } from '../src/standards/index.js';
import { expectError, expectOk, where } from './lib/expect.js';
import { masked, maskCode } from './lib/mask.js';
import { brief, sendData, sendRefused, shanghaiToday } from './lib/pop-data-call.js';
import { findingsOf, judge, locateFindings, locateViolations, ownSchemaViolations, type Located, type RuleFinding } from './lib/pop-record-rules.js';
import {
  certificatesById,
  EC_QUERY,
  EC_VERIFY,
  ecFilePath,
  ecGetPath,
  fixtureHolders,
  holderCodeWithWrongCheck,
  holderWalks,
  idWithWrongCheck,
  queriedCertificates,
  unknownCertificateId,
  type CertSeen,
} from './lib/ec-data.js';

const noFixture = (target: Target): Text | undefined =>
  target.fixtures.eCertificate?.length ? undefined : t('ICS 未提供 fixtures.eCertificate（测试租户上存在的电子证照样例）', 'the ICS gives no fixtures.eCertificate (certificates that exist on the test tenant)');
const holderCount = (target: Target): number => fixtureHolders(target).length;
const certCount = (target: Target): number => target.fixtures.eCertificate?.length ?? 0;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function firstCert(ctx: TestContext): { certificateId: string; holderCode: string; holderCodeType: '111' | '001' } {
  return ctx.target.fixtures.eCertificate?.[0] ?? skip(noFixture(ctx.target) as Text);
}

function findingsFor(ctx: TestContext, c: CertSeen): RuleFinding[] {
  if (!isObject(c.record)) return [];
  return checkECertificate(c.record, {
    today: shanghaiToday(ctx.now()),
    holder: { code: c.holder.holderCode, codeType: c.holder.holderCodeType },
  }) as RuleFinding[];
}

function certLabel(c: CertSeen): string {
  const id = isObject(c.record) ? str(c.record.certificateId) : undefined;
  return `${c.where} (${maskCode(c.holder.holderCode)})${id ? ' ' + id : ''}`;
}

const pagedTest: TestDef = {
  id: 'query.paged',
  title: t('证照查询按 CORE-006 分页', 'The certificate query is paged per CORE-006'),
  requirements: ['EIP-CORE-006'],
  readsPersonalData: true,
  requests: holderCount,
  skipReason: noFixture,
  async run(ctx) {
    const problems = (await holderWalks(ctx)).filter((w) => w.problem);
    if (problems.length > 0) {
      const p = problems[0]!;
      fail(t(`持证主体 ${maskCode(p.holder.holderCode)}：${p.problem!.text.zh}`, `holder ${maskCode(p.holder.holderCode)}: ${p.problem!.text.en}`));
    }
    for (const w of await holderWalks(ctx)) {
      const seen = new Set<string>();
      for (const item of w.walk!.items) {
        const id = isObject(item) ? str(item.certificateId) : undefined;
        if (id === undefined) continue;
        if (seen.has(id)) fail(t(`POST ${EC_QUERY}：翻页遍历中 ${id} 出现两次`, `POST ${EC_QUERY}: ${id} came twice in the page walk`));
        seen.add(id);
      }
    }
  },
};

const schemaTest: TestDef = {
  id: 'query.schema',
  title: t('查询返回的每个证照符合 ECertificate', 'Every certificate a query returns validates as ECertificate'),
  requirements: ['EIP-EC-001'],
  readsPersonalData: true,
  requests: 0, // judges the holder queries query.paged sent
  skipReason: noFixture,
  async run(ctx) {
    const certs = await queriedCertificates(ctx);
    const problems: Located[] = certs.flatMap((c) => locateViolations(certLabel(c), ownSchemaViolations(ctx, 'e-certificate', c.record)));
    if (certs.length === 0) {
      problems.push({ where: `POST ${EC_QUERY}`, path: '/data/items', severity: 'error', message: t('样例持证主体的查询未返回任何证照', "the fixture holders' queries returned no certificate") });
    }
    judge(ctx, problems, 'EIP-EC-001');
  },
};

const getTest: TestDef = {
  id: 'get.by-id',
  title: t('按标识获取的证照符合 ECertificate 且为所请求的证照', 'Get by id returns the requested certificate, valid as ECertificate'),
  requirements: ['EIP-EC-001'],
  readsPersonalData: true,
  requests: certCount,
  skipReason: noFixture,
  async run(ctx) {
    const problems: Located[] = [];
    const queried = (await holderWalks(ctx)).flatMap((w) => w.walk?.items ?? []);
    for (const c of await certificatesById(ctx)) {
      const at = where(c.res);
      if (c.record === undefined) {
        const came = c.res.envelope ? `${c.res.status} / ${c.res.envelope.code}` : String(c.res.status);
        problems.push({ where: at, path: '', severity: 'error', message: t(`样例证照应成功返回（2xx / 0），实际为 ${came}`, `the fixture certificate should be returned (2xx / 0), got ${came}`) });
        continue;
      }
      problems.push(...locateViolations(`${at} data`, ownSchemaViolations(ctx, 'e-certificate', c.record)));
      const got = isObject(c.record) ? c.record.certificateId : undefined;
      if (got !== c.certificateId) {
        problems.push({ where: at, path: '/data/certificateId', severity: 'error', message: t(`应为 ${c.certificateId}，实际为 ${brief(got)}`, `should be ${c.certificateId}, got ${brief(got)}`) });
        continue;
      }
      // The profile does not say in so many words that get and query agree: differences are noted, not failed.
      const fromQuery = queried.find((q) => isObject(q) && q.certificateId === c.certificateId);
      if (fromQuery !== undefined && JSON.stringify(sortKeys(fromQuery)) !== JSON.stringify(sortKeys(c.record))) {
        ctx.note(t(`${c.certificateId}：按标识获取的记录与查询结果中的记录不同`, `${c.certificateId}: the record from get differs from the one in the query results`));
      }
    }
    judge(ctx, problems, 'EIP-EC-001');
  },
};

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObject(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}

function recordRuleTest(id: string, rule: string, title: Text): TestDef {
  return {
    id,
    title,
    requirements: [rule],
    readsPersonalData: true,
    requests: 0, // judges the holder queries query.paged sent
    skipReason: noFixture,
    async run(ctx) {
      const certs = await queriedCertificates(ctx);
      const problems = certs.flatMap((c) => locateFindings(certLabel(c), findingsOf(findingsFor(ctx, c), rule)));
      judge(ctx, problems, rule);
    },
  };
}

const fileTest: TestDef = {
  id: 'file',
  title: t('证照文件的内容类型正确，SM3 等于 fileSm3 与 X-GX-Content-SM3', 'The certificate file has its content type, and its SM3 equals fileSm3 and X-GX-Content-SM3'),
  requirements: ['EIP-EC-007'],
  readsPersonalData: true,
  requests: (target) => Math.min(3, certCount(target)), // the gets by id are get.by-id's
  skipReason: noFixture,
  async run(ctx) {
    const byId = await certificatesById(ctx);
    const withSm3 = byId.filter((c) => isObject(c.record) && typeof c.record.fileSm3 === 'string').slice(0, 3);
    if (withSm3.length === 0) skip(t('没有可读取 fileSm3 的样例证照（见 EIP-EC-001）', 'no fixture certificate with a readable fileSm3 (see EIP-EC-001)'));
    const problems: Located[] = [];
    for (const c of withSm3) {
      const declared = (c.record as { fileSm3: string }).fileSm3.toLowerCase();
      const res = await sendData(ctx, { method: 'GET', path: ecFilePath(c.certificateId) });
      const at = where(res);
      if (res.status !== 200) {
        const came = res.envelope ? `${res.status} / ${res.envelope.code}` : String(res.status);
        problems.push({ where: at, path: '', severity: 'error', message: t(`应返回证照文件（200），实际为 ${came}`, `expected the certificate file (200), got ${came}`) });
        continue;
      }
      const type = (res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/ofd' && type !== 'application/pdf') {
        problems.push({ where: at, path: 'Content-Type', severity: 'error', message: t(`应为 application/ofd 或 application/pdf，实际为 ${type || '（无）'}`, `should be application/ofd or application/pdf, got ${type || '(none)'}`) });
      }
      const actual = sm3Hex(res.body);
      if (actual !== declared) {
        problems.push({ where: at, path: 'body', severity: 'error', message: t(`文件 SM3 为 ${actual}，与记录的 fileSm3 ${declared} 不符`, `the file's SM3 is ${actual}, the record's fileSm3 is ${declared}`) });
      }
      const header = res.headers['x-gx-content-sm3'];
      if (header === undefined || header.trim().toLowerCase() !== actual) {
        problems.push({ where: at, path: 'X-GX-Content-SM3', severity: 'error', message: t(`应为文件的 SM3 ${actual}，实际为 ${header ?? '（无）'}`, `should be the file's SM3 ${actual}, got ${header ?? '(none)'}`) });
      }
    }
    judge(ctx, problems, 'EIP-EC-007');
  },
};

interface Verifiable {
  certificateId: string;
  fileSm3: string;
  status: string;
}

/** Certificates of a status whose records pass EC-006 (status consistent with dates, not near expiry). */
async function verifiable(ctx: TestContext, status: string): Promise<Verifiable | undefined> {
  const today = shanghaiToday(ctx.now());
  for (const c of await queriedCertificates(ctx)) {
    if (!isObject(c.record)) continue;
    const { certificateId, fileSm3, validUntil } = c.record;
    if (c.record.status !== status || typeof certificateId !== 'string' || typeof fileSm3 !== 'string') continue;
    if (findingsOf(findingsFor(ctx, c), 'EIP-EC-006').length > 0) continue;
    // A certificate expiring within a day of today may change status while the test runs.
    if (status === 'VALID' && typeof validUntil === 'string' && validUntil <= addDays(today, 1)) continue;
    return { certificateId, fileSm3, status };
  }
  return undefined;
}

async function expectVerify(ctx: TestContext, body: { certificateId: string; fileSm3: string }, valid: boolean, status: string, what: Text): Promise<void> {
  const res = await sendData(ctx, { method: 'POST', path: EC_VERIFY, body });
  await masked(ctx, () => {
    const data = expectOk(res);
    const violations = ctx.schemas.validate('e-certificate-verify-result', data);
    if (violations.length > 0 || !isObject(data) || data.valid !== valid || data.status !== status) {
      const detail = violations.map((v) => `${v.path || '/'} ${v.message.en}`).join('; ');
      fail(
        t(
          `${where(res)}（${what.zh}，${body.certificateId}）：应为 {"valid": ${valid}, "status": "${status}"}，实际为 ${brief(data)}${detail ? '（' + detail + '）' : ''}`,
          `${where(res)} (${what.en}, ${body.certificateId}): expected {"valid": ${valid}, "status": "${status}"}, got ${brief(data)}${detail ? ' (' + detail + ')' : ''}`,
        ),
      );
    }
  });
}

function changedHash(hash: string): string {
  const h = hash.toLowerCase();
  return (h[0] === '0' ? '1' : '0') + h.slice(1);
}

function verifyStatusTest(id: string, status: 'VALID' | 'EXPIRED' | 'REVOKED', changeHash: boolean, title: Text): TestDef {
  return {
    id,
    title,
    requirements: ['EIP-EC-008'],
    readsPersonalData: true,
    requests: 1, // the holder queries are query.paged's
    skipReason: noFixture,
    async run(ctx) {
      const cert = await verifiable(ctx, status);
      if (!cert) {
        skip(t(`样例持证主体的证照中没有状态为 ${status} 的证照`, `no certificate with status ${status} among the fixture holders' certificates`));
        return;
      }
      const fileSm3 = changeHash ? changedHash(cert.fileSm3) : cert.fileSm3;
      const what = changeHash ? t('哈希已改动', 'changed hash') : t(`状态 ${status}，哈希正确`, `status ${status}, right hash`);
      await expectVerify(ctx, { certificateId: cert.certificateId, fileSm3 }, status === 'VALID' && !changeHash, status, what);
    },
  };
}

const verifyUnknownTest: TestDef = {
  id: 'verify.unknown',
  title: t('核验未持有的格式正确标识返回 valid false、status UNKNOWN', 'Verify of a well-formed identifier the node does not hold gives valid false, status UNKNOWN'),
  requirements: ['EIP-EC-008'],
  requests: 1,
  skipReason: (target) => noFixture(target) ?? (unknownCertificateId(target) ? undefined : t('无法由样例构造未知标识', 'no unknown identifier can be derived from the fixtures')),
  async run(ctx) {
    const id = unknownCertificateId(ctx.target) as string;
    await expectVerify(ctx, { certificateId: id, fileSm3: sm3Hex('govx: no such certificate') }, false, 'UNKNOWN', t('未知标识', 'unknown identifier'));
  },
};

type Op = 'get' | 'file' | 'verify';

async function sendWithId(ctx: TestContext, op: Op, id: string) {
  if (op === 'verify') {
    return sendRefused(ctx, { method: 'POST', path: EC_VERIFY, body: { certificateId: id, fileSm3: sm3Hex('govx: verify probe') } });
  }
  return sendRefused(ctx, { method: 'GET', path: op === 'get' ? ecGetPath(id) : ecFilePath(id) });
}

function badCheckTest(op: Op): TestDef {
  const name = { get: t('获取', 'get'), file: t('文件', 'file'), verify: t('核验', 'verify') }[op];
  return {
    id: `${op}.bad-check`,
    title: t(`校验码错误的标识（${name.zh}）返回 400 / 40005`, `An identifier failing its check (${name.en}) gets 400 / 40005`),
    requirements: ['EIP-EC-009'],
    requests: 1,
    skipReason: noFixture,
    async run(ctx) {
      const res = await sendWithId(ctx, op, idWithWrongCheck(firstCert(ctx).certificateId));
      await masked(ctx, () => expectError(res, 400, '40005'));
    },
  };
}

function unknownIdTest(op: 'get' | 'file'): TestDef {
  const name = { get: t('获取', 'get'), file: t('文件', 'file') }[op];
  return {
    id: `${op}.unknown`,
    title: t(`格式正确但未知的标识（${name.zh}）返回 404 / 40402`, `A well-formed unknown identifier (${name.en}) gets 404 / 40402`),
    requirements: ['EIP-EC-009'],
    requests: 1,
    skipReason: (target) => noFixture(target) ?? (unknownCertificateId(target) ? undefined : t('无法由样例构造未知标识', 'no unknown identifier can be derived from the fixtures')),
    async run(ctx) {
      const res = await sendWithId(ctx, op, unknownCertificateId(ctx.target) as string);
      await masked(ctx, () => expectError(res, 404, '40402'));
    },
  };
}

const holderTests: TestDef[] = [
  {
    id: 'query.bad-code-type',
    title: t('holderCodeType 不是 111/001 时返回 400 / 40006', 'A holderCodeType other than 111/001 gets 400 / 40006'),
    requirements: ['EIP-EC-010'],
    readsPersonalData: true,
    requests: 1,
    skipReason: noFixture,
    async run(ctx) {
      const c = firstCert(ctx);
      const res = await sendRefused(ctx, { method: 'POST', path: EC_QUERY, body: { holderCode: c.holderCode, holderCodeType: '999' } });
      await masked(ctx, () => expectError(res, 400, '40006'));
    },
  },
  {
    id: 'query.bad-holder-code',
    title: t('持证主体代码对其类型无效时返回 400 / 40006', 'A holder code invalid for its type gets 400 / 40006'),
    requirements: ['EIP-EC-010'],
    readsPersonalData: true,
    requests: 1,
    skipReason: noFixture,
    async run(ctx) {
      const c = firstCert(ctx);
      const res = await sendRefused(ctx, { method: 'POST', path: EC_QUERY, body: { holderCode: holderCodeWithWrongCheck(c), holderCodeType: c.holderCodeType } });
      await masked(ctx, () => expectError(res, 400, '40006'));
    },
  },
];

const suite: SuiteModule = {
  class: 'EC',
  title: t('电子证照', 'Electronic certificates'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [
    pagedTest,
    schemaTest,
    getTest,
    recordRuleTest('record.identifier', 'EIP-EC-002', t('certificateId 结构与校验码正确', 'certificateId has the structure and a correct check character')),
    recordRuleTest('record.segments', 'EIP-EC-003', t('标识的类型段与颁发机构段等于 typeCode 与 issuer.code', "the identifier's type and issuer segments equal typeCode and issuer.code")),
    recordRuleTest('record.uscc', 'EIP-EC-004', t('issuer.code 与 typeCode 前 18 位为有效 USCC', 'issuer.code and the first 18 characters of typeCode are valid USCCs')),
    recordRuleTest('record.holder', 'EIP-EC-005', t('holder.code 按类型有效，且只返回所查持证主体的证照', "holder.code is valid for its type; only the queried holder's certificates come back")),
    recordRuleTest('record.status', 'EIP-EC-006', t('有效期与状态一致（北京时间）', 'validity dates and status agree (Asia/Shanghai)')),
    fileTest,
    verifyStatusTest('verify.valid', 'VALID', false, t('有效证照、哈希正确：valid true', 'VALID certificate, right hash: valid true')),
    verifyStatusTest('verify.changed-hash', 'VALID', true, t('哈希改动：valid false，状态不变', 'changed hash: valid false, status unchanged')),
    verifyStatusTest('verify.expired', 'EXPIRED', false, t('过期证照：valid false、status EXPIRED', 'expired certificate: valid false, status EXPIRED')),
    verifyStatusTest('verify.revoked', 'REVOKED', false, t('吊销证照：valid false、status REVOKED', 'revoked certificate: valid false, status REVOKED')),
    verifyUnknownTest,
    badCheckTest('get'),
    badCheckTest('file'),
    badCheckTest('verify'),
    unknownIdTest('get'),
    unknownIdTest('file'),
    ...holderTests,
  ],
};
export default suite;
