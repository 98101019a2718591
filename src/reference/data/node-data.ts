// Everything a department node serves, generated deterministically from its seed at start:
// persons, legal entities, e-certificates with files, the catalog, open datasets, and the ICS fixtures.
import {
  createRng,
  genCitizenId,
  genEcertId,
  genLegalEntityRecord,
  genPersonRecord,
  genUscc,
  randomCountyCode,
  divisionName,
  regionNameForPrefix,
  type LegalEntityRecord,
  type PersonRecord,
  type Rng,
} from '../../standards/index.js';
import { buildCatalog, type CatalogResource } from './catalog.js';
import { buildCertificate, buildCertTypes, type CertEntry, type CertStatus } from './certificates.js';
import { buildOpenData, type OpenDataset } from './open-data.js';

export interface DataSize {
  persons: number;
  entities: number;
  certificates: number;
}

export const DEFAULT_SIZE: DataSize = { persons: 1000, entities: 300, certificates: 520 };
/** Tenants are many: smaller data keeps each one's lazy start cheap. */
export const TENANT_SIZE: DataSize = { persons: 120, entities: 40, certificates: 60 };

export interface Fixtures {
  population: { idNumber: string; name: string }[];
  legalEntity: { uscc: string }[];
  eCertificate: { certificateId: string; holderCode: string; holderCodeType: '111' | '001' }[];
  approvals: Record<string, string>;
  absent: { population: string[]; legalEntity: string[]; eCertificate: string[] };
}

export interface NodeData {
  region: string;
  regionName: string;
  /** The department itself: its name and USCC (the catalog's provider, the certificates' issuer). */
  department: { name: string; code: string };
  persons: Map<string, PersonRecord>;
  personList: PersonRecord[];
  entities: Map<string, LegalEntityRecord>;
  entityList: LegalEntityRecord[];
  certificates: Map<string, CertEntry>;
  certificatesByHolder: Map<string, CertEntry[]>;
  catalog: CatalogResource[];
  datasets: OpenDataset[];
  facilities: Record<string, string>[];
  fixtures: Omit<Fixtures, 'approvals'>;
}

export function buildNodeData(seed: number, start: number, size: DataSize = DEFAULT_SIZE, role: 'DEPARTMENT' | 'PLATFORM' = 'DEPARTMENT'): NodeData {
  const rng = createRng(seed);
  const now = new Date(start);
  const region = randomCountyCode(rng);
  const regionName = regionNameForPrefix(region) ?? divisionName(region) ?? region;
  const department = {
    name: role === 'PLATFORM' ? `${regionName}政务数据共享交换平台` : `${regionName}数据资源管理局`,
    code: genUscc(rng, { pair: '11', region }),
  };

  const personList: PersonRecord[] = [];
  const persons = new Map<string, PersonRecord>();
  for (let i = 0; i < size.persons; i++) {
    const p = genPersonRecord(rng, { now });
    if (persons.has(p.idNumber)) continue;
    persons.set(p.idNumber, p);
    personList.push(p);
  }
  const entityList: LegalEntityRecord[] = [];
  const entities = new Map<string, LegalEntityRecord>();
  const statuses: LegalEntityRecord['status'][] = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'REVOKED', 'CANCELLED', 'MOVED_OUT'];
  for (let i = 0; i < size.entities; i++) {
    const e = genLegalEntityRecord(rng, { now, status: i === 0 ? 'ACTIVE' : rng.pick(statuses) });
    if (entities.has(e.uscc)) continue;
    entities.set(e.uscc, e);
    entityList.push(e);
  }

  const certs = buildCertificates(rng, start, size.certificates, personList, entityList, department);
  const catalog = buildCatalog({ rng, start, provider: department, role });
  const facilities = buildFacilities(rng, region, regionName);
  const byDivision = new Map<string, number>();
  for (const e of entityList) if (e.status === 'ACTIVE') byDivision.set(e.divisionCode, (byDivision.get(e.divisionCode) ?? 0) + 1);
  const openCodes = catalog.filter((r) => r.openType === 'OPEN').map((r) => r.resourceCode);
  const datasets = buildOpenData({
    rng,
    start,
    publisher: department,
    entitiesByDivision: byDivision,
    facilities,
    certTypes: certs.types,
    openResourceCodes: openCodes,
  });
  // An XLSX rendition of the first dataset, listed only by the 'open-no-machine-format' fault.
  datasets[0]!.files.push({
    format: 'XLSX',
    name: 'legal-entities-by-division.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from('PK\u0003\u0004', 'latin1'),
  });

  return {
    region,
    regionName,
    department,
    persons,
    personList,
    entities,
    entityList,
    certificates: certs.byId,
    certificatesByHolder: certs.byHolder,
    catalog,
    datasets,
    facilities,
    fixtures: buildFixtures(rng, personList, persons, entityList, entities, certs),
  };
}

interface CertSet {
  byId: Map<string, CertEntry>;
  byHolder: Map<string, CertEntry[]>;
  /** Holders whose certificates span VALID, EXPIRED and REVOKED (fixtures for EC-008). */
  fixtureEntries: CertEntry[];
  types: { name: string; typeCode: string }[];
}

