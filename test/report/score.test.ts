import { expect } from 'chai';
import { isNotApplicable, ruleIdOf, scoreTarget } from '../../src/engine/score.js';
import type { Outcome, ResultRecord } from '../../src/engine/types.js';
import type { ConformanceClass, Level, Requirement } from '../../src/spec/registry-types.js';
import type { Text } from '../../src/i18n/text.js';

function req(id: string, level: Level): [string, Requirement] {
  const cls = /^EIP-([A-Z]+)-/.exec(id)![1] as ConformanceClass;
  return [id, { id, class: cls, level, title: { zh: id, en: id }, clause: 'EIP 1.0' }];
}

// CORE-001..010 MUST, CORE-011..020 SHOULD, SEC-001..003 MUST, QOS-001..002 SHOULD.
const registry = new Map<string, Requirement>([
  ...Array.from({ length: 10 }, (_, i) => req(`EIP-CORE-${String(i + 1).padStart(3, '0')}`, 'MUST')),
  ...Array.from({ length: 10 }, (_, i) => req(`EIP-CORE-${String(i + 11).padStart(3, '0')}`, 'SHOULD')),
  req('EIP-SEC-001', 'MUST'),
  req('EIP-SEC-002', 'MUST'),
  req('EIP-SEC-003', 'MUST'),
  req('EIP-SEC-003.b', 'MUST'),
  req('EIP-QOS-001', 'SHOULD'),
  req('EIP-QOS-002', 'SHOULD'),
  req('EIP-OPEN-001', 'MAY'),
]);

let seq = 0;
function result(requirements: string[], outcome: Outcome, message?: Text, extra: Partial<ResultRecord> = {}): ResultRecord {
  const cls = /^EIP-([A-Z]+)-/.exec(requirements[0])![1];
  seq += 1;
  return {
    type: 'result',
    runId: 'run-1',
    target: 't1',
    test: `${cls}.test-${seq}`,
    title: { zh: '测试', en: 'test' },
    class: cls,
    requirements,
    outcome,
    message,
    startedAt: '2026-01-01T00:00:00Z',
    durationMs: 1,
    evidence: [],
    ...extra,
  };
}

const core = (n: number) => `EIP-CORE-${String(n).padStart(3, '0')}`;
/** MUST rules CORE-001..mustTotal with the first mustPassed passing, the rest failing; same for SHOULD. */
function coreCase(mustPassed: number, mustTotal: number, shouldPassed: number, shouldTotal: number): ResultRecord[] {
  const out: ResultRecord[] = [];
  for (let i = 1; i <= mustTotal; i++) out.push(result([core(i)], i <= mustPassed ? 'pass' : 'fail'));
  for (let i = 1; i <= shouldTotal; i++) out.push(result([core(10 + i)], i <= shouldPassed ? 'pass' : 'warn'));
  return out;
}

