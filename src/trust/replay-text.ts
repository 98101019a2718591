// Replay output: each exchange as the results record it (already redacted), then the recorded and the
// new outcome side by side.
import { pick, t, type Lang } from '../i18n/text.js';
import type { Evidence } from '../engine/types.js';
import type { ReplayResult } from './replay.js';

export function formatExchange(e: Evidence, index: number, lang: Lang): string {
  const out: string[] = [];
  out.push(`[${index}] → ${e.request.method} ${e.request.url}`);
  for (const [k, v] of Object.entries(e.request.headers)) out.push(`      ${k}: ${v}`);
  if (e.request.body !== undefined) out.push(`      ${e.request.body}`);
  if (e.response) {
    const ms = e.timings ? pick(t(`（${e.timings.totalMs} 毫秒）`, ` (${e.timings.totalMs} ms)`), lang) : '';
    out.push(`    ← ${e.response.status}${ms}`);
    for (const [k, v] of Object.entries(e.response.headers)) out.push(`      ${k}: ${v}`);
    if (e.response.body !== undefined) out.push(`      ${e.response.body}${e.response.truncated ? pick(t('（已截断）', ' (truncated)'), lang) : ''}`);
  } else if (e.transportError) {
    out.push(`    ✗ ${e.transportError}`);
  }
  return out.join('\n') + '\n';
}

export function formatHeader(testId: string, show: boolean, lang: Lang): string {
  return (
    (show
      ? pick(t(`govx replay ${testId}（--show：按 ICS 重新构造并签名，不发送；后续请求取决于应答，故只显示第一个）`, `govx replay ${testId} (--show: rebuilt from the ICS and signed afresh, not sent; later requests depend on the answers, so only the first is shown)`), lang)
      : pick(t(`govx replay ${testId}：按 ICS 重新构造请求并重新签名（新的 nonce 与时间戳）后发送`, `govx replay ${testId}: requests rebuilt from the ICS, signed afresh (new nonce and timestamp) and sent`), lang)) + '\n'
  );
}

export function formatVerdict(result: ReplayResult, lang: Lang): string {
  const say = (zh: string, en: string): string => pick(t(zh, en), lang);
  const line = (o: { outcome: string; message?: { zh: string; en: string } }): string => `${o.outcome}${o.message ? ` — ${pick(o.message, lang)}` : ''}`;
  const out: string[] = [];
  out.push(say(`目标 ${result.target}，测试 ${result.test}`, `target ${result.target}, test ${result.test}`));
  out.push(say(`  记录（运行 ${result.recorded.runId}）：${line(result.recorded)}`, `  recorded (run ${result.recorded.runId}): ${line(result.recorded)}`));
  if (result.replayed) {
    out.push(say(`  重放（运行 ${result.runId}）：${line(result.replayed)}`, `  replayed (run ${result.runId}): ${line(result.replayed)}`));
    out.push(result.reproduced ? say('  结果复现：与记录一致', '  reproduced: same outcome as recorded') : say('  结果不同：与记录不一致', '  differs: not the recorded outcome'));
  } else {
    out.push(say(`  未发送任何请求（--show）；User-Agent 中的运行号为 ${result.runId}`, `  nothing was sent (--show); the User-Agent names run ${result.runId}`));
  }
  return out.join('\n') + '\n';
}
