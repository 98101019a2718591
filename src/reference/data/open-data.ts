// Open datasets (EIP §10) with real CSV and JSON downloads; sm3, byteSize and recordCount from the bytes served.
import { sm3Hex } from '../../http/signing.js';
import type { Rng } from '../../standards/index.js';
import { DAY_MS, rfc3339 } from '../time.js';

export interface DatasetFile {
  format: 'CSV' | 'JSON' | 'XML' | 'XLSX';
  name: string;
  contentType: string;
  body: Buffer;
}

export interface OpenDataset {
  datasetId: string;
  title: string;
  description: string;
  publisher: { name: string; code: string };
  resourceCode?: string;
  license?: string;
  updateCycle: string;
  updatedAt: string;
  recordCount: number;
  files: DatasetFile[];
}

type Row = Record<string, string | number>;

function csv(rows: Row[]): Buffer {
  const cols = Object.keys(rows[0] ?? {});
  const cell = (v: string | number): string => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c] ?? '')).join(','))];
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

function files(rows: Row[], base: string, formats: ('CSV' | 'JSON')[]): DatasetFile[] {
  return formats.map((f) =>
    f === 'CSV'
      ? { format: 'CSV', name: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: csv(rows) }
      : { format: 'JSON', name: `${base}.json`, contentType: 'application/json; charset=utf-8', body: Buffer.from(JSON.stringify(rows), 'utf8') },
  );
}

export interface OpenDataInput {
  rng: Rng;
  start: number;
  publisher: { name: string; code: string };
  entitiesByDivision: Map<string, number>;
  facilities: Row[];
  certTypes: { name: string; typeCode: string }[];
  /** Catalog codes of OPEN resources to link the datasets to. */
  openResourceCodes: string[];
}

export function buildOpenData(input: OpenDataInput): OpenDataset[] {
  const { publisher, start } = input;
  const byDivision: Row[] = [...input.entitiesByDivision.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([divisionCode, count]) => ({ divisionCode, entityCount: count }));
  const sets: Omit<OpenDataset, 'recordCount'>[] = [
    {
      datasetId: 'ds-legal-entities-by-division',
      title: '各区县法人单位数量统计',
      description: '按行政区划统计的存续法人单位数量（不含个人信息）。',
      publisher,
      resourceCode: input.openResourceCodes[0],
      license: 'CC-BY-4.0',
      updateCycle: 'MONTHLY',
      updatedAt: rfc3339(start - 3 * DAY_MS),
      files: files(byDivision, 'legal-entities-by-division', ['CSV', 'JSON']),
    },
    {
      datasetId: 'ds-public-facilities',
      title: '公共服务设施名录',
      description: '图书馆、体育场馆、政务服务中心等公共服务设施的名称与所在区划。',
      publisher,
      resourceCode: input.openResourceCodes[1],
      license: 'CC-BY-4.0',
      updateCycle: 'WEEKLY',
      updatedAt: rfc3339(start - 2 * DAY_MS),
      files: files(input.facilities, 'public-facilities', ['CSV', 'JSON']),
    },
    {
      datasetId: 'ds-certificate-types',
      title: '电子证照类型目录',
      description: '本部门签发的电子证照类型及其类型代码。',
      publisher,
      license: 'CC0-1.0',
      updateCycle: 'IRREGULAR',
      updatedAt: rfc3339(start - 20 * DAY_MS),
      files: files(input.certTypes.map((c) => ({ name: c.name, typeCode: c.typeCode })), 'certificate-types', ['JSON']),
    },
  ];
  return sets.map((s, i) => ({ ...s, recordCount: [byDivision.length, input.facilities.length, input.certTypes.length][i]! }));
}

/** The dataset as listed: formats with download URLs under `base` (the node's base URL). */
export function datasetView(d: OpenDataset, base: string, opts: { sm3Wrong?: boolean; noLicense?: boolean; countOff?: boolean; xlsxOnly?: boolean }): Record<string, unknown> {
  const formats = d.files
    .filter((f) => (opts.xlsxOnly ? f.format === 'XLSX' : f.format !== 'XLSX'))
    .map((f) => ({
      format: f.format,
      downloadUrl: `${base}/gx/v1/open/datasets/${d.datasetId}/files/${f.name}`,
      byteSize: f.body.length,
      sm3: opts.sm3Wrong ? sm3Hex(Buffer.concat([f.body, Buffer.from('\n')])) : sm3Hex(f.body),
    }));
  const view: Record<string, unknown> = {
    datasetId: d.datasetId,
    title: d.title,
    description: d.description,
    publisher: d.publisher,
    ...(d.resourceCode ? { resourceCode: d.resourceCode } : {}),
    ...(d.license && !opts.noLicense ? { license: d.license } : {}),
    formats,
    updateCycle: d.updateCycle,
    updatedAt: d.updatedAt,
    recordCount: d.recordCount + (opts.countOff ? 1 : 0),
  };
  return view;
}
