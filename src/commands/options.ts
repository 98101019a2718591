// Option values shared by the commands, parsed one way everywhere (a plan selects what the run would):
// each bad value is a one-line ConfigError naming the flag.
import { ConfigError } from '../errors.js';
import type { Lang } from '../i18n/text.js';
import { CLASSES, type ConformanceClass } from '../spec/registry-types.js';

export function parseLang(value: string): Lang {
  if (value !== 'zh' && value !== 'en') throw new ConfigError(`--lang ${value}: unknown language; use zh or en`);
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

export function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${flag} ${value}: must be a positive integer`);
  return n;
}

export function positiveNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new ConfigError(`${flag} ${value}: must be a positive number`);
  return n;
}
