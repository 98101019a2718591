// govx check-code <kind> <value>...: departments check their own codes by hand (issue 2, item 7).
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { pick, t, type Lang, type Text } from '../i18n/text.js';
import {
  SEX_CODES,
  validateCitizenId,
  validateDivisionCode,
  validateEcertId,
  validateNodeId,
  validateResourceCode,
  validateUscc,
  type CitizenIdInfo,
  type DivisionInfo,
  type EcertIdInfo,
  type UsccInfo,
  type Verdict,
} from '../standards/index.js';

type Detail = [label: Text, value: Text | string];
type AnyVerdict = Verdict<Record<string, unknown>>;

interface Kind {
  validate(v: string): AnyVerdict;
  /** Lines shown under the verdict; `info` may be partial for an invalid value. */
  details(info: Record<string, unknown>): Detail[];
}

const LEVELS: Record<string, Text> = {
  national: t('全国', 'national'),
  province: t('省级', 'province'),
  prefecture: t('地市级', 'prefecture'),
  county: t('县级', 'county'),
  NATIONAL: t('国家级', 'national'),
  PROVINCIAL: t('省级', 'provincial'),
  MUNICIPAL: t('市级', 'municipal'),
  DEPARTMENT: t('部门', 'department'),
  BASIC: t('基础信息资源', 'basic'),
  THEME: t('主题信息资源', 'thematic'),
  DEPARTMENT_RESOURCE: t('部门信息资源', 'departmental'),
};

const place = (code: unknown, name: unknown): string => (typeof name === 'string' && name ? `${name} (${String(code)})` : String(code));

/** A USCC inside an e-certificate identifier: its own verdict, one line. */
function usccLine(code: string): Text {
  const v = validateUscc(code);
  if (!v.valid) return t(`${code}，无效：${v.reason.zh}`, `${code}, invalid: ${v.reason.en}`);
  return t(`${code}，有效（${v.info.authorityName.zh} / ${v.info.categoryName.zh}）`, `${code}, valid (${v.info.authorityName.en} / ${v.info.categoryName.en})`);
}

const KINDS: Record<string, Kind> = {
  id: {
    validate: (v) => validateCitizenId(v) as AnyVerdict,
    details(raw) {
      const info = raw as Partial<CitizenIdInfo>;
      const out: Detail[] = [];
      if (info.normalized !== undefined) out.push([t('规范化号码', 'normalised'), info.normalized]);
      if (info.upgradedFrom15) out.push([t('说明', 'note'), t('由 15 位旧号码升位', 'upgraded from the 15-digit form')]);
      if (info.birthDate !== undefined) out.push([t('出生日期', 'birth date'), info.birthDate]);
      if (info.sex !== undefined) out.push([t('性别', 'sex'), SEX_CODES[info.sex] ?? info.sex]);
      if (info.region !== undefined) out.push([t('地区', 'region'), place(info.region, info.regionName)]);
      return out;
    },
  },
  uscc: {
    validate: (v) => validateUscc(v) as unknown as AnyVerdict,
    details(raw) {
      const info = raw as Partial<UsccInfo>;
      const out: Detail[] = [];
      if (info.authority !== undefined && info.authorityName) {
        out.push([t('登记管理部门', 'registration authority'), t(`${info.authority} ${info.authorityName.zh}`, `${info.authority} ${info.authorityName.en}`)]);
      }
      if (info.category !== undefined && info.categoryName) {
        const ext = info.pairSet === 'extended' ? t('（扩展代码表）', ' (extended table)') : t('', '');
        out.push([t('机构类别', 'organisation category'), t(`${info.category} ${info.categoryName.zh}${ext.zh}`, `${info.category} ${info.categoryName.en}${ext.en}`)]);
      }
      if (info.region !== undefined) out.push([t('登记地区', 'region'), place(info.region, info.regionName)]);
      if (info.orgCode !== undefined) out.push([t('组织机构代码', 'organisation code'), info.orgCode]);
      return out;
    },
  },
  ecert: {
    validate: (v) => validateEcertId(v) as unknown as AnyVerdict,
    details(raw) {
      const info = raw as Partial<EcertIdInfo>;
      const out: Detail[] = [];
      if (info.typeCode !== undefined) {
        out.push([t('证照类型代码', 'type code'), info.typeCode]);
        out.push([t('  定义机构', '  defined by'), usccLine(info.typeCode.slice(0, 18))]);
      }
      if (info.issuerCode !== undefined) out.push([t('颁发机构代码', 'issuer code'), usccLine(info.issuerCode)]);
      if (info.serial !== undefined) out.push([t('顺序号', 'serial'), info.serial]);
      if (info.version !== undefined) out.push([t('版本号', 'version'), info.version]);
      if (info.check !== undefined) out.push([t('校验码', 'check character'), info.check]);
      return out;
    },
  },
  division: {
    validate: (v) => validateDivisionCode(v) as unknown as AnyVerdict,
    details(raw) {
      const info = raw as Partial<DivisionInfo>;
      const out: Detail[] = [];
      if (info.fullName !== undefined) out.push([t('名称', 'name'), info.fullName]);
      if (info.level !== undefined) out.push([t('级别', 'level'), LEVELS[info.level] ?? info.level]);
      return out;
    },
  },
  resource: {
    validate: (v) => validateResourceCode(v) as unknown as AnyVerdict,
    details(info) {
      const category = String(info['category'] ?? '');
      // 'DEPARTMENT' names a node level too: the resource category has its own entry.
      const name = LEVELS[category === 'DEPARTMENT' ? 'DEPARTMENT_RESOURCE' : category];
      const out: Detail[] = [];
      if (category) out.push([t('类别', 'category'), t(`${category} ${name?.zh ?? ''}`, `${category} (${name?.en ?? ''})`)]);
      if (typeof info['classification'] === 'string') out.push([t('分类代码', 'classification'), info['classification']]);
      if (typeof info['sequence'] === 'string') out.push([t('顺序号', 'sequence'), info['sequence']]);
      return out;
    },
  },
  node: {
    validate: (v) => validateNodeId(v) as unknown as AnyVerdict,
    details(info) {
      const out: Detail[] = [];
      const level = String(info['level'] ?? '');
      if (level) out.push([t('级别', 'level'), t(`${level} ${LEVELS[level]?.zh ?? ''}`, `${level} (${LEVELS[level]?.en ?? ''})`)]);
      if (typeof info['region'] === 'string') out.push([t('地区', 'region'), place(info['region'], info['regionName'])]);
      if (typeof info['suffix'] === 'string') out.push([t('后缀', 'suffix'), info['suffix']]);
      return out;
    },
  },
};