describe('scoreTarget', () => {
  it('rolls finer IDs up into their rule, which takes the worst outcome of its tests', () => {
    expect(ruleIdOf('EIP-SEC-003.b')).to.equal('EIP-SEC-003');
    const s = scoreTarget(
      [result(['EIP-SEC-003.a'], 'pass'), result(['EIP-SEC-003.b'], 'fail', { zh: '签名错误', en: 'bad signature' }), result(['EIP-SEC-003'], 'pass')],
      registry,
      ['SEC'],
    );
    expect(s.rules).to.have.length(1);
    expect(s.rules[0].id).to.equal('EIP-SEC-003');
    expect(s.rules[0].outcome).to.equal('fail');
    expect(s.rules[0].finerIds).to.deep.equal(['EIP-SEC-003.a', 'EIP-SEC-003.b']);
    expect(s.rules[0].tests).to.have.length(3);
    expect(s.rules[0].message?.en).to.equal('bad signature');
  });

  it('orders outcomes fail > error > skip > pass', () => {
    const s = scoreTarget(
      [
        result(['EIP-SEC-001'], 'pass'),
        result(['EIP-SEC-001'], 'skip', { zh: '缺少夹具', en: 'fixture missing' }),
        result(['EIP-SEC-002'], 'skip', { zh: '缺少夹具', en: 'fixture missing' }),
        result(['EIP-SEC-002'], 'error'),
        result(['EIP-SEC-003'], 'error'),
        result(['EIP-SEC-003'], 'fail'),
        result(['EIP-SEC-003'], 'pass'),
      ],
      registry,
      ['SEC'],
    );
    expect(s.rules.map((r) => [r.id, r.outcome])).to.deep.equal([
      ['EIP-SEC-001', 'skip'],
      ['EIP-SEC-002', 'error'],
      ['EIP-SEC-003', 'fail'],
    ]);
    expect(s.classes[0].verdict).to.equal('not-conformant');
  });

  it('makes a broken SHOULD rule a warn, and a warn on a MUST rule a pass with a warning', () => {
    const s = scoreTarget([result(['EIP-CORE-011'], 'fail'), result(['EIP-CORE-001'], 'warn')], registry, ['CORE']);
    const byId = new Map(s.rules.map((r) => [r.id, r]));
    expect(byId.get('EIP-CORE-011')!.outcome).to.equal('warn');
    expect(byId.get('EIP-CORE-001')!.outcome).to.equal('pass');
    expect(byId.get('EIP-CORE-001')!.warned).to.equal(true);
    expect(s.classes[0].verdict).to.equal('conformant');
    expect(s.conformant).to.equal(true);
    // SHOULD 0 of 1: conformant but below 90 % of SHOULD → B; score (3×1 + 0) / (3×1 + 1) = 75.
    expect(s.grade).to.equal('B');
    expect(s.score).to.equal(75);
  });

  it('counts a waived rule as passed and lists it ("conformant with waivers")', () => {
    const waiver = { rule: 'EIP-SEC-002', reason: '改造中', approver: '张工', expires: '2099-01-01' };
    const s = scoreTarget([result(['EIP-SEC-001'], 'pass'), result(['EIP-SEC-002'], 'waived', undefined, { waiver })], registry, ['SEC']);
    expect(s.waived).to.deep.equal(['EIP-SEC-002']);
    expect(s.rules[1].waiver).to.deep.equal(waiver);
    expect(s.classes[0].verdict).to.equal('conformant');
    expect(s.classes[0].withWaivers).to.equal(true);
    expect(s.must).to.deep.equal({ passed: 2, assessed: 2 });
    expect(s.grade).to.equal('A');
    expect(s.score).to.equal(100);
    expect(s.conformant).to.equal(true);
  });

  it('lists rules skipped as not applicable and leaves them out of verdicts and score', () => {
    const na = { zh: '测试环境中不适用', en: 'not applicable in a test environment' };
    expect(isNotApplicable({ outcome: 'skip', notApplicable: true })).to.equal(true);
    // The flag, not the wording, decides: a missing fixture leaves the rule unassessed.
    expect(isNotApplicable({ outcome: 'skip' })).to.equal(false);
    const s = scoreTarget([result(['EIP-CORE-001'], 'pass'), result(['EIP-CORE-013'], 'skip', na, { notApplicable: true })], registry, ['CORE']);
    expect(s.notApplicable).to.deep.equal(['EIP-CORE-013']);
    expect(s.rules.map((r) => r.id)).to.deep.equal(['EIP-CORE-001']);
    expect(s.classes[0].verdict).to.equal('conformant');
    expect(s.classes[0].notApplicable).to.equal(1);
    expect(s.grade).to.equal('A');
  });

  it('gives not assessed when no MUST fails but one is error or skip, and then conformant is false for error', () => {
    const skipped = scoreTarget([result(['EIP-SEC-001'], 'pass'), result(['EIP-SEC-002'], 'skip', { zh: '无配额密钥', en: 'no quota key' })], registry, ['SEC']);
    expect(skipped.classes[0].verdict).to.equal('not-assessed');
    expect(skipped.conformant).to.equal(true);
    expect(skipped.grade).to.equal('C'); // 1 of 1 assessed MUST passed, but the class is not conformant
    const errored = scoreTarget([result(['EIP-SEC-001'], 'pass'), result(['EIP-SEC-002'], 'error')], registry, ['SEC']);
    expect(errored.classes[0].verdict).to.equal('not-assessed');
    expect(errored.conformant).to.equal(false);
  });

  it('gives a claimed class without results not assessed, and grade B at most', () => {
    const s = scoreTarget([result(['EIP-CORE-001'], 'pass')], registry, ['CORE', 'SEC']);
    expect(s.classes.map((c) => [c.class, c.verdict])).to.deep.equal([
      ['CORE', 'conformant'],
      ['SEC', 'not-assessed'],
    ]);
    expect(s.grade).to.equal('C');
  });

  describe('grade boundaries', () => {
    it('A at exactly 90 % of SHOULD rules passing', () => {
      const s = scoreTarget(coreCase(10, 10, 9, 10), registry, ['CORE']);
      expect(s.should).to.deep.equal({ passed: 9, assessed: 10 });
      expect(s.grade).to.equal('A');
      expect(s.score).to.equal(97.5); // (30 + 9) / 40
    });
    it('B just below 90 % of SHOULD rules (8 of 9 = 88.9 %)', () => {
      const s = scoreTarget(coreCase(10, 10, 8, 9), registry, ['CORE']);
      expect(s.grade).to.equal('B');
      expect(s.score).to.equal(97.4); // (30 + 8) / 39 = 97.43…, rounded down
    });
    it('A with no SHOULD rule assessed', () => {
      expect(scoreTarget(coreCase(3, 3, 0, 0), registry, ['CORE']).grade).to.equal('A');
    });
    it('C at exactly 80 % of assessed MUST rules passing', () => {
      const s = scoreTarget(coreCase(8, 10, 10, 10), registry, ['CORE']);
      expect(s.classes[0].verdict).to.equal('not-conformant');
      expect(s.conformant).to.equal(false);
      expect(s.grade).to.equal('C');
      expect(s.score).to.equal(85); // (24 + 10) / 40
    });
    it('D just below 80 % of assessed MUST rules (7 of 9 = 77.8 %)', () => {
      const s = scoreTarget(coreCase(7, 9, 0, 0), registry, ['CORE']);
      expect(s.grade).to.equal('D');
      expect(s.score).to.equal(77.7);
    });
    it('D with nothing assessed, score 0', () => {
      const s = scoreTarget(
        [result(['EIP-CORE-001'], 'error'), result(['EIP-CORE-002'], 'skip', { zh: '缺少夹具', en: 'fixture missing' })],
        registry,
        ['CORE'],
      );
      expect(s.grade).to.equal('D');
      expect(s.score).to.equal(0);
      expect(s.conformant).to.equal(false);
      expect(scoreTarget([], registry, ['CORE']).grade).to.equal('D');
    });
    it('skips and errors are not assessed: they leave the score untouched', () => {
      const s = scoreTarget([...coreCase(3, 4, 1, 2), result(['EIP-CORE-005'], 'error'), result(['EIP-CORE-015'], 'skip', { zh: '-', en: '-' })], registry, [
        'CORE',
      ]);
      expect(s.must).to.deep.equal({ passed: 3, assessed: 4 });
      expect(s.should).to.deep.equal({ passed: 1, assessed: 2 });
      expect(s.score).to.equal(71.4); // (9 + 1) / (12 + 2)
    });
  });

  it('counts rules by outcome per class, and test results as recorded', () => {
    const s = scoreTarget(
      [result(['EIP-SEC-001'], 'pass'), result(['EIP-SEC-001'], 'pass'), result(['EIP-SEC-002'], 'fail'), result(['EIP-QOS-001'], 'warn')],
      registry,
      ['SEC', 'QOS'],
    );
    const sec = s.classes.find((c) => c.class === 'SEC')!;
    expect(sec.rules.pass).to.equal(1);
    expect(sec.rules.fail).to.equal(1);
    expect(sec.tests.pass).to.equal(2);
    const qos = s.classes.find((c) => c.class === 'QOS')!;
    expect(qos.rules.warn).to.equal(1);
    expect(qos.verdict).to.equal('conformant');
  });

  it('treats a rule missing from the registry as MUST of the class its ID names', () => {
    const s = scoreTarget([result(['EIP-DOCK-099'], 'fail')], registry, ['DOCK']);
    expect(s.rules[0]).to.include({ id: 'EIP-DOCK-099', class: 'DOCK', level: 'MUST', unknown: true, outcome: 'fail' });
  });
});
