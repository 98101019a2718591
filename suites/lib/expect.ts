// Assertions shared by the suites. Each failure says what was expected, what came, and where.
import { t } from '../../src/i18n/text.js';
import { fail, type GxResponse } from '../../src/engine/suite-api.js';

/** "POST /gx/v1/population/query" — names the operation in messages. */
export function where(res: GxResponse): string {
  return `${res.wire.method} ${res.wire.path}${res.wire.rawQuery ? '?' + res.wire.rawQuery : ''}`;
}

function shortBody(res: GxResponse): string {
  const text = res.text.replace(/\s+/g, ' ');
  return text.length > 160 ? text.slice(0, 160) + '…' : text;
}

/** Expects an error answer with this HTTP status and envelope code. */
export function expectError(res: GxResponse, status: number, code: string | string[]): void {
  const codes = Array.isArray(code) ? code : [code];
  const got = res.envelope?.code;
  if (res.status === status && got !== undefined && codes.includes(got)) return;
  const want = codes.map((c) => `${status} / ${c}`).join(t(' 或 ', ' or ').en);
  const came = got !== undefined ? `${res.status} / ${got}` : `${res.status} ${t('（无信封）', '(no envelope)').en} ${shortBody(res)}`;
  fail(t(`${where(res)}：应返回 ${want}，实际为 ${came}`, `${where(res)}: expected ${want}, got ${came}`));
}

/** Expects one of several acceptable (status, code) answers. */
export function expectOneOf(res: GxResponse, answers: [number, string][]): void {
  if (answers.some(([s, c]) => res.status === s && res.envelope?.code === c)) return;
  const want = answers.map(([s, c]) => `${s} / ${c}`).join(' | ');
  const came = res.envelope ? `${res.status} / ${res.envelope.code}` : `${res.status} ${shortBody(res)}`;
  fail(t(`${where(res)}：应返回 ${want}，实际为 ${came}`, `${where(res)}: expected ${want}, got ${came}`));
}

/** Expects success (2xx with code "0") and returns `data`. */
export function expectOk(res: GxResponse, status?: number): unknown {
  const okStatus = status === undefined ? res.status >= 200 && res.status < 300 : res.status === status;
  if (okStatus && res.envelope?.code === '0') return res.envelope.data;
  const want = status === undefined ? '2xx / 0' : `${status} / 0`;
  const came = res.envelope ? `${res.status} / ${res.envelope.code} (${res.envelope.message})` : `${res.status} ${shortBody(res)}`;
  return fail(t(`${where(res)}：应成功（${want}），实际为 ${came}`, `${where(res)}: expected success (${want}), got ${came}`));
}
