// Option parsing for `govx plan` and `govx replay`, with the same meaning `govx run` gives these flags
// (a case-insensitive --grep, comma-separated --classes), so a plan selects what the run would.
import { ConfigError } from '../errors.js';
import type { Lang } from '../i18n/text.js';
import { CLASSES, type ConformanceClass } from '../spec/registry-types.js';

export function parseLang(value: string): Lang {
  if (value !== 'zh' && value !== 'en') throw new ConfigError(`--lang ${value}: use zh or en`);
  return value;
}

export function parseClasses(value: string): ConformanceClass[] {
  const list = value
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const unknown = list.filter((c) => !(CLASSES as readonly string[]).includes(c));
  if (unknown.length || list.length === 0) throw new ConfigError(`--classes ${value}: unknown class ${unknown.join(', ') || '(none)'}; use ${CLASSES.join(',')}`);
  return list as ConformanceClass[];
}

export function parseGrep(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'i');
  } catch {
    throw new ConfigError(`--grep: '${pattern}' is not a valid regular expression`);
  }
}
