// Redaction at capture: nothing secret or personal reaches evidence, messages or any file.
// Secrets (every ICS secret value, signatures, approval tickets) are replaced outright; personal
// data is masked the way the design asks (ID numbers 110105********002X, names 张*, dates of
// birth 1949-**-**, addresses, phone numbers); binary bodies (certificate files) by hash only.
import { createHash } from 'node:crypto';
import type { Target } from '../ics/types.js';

export const REDACTED = '[redacted]';
/** Body excerpts in evidence are cut here (after redaction). */
export const BODY_EXCERPT_LIMIT = 4096;

const SECRET_HEADERS = new Set(['x-gx-signature', 'x-gx-approval', 'authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

// 18-character citizen ID numbers (and 15-digit first-generation ones), not inside a longer token.
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[0-9Xx])(?![0-9A-Za-z])|(?<![0-9A-Za-z])(\d{6})(\d{6})(\d{3})(?![0-9A-Za-z])/g;
// Mainland mobile numbers.
const MOBILE = /(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g;

const NAME_KEYS = /^(name|xm|personName|holderName|fullName|realName|legalRepresentative|legalPerson|fddbr|contactName|contact)$/i;
const BIRTH_KEYS = /^(birth|birthDate|birthday|dateOfBirth|csrq)$/i;
const ADDRESS_KEYS = /(address|addr|domicile|residence|zz|dz|hjdz)$/i;
const PHONE_KEYS = /(phone|mobile|tel|telephone|lxdh)$/i;
const SECRET_KEYS = /^(secret|appSecret|password|signature|approval|approvalTicket|ticket|token|accessToken)$/i;
// A personal name: two to four Han characters, perhaps with a middle dot (minority names are longer).
const PERSON_NAME = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]+·[\u4e00-\u9fff·]+$/;

export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : `${id.slice(0, 6)}******${id.slice(12)}`;
}

export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

export function maskDate(date: string): string {
  const m = /^(\d{4})/.exec(date);
  return m ? `${m[1]}-**-**` : '**';
}

export function maskAddress(address: string): string {
  const chars = [...address];
  return chars.slice(0, Math.min(6, Math.floor(chars.length / 2))).join('') + '****';
}

export interface Redactor {
  /** Scrubs secrets and personal data from any text. */
  text(value: string): string;
  headers(headers: Record<string, string>): Record<string, string>;
  /** The URL with secret and personal query values masked. */
  url(url: string): string;
  /** A body excerpt for evidence: JSON masked by key and pattern, text by pattern, binary by hash. */
  body(body: Buffer | string | undefined, contentType: string | undefined): { body?: string; truncated?: boolean };
  /** Masks values in a parsed JSON value by key and pattern. */
  json(value: unknown): unknown;
}

