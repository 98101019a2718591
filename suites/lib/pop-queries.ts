// The POP fixtures' query answers, fetched once per target and shared by the record-rule tests
// (politeness: one query per fixture however many rules are judged on it).
import { t } from '../../src/i18n/text.js';
import { notAssessed, type GxResponse, type TestContext } from '../../src/engine/suite-api.js';
import { where } from './expect.js';
import { maskIdNumber } from './mask.js';
import { sendData } from './pop-data-call.js';

export const POP_QUERY = '/gx/v1/population/query';
export const POP_VERIFY = '/gx/v1/population/verify';

export interface PersonAnswer {
  idNumber: string;
  name: string;
  res: GxResponse;
  /** `data` when the answer is a success envelope. */
  record?: unknown;
}

export function personAnswers(ctx: TestContext): Promise<PersonAnswer[]> {
  const key = 'pop.answers';
  let pending = ctx.shared.get(key) as Promise<PersonAnswer[]> | undefined;
  if (!pending) {
    pending = (async () => {
      const out: PersonAnswer[] = [];
      for (const p of ctx.target.fixtures.population ?? []) {
        const res = await sendData(ctx, { method: 'POST', path: POP_QUERY, body: { idNumber: p.idNumber } });
        const ok = res.status >= 200 && res.status < 300 && res.envelope?.code === '0';
        out.push({ idNumber: p.idNumber, name: p.name, res, ...(ok ? { record: res.envelope?.data } : {}) });
      }
      return out;
    })();
    pending.catch(() => ctx.shared.delete(key));
    ctx.shared.set(key, pending);
  }
  return pending;
}

/** The answers that carry a record; the rule cannot be judged without one (POP-001's test says why). */
export async function personRecords(ctx: TestContext): Promise<(PersonAnswer & { record: unknown })[]> {
  const answers = await personAnswers(ctx);
  const withRecord = answers.filter((a): a is PersonAnswer & { record: unknown } => a.record !== undefined && a.record !== null);
  if (withRecord.length === 0) {
    const first = answers[0];
    const came = first ? (first.res.envelope ? `${first.res.status} / ${first.res.envelope.code}` : String(first.res.status)) : '-';
    notAssessed(
      t(
        `样例人口查询均未返回记录（${first ? where(first.res) + ' ' + maskIdNumber(first.idNumber) : ''}：${came}），无法判断`,
        `no fixture query returned a record (${first ? where(first.res) + ' ' + maskIdNumber(first.idNumber) : ''}: ${came}); cannot assess`,
      ),
    );
  }
  return withRecord;
}
