// Handlebars helpers for the report. Every helper returns a plain string or value, never a SafeString,
// so Handlebars escapes whatever they return: data from a hostile endpoint stays text.
import type { HelperOptions } from 'handlebars';
import { pick, type Lang, type Text } from '../i18n/text.js';
import { message } from './i18n.js';

type Handlebars = typeof import('handlebars');

function langOf(options: HelperOptions | undefined): Lang {
  const root = (options?.data as { root?: { lang?: unknown } } | undefined)?.root;
  return root?.lang === 'en' ? 'en' : 'zh';
}

function msg(key: string, options: HelperOptions): string {
  const text = message(key);
  if (!text) throw new Error(`report template: no message '${key}' in src/report/i18n.ts`);
  return pick(text, langOf(options));
}

export function registerHelpers(hb: Handlebars): void {
  hb.registerHelper('msg', (key: string, options: HelperOptions) => msg(key, options));
  hb.registerHelper('tx', (text: Text | string | undefined, options: HelperOptions) => pick(text ?? undefined, langOf(options)));
  hb.registerHelper('verdictMsg', (v: string, options: HelperOptions) => msg(`verdict_${v}`, options));
  hb.registerHelper('outcomeMsg', (o: string, options: HelperOptions) => msg(`outcome_${o}`, options));
  hb.registerHelper('yesNo', (b: unknown, options: HelperOptions) => msg(b ? 'yes' : 'no', options));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('lt', (a: number, b: number) => a < b);
  hb.registerHelper('add', (a: number, b: number) => Math.round((Number(a) + Number(b)) * 10) / 10);
  hb.registerHelper('mul', (a: number, b: number) => Math.round(Number(a) * Number(b) * 10) / 10);
  hb.registerHelper('isNumber', (v: unknown) => typeof v === 'number' && Number.isFinite(v));
  hb.registerHelper('isBoolean', (v: unknown) => typeof v === 'boolean');
  hb.registerHelper('signed', (n: number) => (n > 0 ? `+${n}` : String(n)));
  // Availability is a ratio (0–1); a value above 1 is taken as already a percentage.
  hb.registerHelper('percent', (n: number) => `${Math.round((n <= 1 ? n * 100 : n) * 100) / 100}%`);
  hb.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.map(String).join(typeof sep === 'string' ? sep : ', ') : '',
  );
}
