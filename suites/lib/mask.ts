// Masks personal data in the messages the POP, LE, EC and DOCK suites write (EIP SEC-012; design:
// raw values never reach a file). Evidence is redacted by the client; messages are ours, so they are
// passed through the same redactor, which knows the target's fixture names and ID numbers.
import { createRedactor, maskIdNumber, maskName } from '../../src/http/redact.js';
import { t, type Text } from '../../src/i18n/text.js';
import { TestOutcome, type TestContext } from '../../src/engine/suite-api.js';

export { maskIdNumber, maskName };

/** A holder code, USCC or ID number for a message: first 6 and last 4 characters kept. */
export function maskCode(code: string): string {
  if (code.length === 18 || code.length === 15) return maskIdNumber(code);
  if (code.length <= 10) return '*'.repeat(code.length);
  return code.slice(0, 6) + '*'.repeat(code.length - 10) + code.slice(-4);
}

/** Scrubs fixture names, ID numbers and secrets from a message in both languages. */
export function maskText(ctx: Pick<TestContext, 'target'>, text: Text): Text {
  const r = createRedactor(ctx.target);
  return t(r.text(text.zh), r.text(text.en));
}

/** Runs checks whose failure messages may name personal data, and masks those messages. */
export async function masked<T>(ctx: Pick<TestContext, 'target'>, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof TestOutcome) throw new TestOutcome(err.outcome, maskText(ctx, err.text));
    throw err;
  }
}
