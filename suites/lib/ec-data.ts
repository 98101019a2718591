// The EC suite's shared reads: each fixture holder's certificates (paged walk, size=100) and each
// fixture certificate by id, fetched once per target; and identifiers derived from the fixtures.
import { t } from '../../src/i18n/text.js';
import { notAssessed, type GxResponse, type TestContext } from '../../src/engine/suite-api.js';
import type { Target } from '../../src/ics/types.js';
import { ECERT_ROOT, mod3736CheckChar, citizenIdCheckChar, usccCheckChar, USCC_ALPHABET } from '../../src/standards/index.js';
import { PagingProblem, walkPages, type PageWalk } from './paging.js';
import { dataRequest, sendData } from './pop-data-call.js';

export const EC_QUERY = '/gx/v1/e-certificates/query';
export const EC_VERIFY = '/gx/v1/e-certificates/verify';
export const ecGetPath = (id: string): string => `/gx/v1/e-certificates/${encodeURIComponent(id)}`;
export const ecFilePath = (id: string): string => `${ecGetPath(id)}/file`;

export interface Holder {
  holderCode: string;
  holderCodeType: '111' | '001';
}

export interface HolderWalk {
  holder: Holder;
  walk?: PageWalk;
  problem?: PagingProblem;
}

export interface CertSeen {
  holder: Holder;
  /** Operation that returned it, for messages. */
  where: string;
  record: unknown;
}

/** Distinct holders of the EC fixtures. */
export function fixtureHolders(target: Target): Holder[] {
  const out: Holder[] = [];
  for (const c of target.fixtures.eCertificate ?? []) {
    if (!out.some((h) => h.holderCode === c.holderCode && h.holderCodeType === c.holderCodeType)) {
      out.push({ holderCode: c.holderCode, holderCodeType: c.holderCodeType });
    }
  }
  return out;
}

function cached<T>(ctx: TestContext, key: string, make: () => Promise<T>): Promise<T> {
  let pending = ctx.shared.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = make();
    pending.catch(() => ctx.shared.delete(key));
    ctx.shared.set(key, pending);
  }
  return pending;
}

/** Every fixture holder's certificates, walked page by page (CORE-006, size=100). */
export function holderWalks(ctx: TestContext): Promise<HolderWalk[]> {
  return cached(ctx, 'ec.walks', async () => {
    const out: HolderWalk[] = [];
    for (const holder of fixtureHolders(ctx.target)) {
      const req = await dataRequest(ctx, { method: 'POST', path: EC_QUERY, body: { holderCode: holder.holderCode, holderCodeType: holder.holderCodeType } });
      try {
        out.push({ holder, walk: await walkPages(ctx.client, req, { size: 100, maxPages: 20 }) });
      } catch (err) {
        if (err instanceof PagingProblem) out.push({ holder, problem: err });
        else throw err;
      }
    }
    return out;
  });
}

/** The certificates the holder queries returned; not assessed when no query could be walked. */
export async function queriedCertificates(ctx: TestContext): Promise<CertSeen[]> {
  const walks = await holderWalks(ctx);
  const ok = walks.filter((w) => w.walk);
  if (ok.length === 0) {
    const p = walks.find((w) => w.problem)?.problem;
    return notAssessed(
      t(`证照查询未能完成，无法判断：${p?.text.zh ?? '无持证主体样例'}`, `the certificate query could not be completed; cannot assess: ${p?.text.en ?? 'no holder fixture'}`),
    );
  }
  return ok.flatMap((w) =>
    (w.walk as PageWalk).items.map((record) => ({ holder: w.holder, where: `POST ${EC_QUERY}`, record })),
  );
}

export interface CertById {
  certificateId: string;
  holder: Holder;
  res: GxResponse;
  record?: unknown;
}

/** GET of each fixture certificate by its id. */
export function certificatesById(ctx: TestContext): Promise<CertById[]> {
  return cached(ctx, 'ec.byId', async () => {
    const out: CertById[] = [];
    for (const c of ctx.target.fixtures.eCertificate ?? []) {
      const res = await sendData(ctx, { method: 'GET', path: ecGetPath(c.certificateId) });
      const ok = res.status >= 200 && res.status < 300 && res.envelope?.code === '0';
      out.push({ certificateId: c.certificateId, holder: { holderCode: c.holderCode, holderCodeType: c.holderCodeType }, res, ...(ok ? { record: res.envelope?.data } : {}) });
    }
    return out;
  });
}

interface IdParts {
  typeCode: string;
  issuer: string;
  serial: string;
  version: string;
  check: string;
}

export function idParts(id: string): IdParts | undefined {
  if (!id.startsWith(ECERT_ROOT + '.')) return undefined;
  const p = id.slice(ECERT_ROOT.length + 1).split('.');
  if (p.length !== 5) return undefined;
  const [typeCode, issuer, serial, version, check] = p as [string, string, string, string, string];
  return { typeCode, issuer, serial, version, check };
}

const ALNUM36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The fixture identifier with a wrong check character, all else kept. */
export function idWithWrongCheck(id: string): string {
  const p = idParts(id);
  const right = p ? mod3736CheckChar(p.typeCode + p.issuer + p.serial + p.version) : (id.slice(-1) as string);
  // Neither the right check nor the fixture's own (a node may hold identifiers with a wrong check).
  const own = id.slice(-1);
  let i = ALNUM36.indexOf(right);
  let wrong: string;
  do {
    i = (i + 1) % 36;
    wrong = ALNUM36[i] as string;
  } while (wrong === own);
  return id.slice(0, -1) + wrong;
}

/**
 * A well-formed identifier the node does not hold: fixtures.absent.eCertificate when given, else the
 * fixture's type and issuer with a recognisable serial (GOVXABSENT…) and a correct check character.
 */
export function unknownCertificateId(target: Target): string | undefined {
  const absent = target.fixtures.absent?.eCertificate?.[0];
  if (absent) return absent;
  const known = new Set((target.fixtures.eCertificate ?? []).map((c) => c.certificateId));
  for (const c of target.fixtures.eCertificate ?? []) {
    const p = idParts(c.certificateId);
    if (!p) continue;
    for (const serial of ['GOVXABSENT0001', 'GOVXABSENT0002']) {
      const id = `${ECERT_ROOT}.${p.typeCode}.${p.issuer}.${serial}.${p.version}.${mod3736CheckChar(p.typeCode + p.issuer + serial + p.version)}`;
      if (!known.has(id)) return id;
    }
  }
  return undefined;
}

/** The holder code with a wrong check character for its type (a present value failing its rule: 40006). */
export function holderCodeWithWrongCheck(holder: Holder): string {
  const code = holder.holderCode.toUpperCase();
  if (holder.holderCodeType === '111' && /^\d{17}[\dX]$/.test(code)) {
    const right = citizenIdCheckChar(code.slice(0, 17));
    return code.slice(0, 17) + (right === '0' ? '1' : right === 'X' ? '0' : String((Number(right) + 1) % 10));
  }
  if (code.length === 18) {
    const right = usccCheckChar(code.slice(0, 17));
    return code.slice(0, 17) + (USCC_ALPHABET[(USCC_ALPHABET.indexOf(right) + 1) % USCC_ALPHABET.length] as string);
  }
  return code + '0';
}
