// Codes the LE suite derives from its fixtures: invalid forms of a fixture's USCC and an unknown valid one.
import { gb11714CheckChar, usccCheckChar, USCC_ALPHABET } from '../../src/standards/index.js';
import type { Target } from '../../src/ics/types.js';

export const LE_QUERY = '/gx/v1/legal-entities/query';

/** The fixture with another check character (position 18), everything else kept. */
export function usccWithWrongCheck(uscc: string): string {
  const right = usccCheckChar(uscc.slice(0, 17));
  const wrong = USCC_ALPHABET[(USCC_ALPHABET.indexOf(right) + 1) % USCC_ALPHABET.length] as string;
  return uscc.slice(0, 17) + wrong;
}

/** A letter outside the USCC alphabet ('I') in the organisation-code body, length kept. */
export function usccWithBadCharacter(uscc: string): string {
  return uscc.slice(0, 9) + 'I' + uscc.slice(10);
}

/** One character short. */
export function usccWithWrongLength(uscc: string): string {
  return uscc.slice(0, 17);
}

/**
 * A valid USCC the node should not hold: fixtures.absent.legalEntity when given; else, in a test
 * environment, the first fixture's authority, category and region with another organisation-code body
 * (both check characters recomputed). In production without fixtures.absent: undefined (the harness
 * does not query unrelated organisations at random).
 */
export function unknownUscc(target: Target): string | undefined {
  const absent = target.fixtures.absent?.legalEntity?.[0];
  if (absent) return absent;
  if (target.environment === 'production') return undefined;
  const base = target.fixtures.legalEntity?.[0]?.uscc.toUpperCase();
  if (!base || base.length !== 18) return undefined;
  const known = new Set((target.fixtures.legalEntity ?? []).map((e) => e.uscc.toUpperCase()));
  for (const tail of ['9999', '9998', '9997', '9996']) {
    const body = base.slice(8, 12) + tail;
    const first17 = base.slice(0, 8) + body + gb11714CheckChar(body);
    const code = first17 + usccCheckChar(first17);
    if (!known.has(code)) return code;
  }
  return undefined;
}
