// POP — population basic information service (EIP 1.0 §5).
// Every test cites exactly the rule it judges: the record tests share one query per fixture and each
// judges only its own rule's findings (src/standards checkPersonRecord), so a fault that breaks one
// rule fails exactly that rule's test.
import { t, type Text } from '../src/i18n/text.js';
import { fail, skip, type SuiteModule, type TestContext, type TestDef } from '../src/engine/suite-api.js';
import type { Target } from '../src/ics/types.js';
import { checkPersonRecord } from '../src/standards/index.js';
import { expectError, expectOk, where } from './lib/expect.js';
import { masked, maskIdNumber } from './lib/mask.js';
import { brief, sendData, sendRefused } from './lib/pop-data-call.js';
import { legacyForm, otherName, unknownPersonId, withBadCharacter, withWrongCheckChar, withWrongLength } from './lib/pop-fixtures.js';
import { personAnswers, personRecords, POP_QUERY, POP_VERIFY } from './lib/pop-queries.js';
import { findingsOf, judge, locateFindings, locateViolations, ownSchemaViolations, type Located, type RuleFinding } from './lib/pop-record-rules.js';

const noFixture = (target: Target): Text | undefined =>
  target.fixtures.population?.length ? undefined : t('ICS 未提供 fixtures.population（测试租户上存在的人口样例）', 'the ICS gives no fixtures.population (people that exist on the test tenant)');

const fixtureCount = (target: Target): number => target.fixtures.population?.length ?? 0;

