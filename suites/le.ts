// LE — legal-entity basic information service (EIP 1.0 §6).
// One query per fixture, shared by the record tests; each test judges exactly one rule's findings
// (src/standards checkLegalEntityRecord).
import { t, type Text } from '../src/i18n/text.js';
import { notAssessed, skip, type GxResponse, type SuiteModule, type TestContext, type TestDef } from '../src/engine/suite-api.js';
import type { Target } from '../src/ics/types.js';
import { checkLegalEntityRecord } from '../src/standards/index.js';
import { expectError, where } from './lib/expect.js';
import { masked } from './lib/mask.js';
import { sendData, sendRefused } from './lib/pop-data-call.js';
import { findingsOf, judge, locateFindings, locateViolations, ownSchemaViolations, type Located, type RuleFinding } from './lib/pop-record-rules.js';
import { LE_QUERY, unknownUscc, usccWithBadCharacter, usccWithWrongCheck, usccWithWrongLength } from './lib/le-fixtures.js';

const noFixture = (target: Target): Text | undefined =>
  target.fixtures.legalEntity?.length ? undefined : t('ICS 未提供 fixtures.legalEntity（测试租户上存在的法人样例）', 'the ICS gives no fixtures.legalEntity (legal entities that exist on the test tenant)');
const fixtureCount = (target: Target): number => target.fixtures.legalEntity?.length ?? 0;

interface EntityAnswer {
  uscc: string;
  res: GxResponse;
  record?: unknown;
}

function entityAnswers(ctx: TestContext): Promise<EntityAnswer[]> {
  const key = 'le.answers';
  let pending = ctx.shared.get(key) as Promise<EntityAnswer[]> | undefined;
  if (!pending) {
    pending = (async () => {
      const out: EntityAnswer[] = [];
      for (const e of ctx.target.fixtures.legalEntity ?? []) {
        const res = await sendData(ctx, { method: 'POST', path: LE_QUERY, body: { uscc: e.uscc } });
        const ok = res.status >= 200 && res.status < 300 && res.envelope?.code === '0';
        out.push({ uscc: e.uscc, res, ...(ok ? { record: res.envelope?.data } : {}) });
      }
      return out;
    })();
    pending.catch(() => ctx.shared.delete(key));
    ctx.shared.set(key, pending);
  }
  return pending;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const schemaTest: TestDef = {
  id: 'query.schema',
  title: t('法人查询返回符合 LegalEntityRecord 的记录', 'Legal-entity query returns a record that validates as LegalEntityRecord'),
  requirements: ['EIP-LE-001'],
  requests: fixtureCount,
  skipReason: noFixture,
  async run(ctx) {
    const problems: Located[] = [];
    for (const a of await entityAnswers(ctx)) {
      const at = `${where(a.res)} (${a.uscc})`;
      if (a.record === undefined) {
        const env = a.res.envelope;
        const came = env ? `${a.res.status} / ${env.code}` : `${a.res.status}`;
        problems.push({ where: at, path: '', severity: 'error', message: t(`应成功返回记录（2xx / 0），实际为 ${came}`, `expected a record (2xx / 0), got ${came}`) });
        continue;
      }
      const violations = locateViolations(`${at} data`, ownSchemaViolations(ctx, 'legal-entity-record', a.record));
      const findings = locateFindings(`${at} data`, findingsOf(checkLegalEntityRecord(a.record, { now: ctx.now() }) as RuleFinding[], 'EIP-LE-001'));
      problems.push(...violations, ...findings.filter((f) => !violations.some((v) => v.path === f.path)));
    }
    judge(ctx, problems, 'EIP-LE-001');
  },
};

function recordRuleTest(id: string, rule: string, title: Text): TestDef {
  return {
    id,
    title,
    requirements: [rule],
    requests: 0, // judges the fixture queries query.schema sent
    skipReason: noFixture,
    async run(ctx) {
      const answers = (await entityAnswers(ctx)).filter((a) => isObject(a.record));
      if (answers.length === 0) notAssessed(t('样例法人查询均未返回记录，无法判断（见 EIP-LE-001）', 'no fixture query returned a record; cannot assess (see EIP-LE-001)'));
      const problems: Located[] = [];
      for (const a of answers) {
        const findings = checkLegalEntityRecord(a.record, { queried: a.uscc, now: ctx.now() }) as RuleFinding[];
        problems.push(...locateFindings(`${where(a.res)} (${a.uscc}) data`, findingsOf(findings, rule)));
      }
      judge(ctx, problems, rule);
    },
  };
}

function invalidUsccTest(kind: 'check' | 'characters' | 'length'): TestDef {
  const make = { check: usccWithWrongCheck, characters: usccWithBadCharacter, length: usccWithWrongLength }[kind];
  const what = {
    check: t('校验码错误', 'with a wrong check character'),
    characters: t('含字符集以外字符', 'with a character outside the alphabet'),
    length: t('长度错误', 'of the wrong length'),
  }[kind];
  return {
    id: `query.invalid.${kind}`,
    title: t(`查询${what.zh}的统一社会信用代码返回 400 / 40004`, `Query with a USCC ${what.en} gets 400 / 40004`),
    requirements: ['EIP-LE-005'],
    requests: 1,
    skipReason: noFixture,
    async run(ctx) {
      const base = ctx.target.fixtures.legalEntity?.[0]?.uscc.toUpperCase() ?? skip(noFixture(ctx.target) as Text);
      const res = await sendRefused(ctx, { method: 'POST', path: LE_QUERY, body: { uscc: make(base) } });
      await masked(ctx, () => expectError(res, 400, '40004'));
    },
  };
}

const unknownTest: TestDef = {
  id: 'query.unknown',
  title: t('查询有效但不存在的统一社会信用代码返回 404 / 40402', 'Query with a valid unknown USCC gets 404 / 40402'),
  requirements: ['EIP-LE-005'],
  requests: 1,
  skipReason: (target) =>
    unknownUscc(target) !== undefined
      ? undefined
      : (noFixture(target) ?? t('生产环境且 ICS 未提供 fixtures.absent.legalEntity：不随机查询可能真实存在的单位', 'production and no fixtures.absent.legalEntity in the ICS: the harness does not query possibly real organisations at random')),
  async run(ctx) {
    const res = await sendRefused(ctx, { method: 'POST', path: LE_QUERY, body: { uscc: unknownUscc(ctx.target) as string } });
    await masked(ctx, () => expectError(res, 404, '40402'));
  },
};

const suite: SuiteModule = {
  class: 'LE',
  title: t('法人单位基础信息', 'Legal-entity basic information'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [
    schemaTest,
    recordRuleTest('record.uscc', 'EIP-LE-002', t('uscc 有效且等于查询代码', 'uscc is valid and equals the queried code')),
    recordRuleTest('record.division', 'EIP-LE-003', t('USCC 第 3–8 位与 divisionCode 为 GB/T 2260 代码', 'USCC digits 3–8 and divisionCode are GB/T 2260 codes')),
    recordRuleTest('record.capital', 'EIP-LE-004', t('注册资本币种为 ISO 4217 代码且金额 ≥ 0', 'registered capital: ISO 4217 currency and amount ≥ 0')),
    recordRuleTest('record.dates', 'EIP-LE-006', t('establishedOn 不在未来且不晚于 updatedAt', 'establishedOn is not in the future and not after updatedAt')),
    invalidUsccTest('check'),
    invalidUsccTest('characters'),
    invalidUsccTest('length'),
    unknownTest,
  ],
};
export default suite;
