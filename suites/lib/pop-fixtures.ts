// Identifiers the POP suite derives from its fixtures: invalid forms, the unknown ID, the legacy and
// lower-case forms. Each changes exactly one thing from a fixture the node holds.
import { citizenIdCheckChar } from '../../src/standards/index.js';
import type { Target } from '../../src/ics/types.js';

/** The first fixture's number with its check character replaced by a wrong one (still 18 characters). */
export function withWrongCheckChar(id: string): string {
  const right = citizenIdCheckChar(id.slice(0, 17));
  const wrong = right === '0' ? '1' : right === 'X' ? '0' : String((Number(right) + 1) % 10);
  return id.slice(0, 17) + wrong;
}

/** Wrong length: the fixture without its last character (17 characters, not a legal form). */
export function withWrongLength(id: string): string {
  return id.slice(0, 17);
}

/** Bad characters: a letter in the sequence digits (position 16), length kept. */
export function withBadCharacter(id: string): string {
  return id.slice(0, 15) + 'A' + id.slice(16);
}

/**
 * A well-formed number the node should not hold: ICS fixtures.absent.population when given; else, in a
 * test environment, the first fixture's address code and birth date (both real, so the ID is not one
 * the profile lets a node answer either way) with sequence 999 and a correct check character.
 * In production without fixtures.absent: undefined (never query real people's numbers at random).
 */
export function unknownPersonId(target: Target): string | undefined {
  const absent = target.fixtures.absent?.population?.[0];
  if (absent) return absent;
  if (target.environment === 'production') return undefined;
  const known = new Set((target.fixtures.population ?? []).map((p) => p.idNumber.toUpperCase()));
  const base = target.fixtures.population?.find((p) => /^\d{17}[\dXx]$/.test(p.idNumber));
  if (!base) return undefined;
  for (const seq of ['999', '997', '995', '993']) {
    const body = base.idNumber.slice(0, 14) + seq;
    const id = body + citizenIdCheckChar(body);
    if (!known.has(id)) return id;
  }
  return undefined;
}

/** The 15-digit legacy form of an 18-digit number born in the 1900s (GB 11643-1989), or undefined. */
export function legacyForm(id: string): string | undefined {
  if (!/^\d{17}[\dX]$/i.test(id) || id.slice(6, 8) !== '19') return undefined;
  return id.slice(0, 6) + id.slice(8, 17);
}

/** A name that differs from the fixture's (verify must answer false). */
export function otherName(name: string): string {
  return name === '测试姓名' ? '测试名字' : '测试姓名';
}
