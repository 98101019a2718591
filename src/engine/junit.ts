// junit.xml: one <testsuite> per target, rendered when the target ends (its results are then
// dropped), appended to a part file, and wrapped at the end of the run, so memory stays flat.
import { appendFileSync, createReadStream, createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { pick, type Lang } from '../i18n/text.js';
import type { ResultRecord } from './types.js';

const escapeXml = (s: string): string =>
  s
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export type JunitRecord = Pick<ResultRecord, 'target' | 'test' | 'title' | 'class' | 'requirements' | 'outcome' | 'message' | 'durationMs'>;

export interface JunitTotals {
  tests: number;
  failures: number;
  errors: number;
}

/** Fail → failure, error → error, skip → skipped; warn and waived pass with a note in system-out. */
export function junitSuite(target: string, records: readonly JunitRecord[], lang: Lang): { xml: string; totals: JunitTotals } {
  const failures = records.filter((r) => r.outcome === 'fail').length;
  const errors = records.filter((r) => r.outcome === 'error').length;
  const skipped = records.filter((r) => r.outcome === 'skip').length;
  const time = records.reduce((s, r) => s + r.durationMs, 0) / 1000;
  const lines = [`  <testsuite name="${escapeXml(target)}" tests="${records.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time.toFixed(3)}">`];
  for (const r of records) {
    const name = escapeXml(`${r.test} ${pick(r.title, lang)} [${r.requirements.join(', ')}]`);
    const message = escapeXml(pick(r.message, lang));
    const open = `    <testcase classname="${escapeXml(`${r.target}.${r.class}`)}" name="${name}" time="${(r.durationMs / 1000).toFixed(3)}"`;
    if (r.outcome === 'fail') lines.push(`${open}>`, `      <failure message="${message}"/>`, '    </testcase>');
    else if (r.outcome === 'error') lines.push(`${open}>`, `      <error message="${message}"/>`, '    </testcase>');
    else if (r.outcome === 'skip') lines.push(`${open}>`, `      <skipped message="${message}"/>`, '    </testcase>');
    else if (r.outcome === 'warn' || r.outcome === 'waived') lines.push(`${open}>`, `      <system-out>${escapeXml(`${r.outcome}: ${pick(r.message, lang)}`)}</system-out>`, '    </testcase>');
    else lines.push(`${open}/>`);
  }
  lines.push('  </testsuite>');
  return { xml: lines.join('\n') + '\n', totals: { tests: records.length, failures, errors } };
}

export class JunitWriter {
  private readonly totals: JunitTotals = { tests: 0, failures: 0, errors: 0 };
  constructor(
    private readonly partFile: string,
    private readonly outFile: string,
  ) {
    // A part file left by a killed run would be appended to: the targets are re-added from results.ndjson.
    rmSync(partFile, { force: true });
  }

  add(target: string, records: readonly JunitRecord[], lang: Lang): void {
    const { xml, totals } = junitSuite(target, records, lang);
    appendFileSync(this.partFile, xml);
    this.totals.tests += totals.tests;
    this.totals.failures += totals.failures;
    this.totals.errors += totals.errors;
  }

  async finish(): Promise<void> {
    const out = createWriteStream(this.outFile);
    out.write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="govx" tests="${this.totals.tests}" failures="${this.totals.failures}" errors="${this.totals.errors}">\n`);
    appendFileSync(this.partFile, '');
    await pipeline(createReadStream(this.partFile), out, { end: false });
    out.end('</testsuites>\n');
    await once(out, 'close');
    rmSync(this.partFile, { force: true });
  }
}
