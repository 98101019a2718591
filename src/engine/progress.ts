// Console progress: a live line on a TTY, one line per finished class otherwise. On stderr, so
// stdout carries only the final summary.
import { pick, t, type Lang } from '../i18n/text.js';
import type { Outcome, ResultRecord } from './types.js';

export interface Progress {
  targetStarted(target: string): void;
  result(record: ResultRecord): void;
  targetEnded(target: string): void;
  warn(message: string): void;
  done(): void;
}

type Counts = Record<Outcome, number>;
const zero = (): Counts => ({ pass: 0, fail: 0, warn: 0, skip: 0, error: 0, waived: 0 });

function countsText(c: Counts, lang: Lang): string {
  const labels: Record<Outcome, [string, string]> = {
    pass: ['通过', 'pass'],
    fail: ['不通过', 'fail'],
    warn: ['警告', 'warn'],
    skip: ['跳过', 'skip'],
    error: ['未评估', 'error'],
    waived: ['豁免', 'waived'],
  };
  return (Object.keys(labels) as Outcome[])
    .filter((k) => c[k] > 0 || k === 'pass' || k === 'fail')
    .map((k) => `${pick(t(...labels[k]), lang)} ${c[k]}`)
    .join(', ');
}

export function createProgress(mode: 'tty' | 'lines' | 'none', lang: Lang, totalTargets: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (mode === 'none') return { targetStarted() {}, result() {}, targetEnded() {}, warn: (m) => void stream.write(`${m}\n`), done() {} };
  const total = zero();
  const perClass = new Map<string, { counts: Counts }>();
  const currentClass = new Map<string, string>();
  const flush = (key: string): void => {
    const entry = perClass.get(key);
    if (entry && mode === 'lines') stream.write(`${key}: ${countsText(entry.counts, lang)}\n`);
    perClass.delete(key);
  };
  let finishedTargets = 0;
  let last = '';
  const clearLine = (): void => {
    if (mode === 'tty' && last) stream.write('\r\x1b[2K');
  };
  const live = (record?: ResultRecord): void => {
    if (mode !== 'tty') return;
    const now = record ? `${record.target} ${record.test}` : '';
    last = `[${finishedTargets}/${totalTargets}] ${countsText(total, lang)}  ${now}`.slice(0, (stream.columns ?? 100) - 1);
    stream.write(`\r\x1b[2K${last}`);
  };
  return {
    targetStarted() {
      live();
    },
    result(record) {
      total[record.outcome]++;
      const key = `${record.target} ${record.class}`;
      // A target's classes run one after another: a new class means the previous one is done.
      const previous = currentClass.get(record.target);
      if (previous !== undefined && previous !== key) flush(previous);
      currentClass.set(record.target, key);
      const entry = perClass.get(key) ?? { counts: zero() };
      entry.counts[record.outcome]++;
      perClass.set(key, entry);
      live(record);
    },
    targetEnded(target) {
      finishedTargets++;
      const last = currentClass.get(target);
      if (last !== undefined) flush(last);
      currentClass.delete(target);
      live();
    },
    warn(message) {
      clearLine();
      stream.write(`${message}\n`);
      live();
    },
    done() {
      clearLine();
      last = '';
    },
  };
}
