// Electronic certificates (EIP §7): identifiers per GB/T 36904 with MOD 37,36, PDF files with their SM3,
// statuses consistent with today's date in Asia/Shanghai (dates relative to the node's start).
import { genEcertId, genTypeCode, type Rng } from '../../standards/index.js';
import { sm3Hex } from '../../http/signing.js';
import { DAY_MS, dateOnly } from '../time.js';
import { buildPdf } from './pdf.js';

export type CertStatus = 'VALID' | 'EXPIRED' | 'REVOKED';

export interface ECertificate {
  certificateId: string;
  name: string;
  typeCode: string;
  number: string;
  issuer: { name: string; code: string };
  issuedOn: string;
  holder: { name: string; code: string; codeType: '111' | '001' };
  validFrom: string;
  validUntil: string | null;
  status: CertStatus;
  fileSm3: string;
  faceData?: Record<string, string>;
}

export interface CertEntry {
  record: ECertificate;
  file: Buffer;
}

export interface CertType {
  name: string;
  /** ASCII title printed in the PDF (Helvetica has no CJK glyphs). */
  title: string;
  typeCode: string;
  holderType: '111' | '001';
  /** Validity in years; undefined = 长期 (validUntil null). */
  years?: number;
}

export function buildCertTypes(rng: Rng): CertType[] {
  return [
    { name: '结婚证', title: 'Marriage Certificate', typeCode: genTypeCode(rng), holderType: '111' },
    { name: '职业资格证书', title: 'Vocational Qualification', typeCode: genTypeCode(rng), holderType: '111', years: 6 },
    { name: '机动车驾驶证', title: 'Driving Licence', typeCode: genTypeCode(rng), holderType: '111', years: 6 },
    { name: '营业执照', title: 'Business Licence', typeCode: genTypeCode(rng), holderType: '001' },
    { name: '食品经营许可证', title: 'Food Business Licence', typeCode: genTypeCode(rng), holderType: '001', years: 5 },
  ];
}

export interface NewCert {
  type: CertType;
  issuer: { name: string; code: string };
  holder: ECertificate['holder'];
  status: CertStatus;
  serial: number;
}

/** One certificate; dates put its status beyond doubt (months away from today, never within the EC-006 margin). */
export function buildCertificate(rng: Rng, start: number, c: NewCert): CertEntry {
  const today = start;
  let fromMs: number;
  let untilMs: number | null;
  if (c.status === 'EXPIRED') {
    untilMs = today - rng.int(30, 1500) * DAY_MS;
    fromMs = untilMs - (c.type.years ?? 5) * 365 * DAY_MS;
  } else {
    fromMs = today - rng.int(30, 1500) * DAY_MS;
    untilMs = c.type.years === undefined ? null : Math.max(fromMs + c.type.years * 365 * DAY_MS, today + rng.int(60, 900) * DAY_MS);
  }
  const serial = String(c.serial).padStart(8, '0') + 'A';
  const certificateId = genEcertId(rng, { typeCode: c.type.typeCode, issuerCode: c.issuer.code, serial, version: '001' });
  const number = `${c.type.typeCode.slice(-3)}${dateOnly(fromMs).slice(0, 4)}${String(c.serial).padStart(8, '0')}`;
  const file = buildPdf([
    c.type.title,
    `No. ${number}`,
    `ID ${certificateId}`,
    `Valid from ${dateOnly(fromMs)} until ${untilMs === null ? 'long-term' : dateOnly(untilMs)}`,
  ]);
  const record: ECertificate = {
    certificateId,
    name: c.type.name,
    typeCode: c.type.typeCode,
    number,
    issuer: c.issuer,
    issuedOn: dateOnly(fromMs),
    holder: c.holder,
    validFrom: dateOnly(fromMs),
    validUntil: untilMs === null ? null : dateOnly(untilMs),
    status: c.status,
    fileSm3: sm3Hex(file),
    faceData: { 证照名称: c.type.name, 证照编号: number },
  };
  return { record, file };
}
