// govx specs check [dir]: validates the OpenAPI documents, the JSON Schemas and the requirement registry,
// and prints what they hold. A broken file is one line (file, location, problem) and exit 2.
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { t, type Lang } from '../i18n/text.js';
import { SPECS_DIR } from '../paths.js';
import { CLASSES } from '../spec/registry-types.js';
import { LEVELS, validateSpecs, type SpecsSummary } from '../spec/check.js';
import { displayPath } from '../spec/schemas.js';
import { parseLang } from './options.js';


export function formatSummary(s: SpecsSummary, lang: Lang): string {
  const L = (zh: string, en: string): string => t(zh, en)[lang];
  const r = s.requirements;
  const levels = (c: Record<string, number>): string => LEVELS.map((l) => `${l} ${c[l]}`).join('  ');
  const lines = [
    L(`规范文件有效：${displayPath(s.dir)}`, `specs valid: ${displayPath(s.dir)}`),
    L('OpenAPI 操作：', 'OpenAPI operations: ') + Object.entries(s.operations).map(([role, n]) => `${role} ${n}`).join(L('，', ', ')),
    L(`JSON Schema：${s.schemas}`, `JSON Schemas: ${s.schemas}`),
    L(`需求：${r.total}（规范条款 ${r.profileRules}，细分 ${r.total - r.profileRules}）`, `requirements: ${r.total} (profile rules ${r.profileRules}, sub-cases ${r.total - r.profileRules})`),
    `  ${levels(r.byLevel)}`,
    ...CLASSES.map((c) => `  ${c.padEnd(5)} ${levels(r.byClass[c])}`),
  ];
  return lines.join('\n') + '\n';
}

export function registerSpecs(program: Command): void {
  const specs = program.command('specs').description('规范文件 / the specs: OpenAPI, JSON Schemas, requirement registry');
  specs
    .command('check')
    .description('校验 OpenAPI 文档、JSON Schema 与需求登记表并统计 / validate the OpenAPI documents, JSON Schemas and registry, and count them')
    .argument('[dir]', '规范目录 / specs folder', SPECS_DIR)
    .option('--lang <lang>', '输出语言 zh|en / output language', 'zh')
    .action(async (dir: string, opts: { lang: string }) => {
      const lang = parseLang(opts.lang);
      let summary: SpecsSummary;
      try {
        summary = await validateSpecs(dir);
      } catch (err) {
        if (err instanceof ConfigError) throw new ConfigError(t('规范文件有误：', 'broken spec: ')[lang] + err.message);
        throw err;
      }
      process.stdout.write(formatSummary(summary, lang));
    });
}
