// The department's data services (EIP §5–§7): population, legal entities, e-certificates.
import { mod3736CheckChar, validateCitizenId, validateEcertId, validateUscc, type LegalEntityRecord, type PersonRecord } from '../standards/index.js';
import { sm3Hex } from '../http/signing.js';
import { ApiError } from './codes.js';
import { ok, objectBody, optionalString, requireString } from './context.js';
import type { NodeEnv } from './env.js';
import { pageParams, paginate } from './paging.js';
import { DAY_MS, dateOnly } from './time.js';
import { SERVICE_RESOURCES } from './data/catalog.js';
import type { CertEntry, ECertificate } from './data/certificates.js';
import type { Router } from './router.js';

const WELL_FORMED_ID = /^(\d{17}[\dXx]|\d{15})$/;

export function addDepartmentRoutes(router: Router, env: NodeEnv): void {
  const { faults, data } = env;

  /** A citizen ID from a request: normalised, or 40003 (POP-007, POP-009, POP-010). */
  const citizenId = (raw: string): string => {
    const v = validateCitizenId(raw);
    if (faults.has('pop-no-legacy-15') && raw.length === 15) throw new ApiError('40003', 'legacy 15-digit numbers are not accepted');
    if (faults.has('pop-lowercase-x-refused') && raw.endsWith('x')) throw new ApiError('40003', 'check character must be X');
    if (!v.valid) {
      if (faults.has('pop-bad-check-404') && WELL_FORMED_ID.test(raw)) throw new ApiError('40402');
      throw new ApiError('40003', v.reason.en);
    }
    return v.info.normalized;
  };
  /** The not-found error; the 'sec-error-echoes-identifier' fault puts the queried identifier in it. */
  const notFound = (identifier: string): ApiError => new ApiError('40402', faults.has('sec-error-echoes-identifier') ? `no record for ${identifier}` : undefined);

  const personView = (p: PersonRecord): Record<string, unknown> => {
    const v: Record<string, unknown> = { ...p };
    if (faults.has('pop-missing-address')) delete v.residenceAddress;
    if (faults.has('pop-birthdate-off-by-one')) v.birthDate = dateOnly(Date.parse(`${p.birthDate}T12:00:00+08:00`) + DAY_MS);
    if (faults.has('pop-sex-wrong-for-even') && Number(p.idNumber[16]) % 2 === 0) v.sex = '1';
    if (faults.has('pop-ethnicity-invalid')) v.ethnicity = '00';
    if (faults.has('pop-division-unknown')) v.residenceDivisionCode = '990101';
    return v;
  };

  router.add({
    method: 'POST',
    pattern: '/gx/v1/population/query',
    resourceCode: SERVICE_RESOURCES.population,
    handler: (ctx) => {
      const raw = requireString(objectBody(ctx), 'idNumber');
      const id = citizenId(raw);
      let p = data.persons.get(id);
      if (!p) throw notFound(raw);
      if (faults.has('pop-returns-other-person')) p = data.personList[(data.personList.indexOf(p) + 1) % data.personList.length]!;
      return ok(personView(p));
    },
  });
  router.add({
    method: 'POST',
    pattern: '/gx/v1/population/verify',
    resourceCode: SERVICE_RESOURCES.populationVerify,
    handler: (ctx) => {
      const body = objectBody(ctx);
      const raw = requireString(body, 'idNumber');
      const name = requireString(body, 'name');
      const p = data.persons.get(citizenId(raw));
      // An unknown ID answers match: false, never 404, so verify cannot enumerate (POP-008).
      if (!p && faults.has('pop-verify-unknown-404')) throw notFound(raw);
      const match = p !== undefined && p.name === name;
      return ok(faults.has('pop-verify-leaks-record') && p ? { match, record: personView(p) } : { match });
    },
  });

  const entityView = (e: LegalEntityRecord): Record<string, unknown> => {
    const v: Record<string, unknown> = { ...structuredClone(e) };
    if (faults.has('le-missing-status')) delete v.status;
    if (faults.has('le-division-unknown')) v.divisionCode = '990000';
    if (faults.has('le-negative-capital')) v.registeredCapital = { amount: -10_000, currency: 'CNY' };
    if (faults.has('le-established-future')) v.establishedOn = dateOnly(env.start + 30 * DAY_MS);
    return v;
  };
  router.add({
    method: 'POST',
    pattern: '/gx/v1/legal-entities/query',
    resourceCode: SERVICE_RESOURCES.legalEntity,
    handler: (ctx) => {
      const raw = requireString(objectBody(ctx), 'uscc');
      const v = validateUscc(raw);
      if (!v.valid) throw faults.has('le-invalid-uscc-404') ? notFound(raw) : new ApiError('40004', v.reason.en);
      let e = data.entities.get(raw);
      if (!e) throw notFound(raw);
      if (faults.has('le-uscc-mismatch')) e = data.entityList[(data.entityList.indexOf(e) + 1) % data.entityList.length]!;
      return ok(entityView(e));
    },
  });

  addCertificateRoutes(router, env);
}

