// OPEN (EIP §10): the open-data dataset listing and its downloads.
import { t, type Text } from '../src/i18n/text.js';
import { sm3Hex } from '../src/http/signing.js';
import { fail, notAssessed, skip, warn, type SuiteModule, type TestContext, type TestDef } from '../src/engine/suite-api.js';
import { PagingProblem, walkPages } from './lib/paging.js';
import { joinProblems } from './lib/core-checks.js';
import { csvRecordCount, fetchDownload, jsonRowCount, type Download } from './lib/open-download.js';

const DATASETS_PATH = '/gx/v1/open/datasets';
const MACHINE_READABLE = ['CSV', 'JSON', 'XML'];
/** Politeness: at most this many files are downloaded. */
const MAX_DOWNLOADS = 10;

const CONTENT_TYPES: Record<string, string[]> = {
  CSV: ['text/csv', 'application/csv'],
  JSON: ['application/json'],
  XML: ['application/xml', 'text/xml'],
  XLSX: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
};

/**
 * Licences recognised for OPEN-003: SPDX identifiers of the common open-data licences and their URLs.
 * The profile names no list; we accept these and say which value came otherwise.
 */
const KNOWN_LICENSES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'CC-BY-3.0', 'CC-BY-NC-4.0', 'ODC-BY-1.0', 'ODbL-1.0', 'PDDL-1.0', 'OGL-UK-3.0', 'Apache-2.0', 'MIT'];
const KNOWN_LICENSE_URL = /^https?:\/\/(creativecommons\.org\/(licenses|publicdomain)\/|opendatacommons\.org\/licenses\/|www\.nationalarchives\.gov\.uk\/doc\/open-government-licence)/i;

interface Dataset {
  datasetId?: unknown;
  license?: unknown;
  recordCount?: unknown;
  formats?: { format?: unknown; downloadUrl?: unknown; sm3?: unknown }[];
  [key: string]: unknown;
}

async function datasets(ctx: TestContext): Promise<{ ok: true; items: Dataset[] } | { ok: false; problem: Text }> {
  const key = 'open.datasets';
  let pending = ctx.shared.get(key) as Promise<{ ok: true; items: Dataset[] } | { ok: false; problem: Text }> | undefined;
  if (!pending) {
    pending = walkPages(ctx.client, { method: 'GET', path: DATASETS_PATH }).then(
      (w) => ({ ok: true as const, items: w.items as Dataset[] }),
      (err: unknown) => {
        if (err instanceof PagingProblem) return { ok: false as const, problem: err.text };
        throw err;
      },
    );
    pending.catch(() => ctx.shared.delete(key));
    ctx.shared.set(key, pending);
  }
  return pending;
}

async function datasetItems(ctx: TestContext): Promise<Dataset[]> {
  const d = await datasets(ctx);
  if (!d.ok) return notAssessed(t(`无法读取数据集列表：${d.problem.zh}`, `could not read the dataset listing: ${d.problem.en}`));
  if (d.items.length === 0) return skip(t('数据集列表为空', 'the dataset listing is empty'));
  return d.items;
}

const idOf = (d: Dataset, i: number): string => (typeof d.datasetId === 'string' ? d.datasetId : `#${i}`);

function mediaType(ct: string | undefined): { type: string; charset?: string } {
  const [type, ...params] = (ct ?? '').split(';').map((s) => s.trim().toLowerCase());
  return { type: type ?? '', charset: params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '') };
}