/** A redactor for one target: it knows the ICS secrets and fixture values on top of the patterns. */
export function createRedactor(target?: Pick<Target, 'secrets' | 'fixtures'>, extraSecrets: string[] = []): Redactor {
  const secrets = [...(target?.secrets ?? []), ...extraSecrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  // Known fixture values, also in their percent-encoded form (a name in a query string).
  const known: [string, string][] = [];
  for (const p of target?.fixtures.population ?? []) {
    known.push([p.name, maskName(p.name)], [p.idNumber, maskIdNumber(p.idNumber)]);
  }
  for (const s of secrets) known.push([s, REDACTED]);
  const replacements = known.flatMap(([raw, masked]) => {
    const encoded = encodeURIComponent(raw);
    return encoded !== raw ? [[raw, masked] as const, [encoded, encodeURIComponent(masked)] as const] : [[raw, masked] as const];
  });

  const text = (value: string): string => {
    let out = value;
    for (const [raw, masked] of replacements) if (raw && out.includes(raw)) out = out.split(raw).join(masked);
    out = out.replace(ID_NUMBER, (m) => maskIdNumber(m));
    out = out.replace(MOBILE, (_m, a: string, _b: string, c: string) => `${a}****${c}`);
    return out;
  };

  const json = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') {
      if (SECRET_KEYS.test(key)) return REDACTED;
      if (NAME_KEYS.test(key) && PERSON_NAME.test(value)) return maskName(value);
      if (BIRTH_KEYS.test(key)) return maskDate(value);
      if (ADDRESS_KEYS.test(key) && value.length > 0) return maskAddress(value);
      if (PHONE_KEYS.test(key)) return value.replace(/\d(?=\d{4})/g, '*');
      return text(value);
    }
    if (Array.isArray(value)) return value.map((v) => json(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [text(k), json(v, k)]));
    }
    return value;
  };

  const headers = (h: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(h).map(([k, v]) => [k, SECRET_HEADERS.has(k.toLowerCase()) ? REDACTED : text(v)]));

  const url = (u: string): string => {
    const q = u.indexOf('?');
    if (q < 0) return text(u);
    const pairs = u
      .slice(q + 1)
      .split('&')
      .map((part) => {
        const eq = part.indexOf('=');
        if (eq < 0) return text(part);
        const name = part.slice(0, eq);
        let value: string;
        try {
          value = decodeURIComponent(part.slice(eq + 1));
        } catch {
          return `${name}=${text(part.slice(eq + 1))}`;
        }
        let decodedName = name;
        try {
          decodedName = decodeURIComponent(name);
        } catch {
          /* keep as sent */
        }
        const masked = json(value, decodedName) as string;
        return masked === value ? `${name}=${text(part.slice(eq + 1))}` : `${name}=${encodeURIComponent(masked)}`;
      });
    return `${text(u.slice(0, q))}?${pairs.join('&')}`;
  };

  const body = (raw: Buffer | string | undefined, contentType: string | undefined): { body?: string; truncated?: boolean } => {
    if (raw === undefined || raw.length === 0) return {};
    const buf = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const type = (contentType ?? '').toLowerCase();
    const textual = type === '' ? isProbablyText(buf) : /json|text|xml|csv|x-www-form-urlencoded|javascript|html/.test(type);
    if (!textual) {
      return { body: `<${type || 'binary'}, ${buf.length} bytes, sha256 ${createHash('sha256').update(buf).digest('hex')}>` };
    }
    const str = buf.toString('utf8');
    let out: string;
    let pruned = false;
    try {
      // Only an excerpt is kept: mask the first items of long arrays rather than a whole page of records.
      const excerpt = pruneArrays(JSON.parse(str) as unknown);
      pruned = excerpt.pruned;
      out = JSON.stringify(json(excerpt.value));
    } catch {
      out = text(str);
    }
    if (out.length > BODY_EXCERPT_LIMIT) return { body: cutSafely(out, BODY_EXCERPT_LIMIT), truncated: true };
    return pruned ? { body: out, truncated: true } : { body: out };
  };

  return { text, headers, url, body, json: (v) => json(v) };
}

/** Arrays longer than this keep their first items and a note of how many were left out of the excerpt. */
const EXCERPT_ITEMS = 5;

function pruneArrays(value: unknown): { value: unknown; pruned: boolean } {
  let pruned = false;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length <= EXCERPT_ITEMS) return v.map(walk);
      pruned = true;
      return [...v.slice(0, EXCERPT_ITEMS).map(walk), `… ${v.length - EXCERPT_ITEMS} more`];
    }
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return { value: walk(value), pruned };
}

function isProbablyText(buf: Buffer): boolean {
  const sample = buf.subarray(0, 512);
  return !sample.includes(0) && Buffer.from(sample.toString('utf8'), 'utf8').equals(sample);
}

/** Cuts at a limit without leaving half an ID number (which the patterns could no longer recognise). */
function cutSafely(text: string, limit: number): string {
  let end = limit;
  while (end > limit - 20 && /[0-9A-Za-z]/.test(text[end] ?? '')) end--;
  return text.slice(0, end) + '…';
}