function isText(v: unknown): v is Text {
  return v !== null && typeof v === 'object' && Object.keys(v).length === 2 && typeof (v as Text).zh === 'string' && typeof (v as Text).en === 'string';
}

/** Replaces every bilingual Text inside `v` by its text in `lang`, for the JSON output. */
function localize(v: unknown, lang: Lang): unknown {
  if (isText(v)) return v[lang];
  if (Array.isArray(v)) return v.map((x) => localize(x, lang));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, localize(x, lang)]));
  return v;
}

function render(value: string, verdict: AnyVerdict, kind: Kind, lang: Lang): string {
  const lines: string[] = [];
  const sep = lang === 'zh' ? '：' : ': ';
  if (verdict.valid) {
    const head = verdict.warning ? t('有效（有警告）', 'valid (with a warning)') : t('有效', 'valid');
    lines.push(`${verdict.warning ? '!' : '✓'} ${value}  ${pick(head, lang)}`);
    if (verdict.warning) lines.push(`    ${pick(t('警告', 'warning'), lang)}${sep}${pick(verdict.warning, lang)}`);
  } else {
    lines.push(`✗ ${value}  ${pick(t('无效', 'invalid'), lang)}${sep}${pick(verdict.reason, lang)}`);
  }
  for (const [label, detail] of kind.details(verdict.info ?? {})) lines.push(`    ${pick(label, lang)}${sep}${pick(detail, lang)}`);
  return lines.join('\n');
}

export function registerCheckCode(program: Command): void {
  program
    .command('check-code')
    .description('检查代码：公民身份号码、统一社会信用代码、证照标识、行政区划代码、资源代码、节点标识 / check codes by hand')
    .argument('<kind>', 'id | uscc | ecert | division | resource | node')
    .argument('<values...>', '要检查的值 / the values to check')
    .option('--lang <lang>', '输出语言 zh | en / output language', 'zh')
    .option('--json', '以 JSON 输出 / print JSON')
    .action((kindName: string, values: string[], opts: { lang: string; json?: boolean }) => {
      if (opts.lang !== 'zh' && opts.lang !== 'en') {
        throw new ConfigError(`--lang '${opts.lang}' is not supported: use zh or en / 不支持的语言，请用 zh 或 en`);
      }
      const lang: Lang = opts.lang;
      const kind = Object.hasOwn(KINDS, kindName) ? KINDS[kindName] : undefined;
      if (kind === undefined) {
        throw new ConfigError(pick(t(
          `未知的代码类型 '${kindName}'：应为 ${Object.keys(KINDS).join('、')} 之一`,
          `unknown kind '${kindName}': use one of ${Object.keys(KINDS).join(', ')}`,
        ), lang));
      }
      const results = values.map((value) => ({ value, verdict: kind.validate(value) }));
      if (opts.json) {
        const out = results.map(({ value, verdict }) => ({ value, ...verdict }));
        process.stdout.write(JSON.stringify(localize({ kind: kindName, results: out }, lang), null, 2) + '\n');
      } else {
        process.stdout.write(results.map(({ value, verdict }) => render(value, verdict, kind, lang)).join('\n') + '\n');
      }
      process.exitCode = results.every((r) => r.verdict.valid) ? 0 : 1;
    });
}
