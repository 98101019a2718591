// Small named checks over one response (after Schemathesis' checks): each returns what is wrong, or undefined.
import { t, type Text } from '../../src/i18n/text.js';
import type { GxResponse } from '../../src/engine/suite-api.js';
import { where } from './expect.js';

/** EIP §12. */
export const ERROR_CODES: Readonly<Record<string, number>> = {
  '40001': 400, '40002': 400, '40003': 400, '40004': 400, '40005': 400, '40006': 400, '40007': 400,
  '40101': 401, '40102': 401, '40103': 401, '40104': 401, '40105': 401, '40106': 401,
  '40301': 403, '40302': 403, '40303': 403,
  '40400': 404, '40401': 404, '40402': 404, '40403': 404,
  '40901': 409, '41301': 413, '42901': 429, '50001': 500, '50401': 504, '50801': 508,
};

/** RFC 3339 date-time with an explicit offset. 'Z' is RFC 3339's own offset for UTC, so it is accepted. */
export const RFC3339_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isRfc3339DateTime(v: unknown): boolean {
  return typeof v === 'string' && RFC3339_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v));
}
export function isIsoDate(v: unknown): boolean {
  return typeof v === 'string' && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v + 'T00:00:00Z'));
}

/** CORE-001: a JSON body comes as application/json, charset (if any) utf-8. */
export function contentTypeProblem(res: GxResponse): Text | undefined {
  if (res.json === undefined) return undefined;
  const ct = res.headers['content-type'];
  const [type, ...params] = (ct ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (type === 'application/json' && (charset === undefined || charset === 'utf-8')) return undefined;
  const came = ct === undefined ? t('（无）', '(none)') : t(ct, ct);
  return t(`${where(res)}：Content-Type 应为 application/json（charset 若有须为 utf-8），实际为 ${came.zh}`, `${where(res)}: Content-Type should be application/json (charset, if any, utf-8), got ${came.en}`);
}

/** CORE-002: the {code, message, requestId, data} envelope. */
export function envelopeProblem(res: GxResponse): Text | undefined {
  const body = res.json;
  const at = where(res);
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    const excerpt = res.text.replace(/\s+/g, ' ').slice(0, 80);
    return t(`${at}：响应体应为 JSON 信封对象，实际为「${excerpt}」`, `${at}: the body should be a JSON envelope object, got "${excerpt}"`);
  }
  const env = body as Record<string, unknown>;
  const bad = (path: string, zh: string, en: string) => t(`${at}：${path} ${zh}，实际为 ${JSON.stringify(env[path.slice(1)])}`, `${at}: ${path} ${en}, got ${JSON.stringify(env[path.slice(1)])}`);
  if (typeof env.code !== 'string') return bad('/code', '应为字符串', 'should be a string');
  if (env.code !== '0' && !(env.code in ERROR_CODES)) return bad('/code', '应为 "0" 或 §12 中的错误码', 'should be "0" or an error code of §12');
  if (typeof env.message !== 'string' || env.message.length === 0) return bad('/message', '应为非空字符串', 'should be a non-empty string');
  if (typeof env.requestId !== 'string') return bad('/requestId', '应为字符串', 'should be a string');
  if (!('data' in env)) return t(`${at}：缺少 /data 成员`, `${at}: the /data member is missing`);
  if (env.code !== '0' && env.data !== null) return bad('/data', '在错误响应中应为 null', 'should be null in an error answer');
  return undefined;
}

/** CORE-003: "0" with 2xx; an error code's first three digits are the status. Undefined when there is no envelope code to judge. */
export function statusCodeProblem(res: GxResponse): Text | undefined {
  const code = (res.json as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  const ok = code === '0' ? res.status >= 200 && res.status < 300 : /^\d{5}$/.test(code) && Number(code.slice(0, 3)) === res.status;
  if (ok) return undefined;
  const want = code === '0' ? '2xx' : code.slice(0, 3);
  return t(`${where(res)}：code "${code}" 对应的 HTTP 状态应为 ${want}，实际为 ${res.status}`, `${where(res)}: code "${code}" should come with HTTP ${want}, got ${res.status}`);
}

// Stack frames and exception texts of common server stacks (JS, Java, Python, .NET, PHP, Go, SQL drivers).
const STACK_PATTERNS: RegExp[] = [
  /\bat (?:[\w$.<>[\]]+ )?\(?(?:file:\/\/)?[^\s()]*(?:\.(?:m?js|cjs|ts|tsx)|node:[\w/]+):\d+:\d+\)?/,
  /\bat [\w$.]+\([\w$]+\.(java|kt|scala):\d+\)/,
  /Traceback \(most recent call last\)/,
  /\bFile "[^"]+", line \d+/,
  /\b(?:java|javax|org\.springframework|com\.mysql|System)\.[\w.]*(?:Exception|Error)\b/,
  /\b(?:NullPointerException|IllegalArgumentException|IllegalStateException|ClassCastException|NullReferenceException)\b/,
  /\b(?:TypeError|ReferenceError|RangeError|SyntaxError): /,
  /\bgoroutine \d+ \[running\]/,
  /\bPHP (?:Fatal error|Warning|Notice)\b/,
  /\bSQLSTATE\[|\bORA-\d{5}\b/,
];

/** CORE-009: an error answer carries no stack trace or internal exception text. */
export function stackTraceProblem(res: GxResponse): Text | undefined {
  if (res.status < 400) return undefined;
  const hit = STACK_PATTERNS.map((p) => p.exec(res.text)).find((m) => m !== null);
  if (!hit) return undefined;
  const excerpt = hit[0].trim().slice(0, 80);
  return t(`${where(res)}：错误响应不应包含堆栈或内部异常信息，发现「${excerpt}」`, `${where(res)}: an error answer should carry no stack trace or internal exception text, found "${excerpt}"`);
}

/** Joins several problems into one message (at most `max`, then a count). */
export function joinProblems(problems: Text[], max = 5): Text {
  const shown = problems.slice(0, max);
  const more = problems.length - shown.length;
  return t(shown.map((p) => p.zh).join('；') + (more > 0 ? `；另有 ${more} 处` : ''), shown.map((p) => p.en).join('; ') + (more > 0 ? `; and ${more} more` : ''));
}