/** What is wrong with a download for its declared format and sm3 (OPEN-002). */
function downloadProblems(d: Download, format: string, sm3: unknown): Text[] {
  const out: Text[] = [];
  const at = d.where;
  if (d.status < 200 || d.status >= 300) return [t(`${at}：下载应成功，实际为 HTTP ${d.status}`, `${at}: the download should succeed, got HTTP ${d.status}`)];
  const { type, charset } = mediaType(d.contentType);
  const allowed = CONTENT_TYPES[format] ?? [];
  if (!allowed.includes(type)) out.push(t(`${at}：${format} 文件的 Content-Type 应为 ${allowed.join(' 或 ')}，实际为 ${d.contentType ?? '（无）'}`, `${at}: a ${format} file should come as ${allowed.join(' or ')}, got ${d.contentType ?? '(none)'}`));
  if (format === 'CSV' || format === 'JSON' || format === 'XML') {
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(d.body).replace(/^\uFEFF/, '');
    } catch {
      out.push(t(`${at}：${format} 文件应为 UTF-8 编码，实际含非法字节`, `${at}: the ${format} file should be UTF-8, it holds invalid bytes`));
    }
    if (charset !== undefined && charset !== 'utf-8') out.push(t(`${at}：charset 应为 utf-8，实际为 ${charset}`, `${at}: charset should be utf-8, got ${charset}`));
    if (text !== undefined) {
      if (format === 'CSV' && (text.split(/\r?\n/)[0] ?? '').trim() === '') out.push(t(`${at}：CSV 文件应以表头行开始`, `${at}: the CSV file should start with a header row`));
      if (format === 'JSON') {
        try {
          JSON.parse(text);
        } catch {
          out.push(t(`${at}：JSON 文件无法解析`, `${at}: the JSON file does not parse`));
        }
      }
      if (format === 'XML' && !text.trimStart().startsWith('<')) out.push(t(`${at}：XML 文件应以 < 开始`, `${at}: the XML file should start with <`));
    }
  }
  if (format === 'XLSX' && d.body.subarray(0, 2).toString('latin1') !== 'PK') out.push(t(`${at}：XLSX 文件应为 ZIP 容器（以 PK 开始）`, `${at}: an XLSX file should be a ZIP container (starting with PK)`));
  if (typeof sm3 === 'string') {
    const got = sm3Hex(d.body);
    if (got !== sm3.toLowerCase()) out.push(t(`${at}：文件的 SM3 应为声明的 ${sm3}，实际为 ${got}`, `${at}: the file's SM3 should be the declared ${sm3}, got ${got}`));
  }
  return out;
}