function firstPerson(ctx: TestContext): { idNumber: string; name: string } {
  const p = ctx.target.fixtures.population?.[0];
  return p ?? skip(noFixture(ctx.target) as Text);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const schemaTest: TestDef = {
  id: 'query.schema',
  title: t('人口查询返回符合 PersonRecord 的记录', 'Population query returns a record that validates as PersonRecord'),
  requirements: ['EIP-POP-001'],
  readsPersonalData: true,
  requests: fixtureCount,
  skipReason: noFixture,
  async run(ctx) {
    const problems: Located[] = [];
    for (const a of await personAnswers(ctx)) {
      const at = `${where(a.res)} (${maskIdNumber(a.idNumber)})`;
      const env = a.res.envelope;
      if (a.record === undefined) {
        const came = env ? `${a.res.status} / ${env.code}` : `${a.res.status}`;
        problems.push({ where: at, path: '', severity: 'error', message: t(`应成功返回记录（2xx / 0），实际为 ${came}`, `expected a record (2xx / 0), got ${came}`) });
        continue;
      }
      const violations = locateViolations(`${at} data`, ownSchemaViolations(ctx, 'person-record', a.record));
      // Code-table members without a rule of their own (maritalStatus, education) are POP-001's.
      const findings = locateFindings(`${at} data`, findingsOf(checkPersonRecord(a.record) as RuleFinding[], 'EIP-POP-001'));
      problems.push(...violations, ...findings.filter((f) => !violations.some((v) => v.path === f.path)));
    }
    judge(ctx, problems, 'EIP-POP-001');
  },
};

/** A rule judged on every fixture's record by checkPersonRecord's findings for that rule. */
function recordRuleTest(id: string, rule: string, title: Text): TestDef {
  return {
    id,
    title,
    requirements: [rule],
    readsPersonalData: true,
    requests: 0, // judges the fixture queries query.schema sent
    skipReason: noFixture,
    async run(ctx) {
      const problems: Located[] = [];
      for (const a of await personRecords(ctx)) {
        if (!isObject(a.record)) continue; // not a record at all: POP-001's test reports it
        const findings = checkPersonRecord(a.record, { queried: a.idNumber }) as RuleFinding[];
        problems.push(...locateFindings(`${where(a.res)} (${maskIdNumber(a.idNumber)}) data`, findingsOf(findings, rule)));
      }
      judge(ctx, problems, rule);
    },
  };
}

/** A query or verify with one identifier changed to an invalid form: 400 / 40003. */
function invalidIdTest(op: 'query' | 'verify', kind: 'length' | 'characters' | 'check'): TestDef {
  const make = { length: withWrongLength, characters: withBadCharacter, check: withWrongCheckChar }[kind];
  const what = {
    length: t('长度错误（17 位）', 'of the wrong length (17 characters)'),
    characters: t('含非法字符', 'with a bad character'),
    check: t('校验码错误', 'with a wrong check character'),
  }[kind];
  return {
    id: `${op}.invalid.${kind}`,
    title: t(`${op === 'query' ? '查询' : '核验'}${what.zh}的身份号码返回 400 / 40003`, `${op === 'query' ? 'Query' : 'Verify'} with an ID ${what.en} gets 400 / 40003`),
    requirements: ['EIP-POP-007'],
    readsPersonalData: true,
    requests: 1,
    skipReason: noFixture,
    async run(ctx) {
      const p = firstPerson(ctx);
      const idNumber = make(p.idNumber.toUpperCase());
      const body = op === 'query' ? { idNumber } : { idNumber, name: p.name };
      const res = await sendRefused(ctx, { method: 'POST', path: op === 'query' ? POP_QUERY : POP_VERIFY, body });
      await masked(ctx, () => expectError(res, 400, '40003'));
    },
  };
}

function needUnknownId(target: Target): Text | undefined {
  if (noFixture(target) && !target.fixtures.absent?.population?.length) return noFixture(target);
  if (unknownPersonId(target) === undefined) {
    return t(
      '生产环境且 ICS 未提供 fixtures.absent.population：不随机查询可能真实存在的身份号码',
      'production and no fixtures.absent.population in the ICS: the harness does not query possibly real people at random',
    );
  }
  return undefined;
}

const unknownQueryTest: TestDef = {
  id: 'query.unknown',
  title: t('查询格式正确但不存在的身份号码返回 404 / 40402', 'Query with a well-formed unknown ID gets 404 / 40402'),
  requirements: ['EIP-POP-007'],
  readsPersonalData: true,
  requests: 1,
  skipReason: needUnknownId,
  async run(ctx) {
    const idNumber = unknownPersonId(ctx.target) as string;
    const res = await sendRefused(ctx, { method: 'POST', path: POP_QUERY, body: { idNumber } });
    await masked(ctx, () => expectError(res, 404, '40402'));
  },
};

/** data's shape without its values (a leaked record must not reach the message): {"match": true, +record}. */
function shape(data: unknown): string {
  if (!isObject(data)) return brief(data === undefined ? null : typeof data);
  const extra = Object.keys(data).filter((k) => k !== 'match');
  return `{"match": ${typeof data.match === 'boolean' ? String(data.match) : brief(typeof data.match)}${extra.map((k) => `, +${k}`).join('')}}`;
}

/**
 * Verify with this body answers {"match": expected}. `nothingElse` (POP-008) also refuses other members;
 * the lower-case x test (POP-010) asks only that the number is accepted and matched.
 */
async function verifyMatch(ctx: TestContext, body: { idNumber: string; name: string }, expected: boolean, what: Text, nothingElse = true): Promise<void> {
  const res = await sendData(ctx, { method: 'POST', path: POP_VERIFY, body });
  await masked(ctx, () => {
    const data = expectOk(res);
    const violations = nothingElse ? ctx.schemas.validate('person-verify-result', data) : [];
    if (violations.length > 0 || !isObject(data) || data.match !== expected) {
      const detail = violations.map((v) => `${v.path || '/'} ${v.message.en}`).join('; ');
      const rest = nothingElse ? t(' 且无其他成员', ' and nothing else') : t('', '');
      fail(
        t(
          `${where(res)}（${what.zh}）：data 应为 {"match": ${expected}}${rest.zh}，实际为 ${shape(data)}${detail ? '（' + detail + '）' : ''}`,
          `${where(res)} (${what.en}): data should be {"match": ${expected}}${rest.en}, got ${shape(data)}${detail ? ' (' + detail + ')' : ''}`,
        ),
      );
    }
  });
}

const verifyTests: TestDef[] = [
  {
    id: 'verify.match',
    title: t('姓名正确时核验返回 {match: true}', 'Verify with the right name returns {match: true}'),
    requirements: ['EIP-POP-008'],
    readsPersonalData: true,
    requests: 1,
    skipReason: noFixture,
    async run(ctx) {
      const p = firstPerson(ctx);
      await verifyMatch(ctx, { idNumber: p.idNumber, name: p.name }, true, t('姓名正确', 'right name'));
    },
  },
  {
    id: 'verify.mismatch',
    title: t('姓名错误时核验返回 {match: false}', 'Verify with a wrong name returns {match: false}'),
    requirements: ['EIP-POP-008'],
    readsPersonalData: true,
    requests: 1,
    skipReason: noFixture,
    async run(ctx) {
      const p = firstPerson(ctx);
      await verifyMatch(ctx, { idNumber: p.idNumber, name: otherName(p.name) }, false, t('姓名错误', 'wrong name'));
    },
  },
  {
    id: 'verify.unknown',
    title: t('未知身份号码核验返回 {match: false} 而非 404', 'Verify with an unknown ID returns {match: false}, not 404'),
    requirements: ['EIP-POP-008'],
    readsPersonalData: true,
    requests: 1,
    skipReason: (target) => needUnknownId(target) ?? noFixture(target),
    async run(ctx) {
      const p = firstPerson(ctx);
      await verifyMatch(ctx, { idNumber: unknownPersonId(ctx.target) as string, name: p.name }, false, t('未知号码', 'unknown ID'));
    },
  },
];

/** Queries a variant form of a fixture's number and expects the record under the normalised number. */
async function expectNormalisedRecord(ctx: TestContext, sent: string, expected: string): Promise<void> {
  const res = await sendData(ctx, { method: 'POST', path: POP_QUERY, body: { idNumber: sent } });
  await masked(ctx, () => {
    const data = expectOk(res);
    const got = isObject(data) ? data.idNumber : undefined;
    if (got !== expected) {
      fail(
        t(
          `${where(res)}：以 ${maskIdNumber(sent)} 查询，/data/idNumber 应为 ${maskIdNumber(expected)}，实际为 ${typeof got === 'string' ? maskIdNumber(got) : brief(got)}`,
          `${where(res)}: queried as ${maskIdNumber(sent)}, /data/idNumber should be ${maskIdNumber(expected)}, got ${typeof got === 'string' ? maskIdNumber(got) : brief(got)}`,
        ),
      );
    }
  });
}

const legacyFixture = (target: Target) => target.fixtures.population?.find((p) => legacyForm(p.idNumber) !== undefined);
const lowerXFixture = (target: Target) => target.fixtures.population?.find((p) => /^\d{17}[Xx]$/.test(p.idNumber));

const legacyTest: TestDef = {
  id: 'query.legacy-15',
  title: t('接受 15 位旧号码并以 18 位形式应答', 'A 15-digit legacy ID is accepted and answered with the 18-digit form'),
  requirements: ['EIP-POP-009'],
  readsPersonalData: true,
  requests: 1,
  skipReason: (target) =>
    noFixture(target) ?? (legacyFixture(target) ? undefined : t('没有 20 世纪出生的人口样例，无法构造 15 位旧号码', 'no population fixture born in the 1900s to derive a 15-digit legacy number from')),
  async run(ctx) {
    const p = legacyFixture(ctx.target) as { idNumber: string };
    await expectNormalisedRecord(ctx, legacyForm(p.idNumber) as string, p.idNumber.toUpperCase());
  },
};

const lowerXTest: TestDef = {
  id: 'query.lowercase-x',
  title: t('小写 x 校验码按 X 接受（查询与核验）', 'A lower-case x check character is accepted as X (query and verify)'),
  requirements: ['EIP-POP-010'],
  readsPersonalData: true,
  requests: 2,
  skipReason: (target) => noFixture(target) ?? (lowerXFixture(target) ? undefined : t('没有以 X 结尾的人口样例', 'no population fixture whose number ends in X')),
  async run(ctx) {
    const p = lowerXFixture(ctx.target) as { idNumber: string; name: string };
    const lower = p.idNumber.slice(0, 17) + 'x';
    await expectNormalisedRecord(ctx, lower, p.idNumber.toUpperCase());
    await verifyMatch(ctx, { idNumber: lower, name: p.name }, true, t('小写 x', 'lower-case x'), false);
  },
};

const suite: SuiteModule = {
  class: 'POP',
  title: t('人口基础信息', 'Population basic information'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [
    schemaTest,
    recordRuleTest('record.id-number', 'EIP-POP-002', t('idNumber 通过 GB 11643 校验且等于查询号码', 'idNumber passes the GB 11643 check and equals the queried number')),
    recordRuleTest('record.birth-date', 'EIP-POP-003', t('birthDate 等于身份号码第 7–14 位', 'birthDate equals ID digits 7–14')),
    recordRuleTest('record.sex', 'EIP-POP-004', t('sex 与身份号码第 17 位奇偶一致', 'sex agrees with the parity of ID digit 17')),
    recordRuleTest('record.ethnicity', 'EIP-POP-005', t('ethnicity 属于 GB/T 3304 代码表', 'ethnicity is in the GB/T 3304 table')),
    recordRuleTest('record.division', 'EIP-POP-006', t('住址与出生地区划代码为 GB/T 2260 代码', 'residence and birthplace division codes are GB/T 2260 codes')),
    invalidIdTest('query', 'length'),
    invalidIdTest('query', 'characters'),
    invalidIdTest('query', 'check'),
    invalidIdTest('verify', 'length'),
    invalidIdTest('verify', 'characters'),
    invalidIdTest('verify', 'check'),
    unknownQueryTest,
    ...verifyTests,
    legacyTest,
    lowerXTest,
  ],
};
export default suite;
