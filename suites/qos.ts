// QOS (EIP §9): measured service quality, all SHOULD; the figures go to ctx.shared 'qos' for the TargetEndRecord.
import { t } from '../src/i18n/text.js';
import { notAssessed, skip, warn, type GxResponse, type SuiteModule, type TestDef } from '../src/engine/suite-api.js';
import { dataRequest, findDataService } from './lib/sec-data-service.js';
import { latencySummary, probeHealth, probeTally, recordQos, runPool } from './lib/qos-measure.js';

const SAMPLES = 50;
const P95_LIMIT_MS = 500;
const PROBE_INTERVAL_MS = 500;
const EXTRA_PROBES = 10;

const tests: TestDef[] = [
  {
    id: 'latency',
    title: t(`按 ICS 并发度采样 ≥ ${SAMPLES} 次数据服务查询，p95 ≤ ${P95_LIMIT_MS} ms`, `p95 of ≥ ${SAMPLES} data-service queries at the ICS concurrency ≤ ${P95_LIMIT_MS} ms`),
    requirements: ['EIP-QOS-001'],
    readsPersonalData: true,
    requests: SAMPLES + 10,
    async run(ctx) {
      const remaining = ctx.target.limits.maxRequests - ctx.client.requestCount;
      if (remaining < SAMPLES + 10) return skip(t(`ICS 请求预算不足：剩余 ${remaining} 个，需要约 ${SAMPLES + 10} 个`, `not enough ICS request budget: ${remaining} left, about ${SAMPLES + 10} needed`));
      const found = await findDataService(ctx);
      if (!found.ok) return found.assessable ? skip(found.reason) : notAssessed(found.reason);
      const tally = probeTally(ctx);
      // Health probes during the measurement feed QOS-002.
      let running = true;
      const prober = (async () => {
        while (running) {
          await probeHealth(ctx.client, tally);
          await new Promise((r) => setTimeout(r, PROBE_INTERVAL_MS));
        }
      })();
      let answers: GxResponse[];
      try {
        answers = await runPool(SAMPLES, ctx.target.limits.concurrency, () => ctx.client.request(dataRequest(found.call)));
      } finally {
        running = false;
        await prober;
      }
      const ok = answers.filter((r) => r.status >= 200 && r.status < 300);
      const reused = answers.some((r) => r.connectionReused === true);
      if (reused) recordQos(ctx, { connectionReuse: true });
      if (ok.length < SAMPLES) {
        return notAssessed(t(`${SAMPLES} 次查询中只有 ${ok.length} 次成功，样本不足`, `only ${ok.length} of ${SAMPLES} queries succeeded; too few samples`));
      }
      const latencyMs = latencySummary(ok.map((r) => r.totalMs));
      recordQos(ctx, { latencyMs });
      const where = `${found.call.method} ${found.call.path}`;
      ctx.note(t(`${where}：p50 ${latencyMs.p50} ms，p95 ${latencyMs.p95} ms，p99 ${latencyMs.p99} ms（${latencyMs.samples} 个样本，并发 ${ctx.target.limits.concurrency}）`, `${where}: p50 ${latencyMs.p50} ms, p95 ${latencyMs.p95} ms, p99 ${latencyMs.p99} ms (${latencyMs.samples} samples, concurrency ${ctx.target.limits.concurrency})`));
      if (latencyMs.p95 > P95_LIMIT_MS) {
        warn(t(`${where}：p95 延迟应不超过 ${P95_LIMIT_MS} ms，实际为 ${latencyMs.p95} ms`, `${where}: p95 latency should be at most ${P95_LIMIT_MS} ms, got ${latencyMs.p95} ms`));
      }
    },
  },
  {
    id: 'availability',
    title: t('运行期间 ≥ 99% 的健康检查探测成功', '≥ 99 % of health probes during the run succeed'),
    requirements: ['EIP-QOS-002'],
    requests: EXTRA_PROBES,
    async run(ctx) {
      const tally = probeTally(ctx);
      for (let i = 0; i < EXTRA_PROBES; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 200));
        await probeHealth(ctx.client, tally);
      }
      const availability = tally.ok / tally.total;
      recordQos(ctx, { availability });
      const pct = Math.round(availability * 1000) / 10;
      ctx.note(t(`健康检查探测 ${tally.ok}/${tally.total} 成功（${pct}%）`, `health probes ${tally.ok}/${tally.total} succeeded (${pct} %)`));
      if (availability < 0.99) {
        warn(t(`GET /gx/v1/health：探测成功率应不低于 99%，实际为 ${pct}%（${tally.ok}/${tally.total}）`, `GET /gx/v1/health: at least 99 % of probes should succeed, got ${pct} % (${tally.ok}/${tally.total})`));
      }
    },
  },
  {
    id: 'connection-reuse',
    title: t('节点保持 HTTP 连接（观察到连接复用）', 'the node keeps HTTP connections alive (reuse observed)'),
    requirements: ['EIP-QOS-003'],
    requests: 3,
    async run(ctx) {
      const answers: GxResponse[] = [];
      for (let i = 0; i < 3; i++) answers.push(await ctx.client.request({ method: 'GET', path: '/gx/v1/health', as: 'unsigned' }));
      if (answers.every((r) => r.connectionReused === undefined)) return notAssessed(t('客户端未报告连接复用情况', 'the client did not report connection reuse'));
      const reused = answers.slice(1).some((r) => r.connectionReused === true) || (ctx.shared.get('qos') as { connectionReuse?: boolean } | undefined)?.connectionReuse === true;
      recordQos(ctx, { connectionReuse: reused });
      if (!reused) {
        const closing = answers.find((r) => r.headers['connection']?.toLowerCase() === 'close');
        warn(t(`GET /gx/v1/health：连续 3 个请求未复用连接${closing ? '（响应带 Connection: close）' : ''}`, `GET /gx/v1/health: 3 requests in a row reused no connection${closing ? ' (the answers carry Connection: close)' : ''}`));
      }
      ctx.note(t('观察到连接复用', 'connection reuse observed'));
    },
  },
];

const suite: SuiteModule = {
  class: 'QOS',
  title: t('服务质量：延迟、可用性、连接复用', 'Service quality: latency, availability, connection reuse'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests,
};
export default suite;
