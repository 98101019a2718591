// Date formats of EIP §2 (CORE-005), in China Standard Time (+08:00, no daylight saving).
const CST_OFFSET_MS = 8 * 3600_000;

/** RFC 3339 date-time with the +08:00 offset, second precision: 2026-12-04T10:00:00+08:00. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000 + CST_OFFSET_MS).toISOString().slice(0, 19) + '+08:00';
}

/** YYYY-MM-DD in Asia/Shanghai. */
export function dateOnly(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

export const DAY_MS = 86_400_000;

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** Parses an RFC 3339 date-time with an explicit offset; undefined when it is not one. */
export function parseRfc3339(value: string): number | undefined {
  if (!RFC3339.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
