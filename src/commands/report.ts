// govx report <results-dir>... --out <file.html>: renders merged result files to the HTML pilot report.
import type { Command } from 'commander';
import { pick, type Lang } from '../i18n/text.js';
import { registryMap } from '../spec/registry.js';
import { divisionName, regionNameForPrefix } from '../standards/index.js';
import { HARNESS_VERSION, PROFILE_VERSION } from '../version.js';
import { writeReport } from '../report/html.js';
import { loadResults } from '../report/load.js';
import { buildModel, type ReportModel } from '../report/model.js';
import { parseLang } from './options.js';

export interface ReportOptions {
  dirs: string[];
  out: string;
  lang?: Lang;
  baseline?: string[];
  title?: string;
  /** Fixed generation time (tests, reproducible reports). */
  generatedAt?: string;
}

/** Programmatic entry (the demo calls it): loads, merges, renders and writes; returns the paths and the model. */
export async function generateReport(opts: ReportOptions): Promise<{ html: string; json: string; model: ReportModel }> {
  const lang = opts.lang ?? 'zh';
  const loaded = await loadResults(opts.dirs);
  const baseline = opts.baseline && opts.baseline.length > 0 ? await loadResults(opts.baseline) : undefined;
  const model = buildModel(loaded, {
    registry: registryMap(),
    regionName: regionNameForPrefix,
    divisionName,
    lang,
    title: opts.title,
    baseline,
    harnessVersion: HARNESS_VERSION,
    profileVersion: PROFILE_VERSION,
    generatedAt: opts.generatedAt,
  });
  const paths = writeReport(model, opts.out);
  return { ...paths, model };
}


export function registerReport(program: Command): void {
  program
    .command('report')
    .description('由结果目录生成 HTML 试点评估报告 / render results folders as an HTML pilot-evaluation report')
    .argument('<results-dir...>', 'results folders written by govx run (shards and earlier runs merge)')
    .requiredOption('--out <file.html>', 'the HTML file to write; report.json is written beside it')
    .option('--lang <zh|en>', 'report language', parseLang, 'zh' as Lang)
    .option('--baseline <results-dir...>', 'results of an earlier run to compare with')
    .option('--title <text>', 'report title')
    .action(async (dirs: string[], o: { out: string; lang: Lang; baseline?: string[]; title?: string }) => {
      const { html, json, model } = await generateReport({ dirs, out: o.out, lang: o.lang, baseline: o.baseline, title: o.title });
      for (const note of model.notes) process.stderr.write(`govx: ${pick(note, o.lang)}\n`);
      const summary =
        o.lang === 'en'
          ? `report: ${html} (${model.targets.length} target(s); model in ${json})`
          : `报告：${html}（${model.targets.length} 个被测节点；模型 ${json}）`;
      process.stdout.write(`${summary}\n`);
    });
}