function buildCertificates(
  rng: Rng,
  start: number,
  count: number,
  persons: PersonRecord[],
  entities: LegalEntityRecord[],
  department: { name: string; code: string },
): CertSet {
  const types = buildCertTypes(rng);
  const issuers = [department, { name: `${department.name}审批服务中心`, code: genUscc(rng, { pair: '11' }) }];
  const byId = new Map<string, CertEntry>();
  const byHolder = new Map<string, CertEntry[]>();
  const add = (entry: CertEntry): void => {
    byId.set(entry.record.certificateId, entry);
    const list = byHolder.get(entry.record.holder.code) ?? [];
    list.push(entry);
    byHolder.set(entry.record.holder.code, list);
  };
  const personTypes = types.filter((t) => t.holderType === '111');
  const entityTypes = types.filter((t) => t.holderType === '001');
  let serial = 1;
  const fixtureEntries: CertEntry[] = [];
  // The first person holds one certificate of each status; the first entity a valid licence.
  const first = persons[0]!;
  for (const status of ['VALID', 'EXPIRED', 'REVOKED'] as CertStatus[]) {
    const type = status === 'VALID' ? personTypes[0]! : personTypes[1 + (serial % (personTypes.length - 1))]!;
    const e = buildCertificate(rng, start, { type, issuer: issuers[0]!, holder: { name: first.name, code: first.idNumber, codeType: '111' }, status, serial: serial++ });
    add(e);
    fixtureEntries.push(e);
  }
  const firstEntity = entities[0]!;
  const le = buildCertificate(rng, start, { type: entityTypes[0]!, issuer: issuers[0]!, holder: { name: firstEntity.name, code: firstEntity.uscc, codeType: '001' }, status: 'VALID', serial: serial++ });
  add(le);
  fixtureEntries.push(le);
  while (byId.size < count) {
    const toEntity = rng.int(0, 3) === 0;
    const status: CertStatus = rng.pick(['VALID', 'VALID', 'VALID', 'VALID', 'VALID', 'VALID', 'EXPIRED', 'EXPIRED', 'REVOKED']);
    const holder = toEntity
      ? (() => {
          const e = rng.pick(entities);
          return { name: e.name, code: e.uscc, codeType: '001' as const };
        })()
      : (() => {
          const p = rng.pick(persons);
          return { name: p.name, code: p.idNumber, codeType: '111' as const };
        })();
    const type = rng.pick(toEntity ? entityTypes : personTypes);
    add(buildCertificate(rng, start, { type, issuer: rng.pick(issuers), holder, status, serial: serial++ }));
  }
  return { byId, byHolder, fixtureEntries, types: types.map((t) => ({ name: t.name, typeCode: t.typeCode })) };
}

function buildFacilities(rng: Rng, region: string, regionName: string): Record<string, string>[] {
  const kinds = ['图书馆', '文化馆', '体育馆', '政务服务中心', '社区卫生服务中心', '养老服务中心', '青少年活动中心', '博物馆'];
  const out: Record<string, string>[] = [];
  for (let i = 0; i < 40; i++) {
    out.push({ facilityId: `F${region}${String(i + 1).padStart(4, '0')}`, name: `${regionName}第${i + 1}${rng.pick(kinds)}`, divisionCode: region, category: rng.pick(kinds) });
  }
  return out;
}

function buildFixtures(
  rng: Rng,
  personList: PersonRecord[],
  persons: Map<string, PersonRecord>,
  entityList: LegalEntityRecord[],
  entities: Map<string, LegalEntityRecord>,
  certs: CertSet,
): Omit<Fixtures, 'approvals'> {
  // Fixture persons: the certificate holder, one whose check character is X and born in the 1900s (POP-009,
  // POP-010), and one of each sex parity (POP-004).
  const chosen: PersonRecord[] = [personList[0]!];
  const pickOne = (pred: (p: PersonRecord) => boolean): void => {
    const p = personList.find((q) => !chosen.includes(q) && pred(q));
    if (p) chosen.push(p);
  };
  pickOne((p) => p.idNumber.endsWith('X') && p.idNumber.slice(6, 8) === '19');
  pickOne((p) => Number(p.idNumber[16]) % 2 === 1);
  pickOne((p) => Number(p.idNumber[16]) % 2 === 0);
  const absentPersons: string[] = [];
  while (absentPersons.length < 3) {
    const id = genCitizenId(rng);
    if (!persons.has(id)) absentPersons.push(id);
  }
  const absentEntities: string[] = [];
  while (absentEntities.length < 3) {
    const code = genUscc(rng, { pair: '91' });
    if (!entities.has(code)) absentEntities.push(code);
  }
  const sample = certs.fixtureEntries[0]!.record;
  const absentCerts: string[] = [];
  while (absentCerts.length < 2) {
    const id = genEcertId(rng, { typeCode: sample.typeCode, issuerCode: sample.issuer.code, serial: `9${String(absentCerts.length).padStart(8, '0')}Z`, version: '001' });
    if (!certs.byId.has(id)) absentCerts.push(id);
  }
  return {
    population: chosen.map((p) => ({ idNumber: p.idNumber, name: p.name })),
    legalEntity: entityList.slice(0, 3).map((e) => ({ uscc: e.uscc })),
    eCertificate: certs.fixtureEntries.map((e) => ({ certificateId: e.record.certificateId, holderCode: e.record.holder.code, holderCodeType: e.record.holder.codeType })),
    absent: { population: absentPersons, legalEntity: absentEntities, eCertificate: absentCerts },
  };
}