function addCertificateRoutes(router: Router, env: NodeEnv): void {
  const { faults, data } = env;
  const otherIssuer = data.entityList[0]!.uscc;

  /** The certificate as served: the EC faults change the identifier, issuer, type code, status or number. */
  const certView = (c: ECertificate): ECertificate => {
    const v: ECertificate = structuredClone(c);
    if (faults.has('ec-type-code-bad-uscc')) {
      const t = v.typeCode;
      v.typeCode = t.slice(0, 17) + (t[17] === '0' ? '1' : '0') + t.slice(18);
      v.certificateId = rebuildId(v.certificateId, v.typeCode);
    }
    if (faults.has('ec-issuer-mismatch')) v.issuer = { ...v.issuer, code: otherIssuer };
    if (faults.has('ec-id-wrong-check')) {
      const last = v.certificateId.slice(-1);
      v.certificateId = v.certificateId.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    }
    if (faults.has('ec-expired-shown-valid') && v.status === 'EXPIRED') v.status = 'VALID';
    if (faults.has('ec-missing-number')) delete (v as Partial<ECertificate>).number;
    return v;
  };
  // Identifiers as served → the certificate, so get/file/verify accept what the list showed.
  let servedIds: Map<string, CertEntry> | undefined;
  const lookup = (id: string): CertEntry | undefined => {
    if (!faults.has('ec-id-wrong-check') && !faults.has('ec-type-code-bad-uscc')) return data.certificates.get(id);
    servedIds ??= new Map([...data.certificates.values()].map((e) => [certView(e.record).certificateId, e]));
    return servedIds.get(id);
  };
  /** 40005 for an identifier failing its check (EC-009), unless it is one this (faulty) node served. */
  const certificate = (id: string): CertEntry | undefined => {
    const served = lookup(id);
    if (served) return served;
    const v = validateEcertId(id);
    if (!v.valid) {
      if (faults.has('ec-bad-check-404')) return undefined;
      throw new ApiError('40005', v.reason.en);
    }
    return undefined;
  };

  router.add({
    method: 'POST',
    pattern: '/gx/v1/e-certificates/query',
    resourceCode: SERVICE_RESOURCES.eCertificate,
    handler: (ctx) => {
      const body = objectBody(ctx);
      let holderCode = requireString(body, 'holderCode');
      const holderCodeType = requireString(body, 'holderCodeType');
      const typeCode = optionalString(body, 'typeCode');
      if (!faults.has('ec-holder-type-unchecked')) {
        if (holderCodeType === '111') {
          const v = validateCitizenId(holderCode);
          if (!v.valid) throw new ApiError('40006', v.reason.en);
          holderCode = v.info.normalized;
        } else if (holderCodeType === '001') {
          const v = validateUscc(holderCode);
          if (!v.valid) throw new ApiError('40006', v.reason.en);
        } else throw new ApiError('40006', "holderCodeType must be '111' or '001'");
      }
      let list = (data.certificatesByHolder.get(holderCode) ?? []).filter((e) => e.record.holder.codeType === holderCodeType && (typeCode === undefined || e.record.typeCode === typeCode));
      if (faults.has('ec-query-other-holders') && list.length > 0) {
        const other = [...data.certificates.values()].find((e) => e.record.holder.code !== holderCode);
        if (other) list = [...list, other];
      }
      const page = paginate(list, pageParams(ctx, faults), faults);
      return ok({ ...page, items: page.items.map((e) => certView(e.record)) });
    },
  });
  router.add({
    method: 'POST',
    pattern: '/gx/v1/e-certificates/verify',
    resourceCode: SERVICE_RESOURCES.eCertificate,
    handler: (ctx) => {
      const body = objectBody(ctx);
      const id = requireString(body, 'certificateId');
      const fileSm3 = requireString(body, 'fileSm3');
      const entry = certificate(id);
      if (!entry) return ok({ valid: false, status: 'UNKNOWN' });
      const status = certView(entry.record).status;
      const hashOk = faults.has('ec-verify-ignores-hash') || fileSm3.toLowerCase() === entry.record.fileSm3;
      return ok({ valid: status === 'VALID' && hashOk, status });
    },
  });
  router.add({
    method: 'GET',
    pattern: '/gx/v1/e-certificates/:certificateId',
    resourceCode: SERVICE_RESOURCES.eCertificate,
    handler: (ctx) => {
      const entry = found(certificate(ctx.params.certificateId!));
      return ok(certView(entry.record));
    },
  });
  router.add({
    method: 'GET',
    pattern: '/gx/v1/e-certificates/:certificateId/file',
    resourceCode: SERVICE_RESOURCES.eCertificate,
    handler: (ctx) => {
      const entry = found(certificate(ctx.params.certificateId!));
      const sm3 = faults.has('ec-file-sm3-mismatch') ? sm3Hex(Buffer.concat([entry.file, Buffer.from(' ')])) : entry.record.fileSm3;
      return { kind: 'file', contentType: 'application/pdf', body: entry.file, headers: { 'X-GX-Content-SM3': sm3 } };
    },
  });
}

function found(entry: CertEntry | undefined): CertEntry {
  if (!entry) throw new ApiError('40402');
  return entry;
}

/** Replaces the type segment of an identifier and recomputes its MOD 37,36 check character. */
function rebuildId(id: string, typeCode: string): string {
  const root = '1.2.156.3005.2.';
  const parts = id.slice(root.length).split('.');
  parts[0] = typeCode;
  const body = parts.slice(0, 4);
  return root + [...body, mod3736CheckChar(body.join(''))].join('.');
}
