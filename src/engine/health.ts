// GET /gx/v1/health, once per target before its tests: the classes it claims, its role, and the
// clock offset every signed timestamp and date rule is judged against.
import { t, type Text } from '../i18n/text.js';
import type { TargetClient } from '../http/client.js';
import { TransportError, type HealthData } from './suite-api.js';

export interface HealthResult {
  health?: HealthData;
  /** Target clock minus ours (ms), from health `time` at the midpoint of the exchange; 0 when unknown. */
  clockOffsetMs: number;
  /** Why nothing assessable came back (transport failure, no envelope): dependent tests are `error`. */
  problem?: Text;
}

export const HEALTH_PATH = '/gx/v1/health';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** Beyond CORE-011's ±60 s, the health `time` itself may be what is wrong (that is CORE-011's finding). */
const CONFIRM_BEYOND_MS = 60_000;

/**
 * Checks a large reported offset with one signed catalog read before every signed timestamp relies on it:
 * if the node refuses that timestamp (40103) but accepts our own clock, its health `time` is off, not its
 * signature clock, and the tests go on with offset 0 (CORE-011 still reports the skew).
 */
async function confirmOffset(client: TargetClient, reported: number): Promise<number> {
  if (Math.abs(reported) <= CONFIRM_BEYOND_MS) return reported;
  const probe = async (offset: number): Promise<string | undefined> => {
    client.clockOffsetMs = offset;
    try {
      const res = await client.request({ method: 'GET', path: '/gx/v1/catalog/resources', query: [['page', '1'], ['size', '1']], expectRefusal: true });
      return res.envelope?.code;
    } catch (err) {
      if (err instanceof TransportError) return undefined;
      throw err;
    }
  };
  try {
    if ((await probe(reported)) !== '40103') return reported;
    return (await probe(0)) === '0' ? 0 : reported;
  } finally {
    client.clockOffsetMs = 0;
  }
}

export async function fetchHealth(client: TargetClient): Promise<HealthResult> {
  const before = Date.now();
  try {
    const res = await client.request({ method: 'GET', path: HEALTH_PATH, as: 'unsigned' });
    const after = Date.now();
    if (!res.envelope) {
      const what = `${res.status} ${res.headers['content-type'] ?? ''}`.trim();
      return {
        clockOffsetMs: 0,
        problem: t(`健康检查 GET ${HEALTH_PATH} 未返回 EIP 信封（${what}），依赖它的测试无法评估`, `health check GET ${HEALTH_PATH} gave no EIP envelope (${what}); the tests that depend on it cannot be assessed`),
      };
    }
    const data = res.envelope.data;
    if (!data || typeof data !== 'object') return { clockOffsetMs: 0 };
    const d = data as Partial<HealthData>;
    const health: HealthData = {
      status: String(d.status ?? ''),
      role: String(d.role ?? ''),
      nodeId: String(d.nodeId ?? ''),
      profileVersion: String(d.profileVersion ?? ''),
      time: String(d.time ?? ''),
      conformance: Array.isArray(d.conformance) ? d.conformance.filter((c): c is string => typeof c === 'string') : [],
    };
    // Only an RFC 3339 time with an explicit offset says which instant it is: Date.parse would read a
    // time without one (a CORE-005 defect) as local time and skew every signed timestamp by hours.
    const theirs = WITH_OFFSET.test(health.time) ? Date.parse(health.time) : NaN;
    const reported = Number.isNaN(theirs) ? 0 : Math.round(theirs - (before + after) / 2);
    return { health, clockOffsetMs: await confirmOffset(client, reported) };
  } catch (err) {
    if (!(err instanceof TransportError)) throw err;
    return {
      clockOffsetMs: 0,
      problem: t(`健康检查失败，目标无法评估：${err.text.zh}`, `health check failed, the target cannot be assessed: ${err.text.en}`),
    };
  }
}
