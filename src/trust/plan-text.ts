// The human-readable plan: per target, per class, each test with its request count and what it touches.
import { pick, t, type Lang } from '../i18n/text.js';
import type { PlanView, TargetPlanView } from './plan.js';

export function formatPlan(plan: PlanView, lang: Lang): string {
  const say = (zh: string, en: string): string => pick(t(zh, en), lang);
  const out: string[] = [];
  out.push(say(`govx ${plan.harnessVersion} 运行计划（EIP ${plan.profileVersion}）：不发送任何请求`, `govx ${plan.harnessVersion} run plan (EIP ${plan.profileVersion}): nothing is sent`) + (plan.probed ? say('（健康检查除外）', ' (health checks excepted)') : ''));
  out.push(say('标记：W 写入数据  P 读取个人数据  ⊘ 跳过', 'marks: W writes data  P reads personal data  ⊘ skipped'));
  for (const target of plan.targets) out.push('', ...formatTarget(target, lang));
  out.push('');
  out.push(say(`合计：${plan.targets.length} 个目标，预计 ${plan.totalRequests} 个请求`, `total: ${plan.targets.length} target(s), about ${plan.totalRequests} requests`));
  if (plan.narrowed) {
    out.push(say('注意：已用 --classes/--grep 缩小范围；共享读取（目录遍历、样例数据查询）计在首个需要它的测试上，未选中该测试时实际请求可能更多', 'note: --classes/--grep narrowed the selection; shared reads (catalog walk, fixture queries) are counted at the first test that needs them, so more requests may be sent when that test is not selected'));
  }
  if (!plan.probed) {
    out.push(say('注意：未探测健康检查（--probe）；仅在健康检查中声明的类未计入', 'note: health was not probed (--probe); classes claimed only in health are not included'));
  }
  return out.join('\n') + '\n';
}

function formatTarget(target: TargetPlanView, lang: Lang): string[] {
  const say = (zh: string, en: string): string => pick(t(zh, en), lang);
  const out: string[] = [];
  out.push(`${target.id}  ${target.name}  ${target.role}  ${target.environment}  ${target.baseUrl}`);
  const claimed = target.claimedHealth
    ? say(`ICS 声明 ${target.claimedIcs.join(',') || '—'}；健康检查声明 ${target.claimedHealth.join(',') || '—'}`, `ICS claims ${target.claimedIcs.join(',') || '—'}; health claims ${target.claimedHealth.join(',') || '—'}`)
    : say(`ICS 声明 ${target.claimedIcs.join(',') || '—'}`, `ICS claims ${target.claimedIcs.join(',') || '—'}`);
  out.push(say(`  声明的类：${claimed}；计划测试的类：${target.classes.join(',')}`, `  classes: ${claimed}; planned: ${target.classes.join(',')}`));
  if (target.probe) {
    out.push(
      target.probe.problem
        ? `  ${pick(target.probe.problem, lang)}`
        : say(`  时钟偏差：目标比本机 ${signed(target.probe.clockOffsetMs)} 毫秒`, `  clock offset: target minus ours ${signed(target.probe.clockOffsetMs)} ms`),
    );
  }
  const l = target.limits;
  const quota = target.quota ? say(`；限额密钥每秒 ${target.quota.perSecond} 次（SEC-013 以两倍速率短暂突发）`, `; quota key ${target.quota.perSecond}/s (SEC-013 bursts briefly at twice that)`) : '';
  out.push(say(`  限制：每秒 ${l.rps} 个请求，并发 ${l.concurrency}，请求预算 ${l.maxRequests}${quota}`, `  limits: ${l.rps} requests/s, concurrency ${l.concurrency}, request budget ${l.maxRequests}${quota}`));
  out.push(target.allowWrites ? say('  写入：ICS 允许（allowWrites: true）', '  writes: allowed by the ICS (allowWrites: true)') : say('  写入：不允许，写入测试将跳过', '  writes: not allowed; tests that write are skipped'));
  const c = target.counts;
  out.push(say(`  测试：执行 ${c.run} 项，跳过 ${c.skip} 项；其中 ${c.writes} 项写入，${c.readsPersonalData} 项读取个人数据`, `  tests: ${c.run} run, ${c.skip} skipped; ${c.writes} write, ${c.readsPersonalData} read personal data`));
  let current = '';
  for (const test of target.tests) {
    if (test.class !== current) {
      current = test.class;
      const ofClass = target.tests.filter((x) => x.class === current && x.runs);
      out.push(say(`  ${current}（${ofClass.length} 项，约 ${ofClass.reduce((s, x) => s + x.requests, 0)} 个请求）`, `  ${current} (${ofClass.length} tests, about ${ofClass.reduce((s, x) => s + x.requests, 0)} requests)`));
    }
    const marks = `${test.writes ? 'W' : ' '}${test.readsPersonalData ? 'P' : ' '}`;
    if (test.runs) {
      out.push(`    ${marks} ${test.id}  ${say(`${test.requests} 个请求`, `${test.requests} req`)}  [${test.requirements.join(', ')}]  ${pick(test.title, lang)}`);
    } else {
      out.push(`    ${marks} ⊘ ${test.id}  ${say('跳过', 'skip')}: ${pick(test.skip, lang)}`);
    }
  }
  const budget = target.withinBudget
    ? say(`在预算 ${target.budget} 之内`, `within the budget of ${target.budget}`)
    : say(`超出预算 ${target.budget}：超出部分的测试将因预算用尽而无法评估`, `over the budget of ${target.budget}: tests past it will not be assessed (budget spent)`);
  out.push(
    say(
      `  预计请求：${target.estimatedRequests}（含健康检查 1 个），${budget}；按每秒 ${l.rps} 个至少需 ${target.minimumSeconds} 秒`,
      `  estimated requests: ${target.estimatedRequests} (health check included), ${budget}; at ${l.rps}/s at least ${target.minimumSeconds} s`,
    ),
  );
  return out;
}

function signed(n: number): string {
  return n >= 0 ? `+${n}` : String(n);
}