const tests: TestDef[] = [
  {
    id: 'datasets',
    title: t('每个数据集符合规定结构并至少提供一种机器可读格式（CSV、JSON、XML）', 'every dataset validates and offers at least one machine-readable format (CSV, JSON, XML)'),
    requirements: ['EIP-OPEN-001'],
    requests: 1, // one page of datasets
    async run(ctx) {
      const d = await datasets(ctx);
      if (!d.ok) return fail(d.problem);
      const problems: Text[] = [];
      d.items.forEach((ds, i) => {
        const at = `GET ${DATASETS_PATH}：/data/items/${i}（${idOf(ds, i)}）`;
        const atEn = `GET ${DATASETS_PATH}: /data/items/${i} (${idOf(ds, i)})`;
        // The licence (OPEN-003) and date formats (CORE-005) are judged by their own tests.
        for (const v of ctx.schemas.validate('open-dataset', ds)) {
          if (v.rule !== undefined && v.rule !== 'EIP-OPEN-001') continue;
          problems.push(t(`${at}${v.path}：${v.message.zh}`, `${atEn}${v.path}: ${v.message.en}`));
        }
        const formats = Array.isArray(ds.formats) ? ds.formats.map((f) => f?.format) : [];
        if (!formats.some((f) => MACHINE_READABLE.includes(f as string))) {
          problems.push(t(`${at}：应至少提供 CSV、JSON 或 XML 之一，实际为 ${JSON.stringify(formats)}`, `${atEn}: should offer CSV, JSON or XML, got ${JSON.stringify(formats)}`));
        }
      });
      if (problems.length) fail(joinProblems(problems));
    },
  },
  {
    id: 'downloads',
    title: t('下载文件符合声明的格式并与 sm3 一致', 'downloads serve their declared format and match sm3'),
    requirements: ['EIP-OPEN-002'],
    requests: 5, // a typical listing's files; at most MAX_DOWNLOADS
    async run(ctx) {
      const items = await datasetItems(ctx);
      const problems: Text[] = [];
      const notes: Text[] = [];
      let fetched = 0;
      for (const ds of items) {
        for (const f of ds.formats ?? []) {
          if (typeof f?.downloadUrl !== 'string' || typeof f.format !== 'string') continue;
          if (fetched >= MAX_DOWNLOADS) break;
          fetched++;
          const result = await fetchDownload(ctx, f.downloadUrl);
          if (!result.ok) notes.push(result.reason);
          else problems.push(...downloadProblems(result.download, f.format, f.sm3));
        }
      }
      if (notes.length) ctx.note(joinProblems(notes));
      if (problems.length) fail(joinProblems(problems));
      if (fetched === 0) return skip(t('没有可下载的文件', 'no file to download'));
    },
  },
  {
    id: 'license',
    title: t('数据集声明 license 且为已知许可协议', 'datasets declare a license that names a known licence'),
    requirements: ['EIP-OPEN-003'],
    requests: 0, // judges the shared listing
    async run(ctx) {
      const items = await datasetItems(ctx);
      const known = new Set(KNOWN_LICENSES.map((l) => l.toLowerCase()));
      const problems: Text[] = [];
      items.forEach((ds, i) => {
        const lic = ds.license;
        const at = `GET ${DATASETS_PATH}：/data/items/${i}/license（${idOf(ds, i)}）`;
        const atEn = `GET ${DATASETS_PATH}: /data/items/${i}/license (${idOf(ds, i)})`;
        if (typeof lic !== 'string' || lic.trim() === '') problems.push(t(`${at}：应声明许可协议，实际没有`, `${atEn}: a licence should be declared, none is`));
        else if (!known.has(lic.trim().toLowerCase()) && !KNOWN_LICENSE_URL.test(lic.trim())) {
          problems.push(t(`${at}：应为已知许可协议（如 ${KNOWN_LICENSES.slice(0, 3).join('、')}），实际为 ${JSON.stringify(lic)}`, `${atEn}: should name a known licence (e.g. ${KNOWN_LICENSES.slice(0, 3).join(', ')}), got ${JSON.stringify(lic)}`));
        }
      });
      if (problems.length) warn(joinProblems(problems));
    },
  },
  {
    id: 'record-count',
    title: t('声明的 recordCount 与下载文件的行数一致', 'recordCount, where given, equals the rows served'),
    requirements: ['EIP-OPEN-004'],
    requests: 0, // judges the files the downloads test fetched
    async run(ctx) {
      const items = await datasetItems(ctx);
      const problems: Text[] = [];
      let judged = 0;
      for (const [i, ds] of items.entries()) {
        if (typeof ds.recordCount !== 'number' || judged >= MAX_DOWNLOADS) continue;
        const file = (ds.formats ?? []).find((f) => (f?.format === 'CSV' || f?.format === 'JSON') && typeof f.downloadUrl === 'string');
        if (!file) continue;
        const result = await fetchDownload(ctx, file.downloadUrl as string);
        if (!result.ok || result.download.status !== 200) continue;
        let rows: number | undefined;
        try {
          const text = new TextDecoder('utf-8', { fatal: true }).decode(result.download.body).replace(/^\uFEFF/, '');
          rows = file.format === 'CSV' ? Math.max(0, csvRecordCount(text) - 1) : jsonRowCount(JSON.parse(text));
        } catch {
          rows = undefined;
        }
        if (rows === undefined) continue;
        judged++;
        if (rows !== ds.recordCount) {
          problems.push(t(`${result.download.where}：数据集 ${idOf(ds, i)} 的 recordCount 为 ${ds.recordCount}，文件实际有 ${rows} 行`, `${result.download.where}: dataset ${idOf(ds, i)} declares recordCount ${ds.recordCount}, the file holds ${rows} rows`));
        }
      }
      if (problems.length) warn(joinProblems(problems));
      if (judged === 0) return skip(t('没有带 recordCount 且可计行数（CSV/JSON）的数据集', 'no dataset with a recordCount and a CSV or JSON file to count'));
    },
  },
];

const suite: SuiteModule = {
  class: 'OPEN',
  title: t('公共数据开放', 'Open data'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests,
};
export default suite;
