// govx run --ics <file|dir>[,…] [--classes …] [--grep …] [--out dir] [--waivers file] [--lang zh|en]
//          [--concurrency N] [--max-rps-per-origin N] [--timeout-ms N]
//          [--shard i/n | --shard-index i0 --shard-total n] [--resume dir]
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { pick, t, type Lang } from '../i18n/text.js';
import { CLASSES } from '../spec/registry-types.js';
import { runConformance, type RunSummary } from '../engine/index.js';
import { parseClasses, parseLang, positiveInt, positiveNumber } from './options.js';

interface RunFlags {
  ics: string;
  classes?: string;
  grep?: string;
  out?: string;
  waivers?: string;
  lang: string;
  concurrency?: string;
  maxRpsPerOrigin?: string;
  timeoutMs?: string;
  shard?: string;
  shardIndex?: string;
  shardTotal?: string;
  resume?: string;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('按 ICS 对目标执行一致性测试 / run the conformance suites against the targets of an ICS')
    .requiredOption('--ics <file|dir>', 'ICS file or folder (EIP §11); several comma-separated')
    .option('--classes <list>', `only these classes, comma-separated (${CLASSES.join(',')})`)
    .option('--grep <pattern>', 'only tests whose id, title or requirement ID matches')
    .option('--out <dir>', "results folder (default reports/<target-id or 'run'>-<run-id>/)")
    .option('--waivers <file>', 'waiver file (YAML: target, rule, reason, approver, expires)')
    .option('--lang <zh|en>', 'language of console output and reports', 'zh')
    .option('--concurrency <n>', 'targets run at once (default 4)')
    .option('--max-rps-per-origin <n>', 'run-wide request rate cap for targets sharing an origin')
    .option('--timeout-ms <n>', 'connect and response timeout per request in ms (default 10000 / 30000)')
    .option('--shard <i/n>', 'run only shard i of n of the targets (1-based: 1/4 … 4/4)')
    .option('--shard-index <i>', 'the same, 0-based, for a Kubernetes Indexed Job: --shard-index $(JOB_COMPLETION_INDEX) --shard-total n')
    .option('--shard-total <n>', 'number of shards, with --shard-index')
    .option('--resume <dir>', 'continue an interrupted run in its results folder (same --ics); finished tests are not run again')
    .action(async (flags: RunFlags, command: Command) => {
      const lang = parseLang(flags.lang);
      const timeout = flags.timeoutMs !== undefined ? positiveInt('--timeout-ms', flags.timeoutMs) : undefined;
      const summary = await runConformance({
        ics: parseIcsList(flags.ics),
        ...(flags.classes !== undefined ? { classes: parseClasses(flags.classes) } : {}),
        ...(flags.grep !== undefined ? { grep: flags.grep } : {}),
        ...(flags.out !== undefined ? { out: flags.out } : {}),
        ...(flags.waivers !== undefined ? { waivers: flags.waivers } : {}),
        lang,
        ...(flags.concurrency !== undefined ? { concurrency: positiveInt('--concurrency', flags.concurrency) } : {}),
        ...(flags.maxRpsPerOrigin !== undefined ? { maxRpsPerOrigin: positiveNumber('--max-rps-per-origin', flags.maxRpsPerOrigin) } : {}),
        ...(timeout !== undefined ? { timeouts: { connectMs: timeout, headersMs: timeout, bodyMs: timeout } } : {}),
        ...shardOption(flags),
        ...(flags.resume !== undefined ? { resume: flags.resume } : {}),
        // The arguments as the user gave them (main() parses them 'from user'); secrets are removed downstream.
        argv: ['govx', ...((command.parent as unknown as { rawArgs?: string[] } | null)?.rawArgs ?? process.argv.slice(2))],
      });
      process.stdout.write(formatSummary(summary, lang));
      process.exitCode = summary.exitCode;
    });
}





function parseIcsList(value: string): string | string[] {
  const list = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (list.length === 0) throw new ConfigError(`--ics ${value}: give an ICS file or folder`);
  return list.length === 1 ? list[0]! : list;
}

/** `--shard i/n` (1-based) or `--shard-index i --shard-total n` (0-based index, as JOB_COMPLETION_INDEX is). */
function shardOption(flags: RunFlags): { shard?: { index: number; total: number } } {
  const zeroBased = flags.shardIndex !== undefined || flags.shardTotal !== undefined;
  if (flags.shard !== undefined && zeroBased) throw new ConfigError('--shard and --shard-index/--shard-total: give one form, not both');
  if (flags.shard !== undefined) return { shard: parseShard(flags.shard) };
  if (!zeroBased) return {};
  if (flags.shardIndex === undefined || flags.shardTotal === undefined) throw new ConfigError('--shard-index and --shard-total go together, e.g. --shard-index 0 --shard-total 4');
  const total = positiveInt('--shard-total', flags.shardTotal);
  const index = Number(flags.shardIndex);
  if (!/^\d+$/.test(flags.shardIndex) || index >= total) throw new ConfigError(`--shard-index ${flags.shardIndex}: use 0 to ${total - 1} (0-based) with --shard-total ${total}`);
  return { shard: { index: index + 1, total } };
}

function parseShard(value: string): { index: number; total: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m) throw new ConfigError(`--shard ${value}: write i/n, e.g. 1/4`);
  return { index: Number(m[1]), total: Number(m[2]) };
}

export function formatSummary(summary: RunSummary, lang: Lang): string {
  const out: string[] = [];
  for (const s of summary.targets) {
    const c = s.counts;
    const verdict = s.conformant ? t('符合', 'conformant') : s.failed.length ? t('不符合', 'not conformant') : t('未能评估', 'not assessed');
    out.push(
      pick(
        t(
          `${s.id}  ${verdict.zh}  等级 ${s.grade}  得分 ${s.score}  通过 ${c.pass} 不通过 ${c.fail} 警告 ${c.warn} 跳过 ${c.skip} 未评估 ${c.error} 豁免 ${c.waived}  请求 ${s.requests}`,
          `${s.id}  ${verdict.en}  grade ${s.grade}  score ${s.score}  pass ${c.pass} fail ${c.fail} warn ${c.warn} skip ${c.skip} error ${c.error} waived ${c.waived}  requests ${s.requests}`,
        ),
        lang,
      ),
    );
    if (s.healthProblem) out.push(`  ${s.healthProblem}`);
    for (const f of s.failed.slice(0, 10)) out.push(`  ✗ ${f.test} [${f.requirements.join(', ')}] ${f.message ?? ''}`.trimEnd());
    if (s.failed.length > 10) out.push(pick(t(`  … 另有 ${s.failed.length - 10} 项不通过`, `  … ${s.failed.length - 10} more failures`), lang));
  }
  for (const w of summary.waivers.applied) out.push(pick(t(`豁免：${w.target} ${w.test} ${w.rule}（${w.approver}，至 ${w.expires}）`, `waived: ${w.target} ${w.test} ${w.rule} (${w.approver}, until ${w.expires})`), lang));
  out.push(pick(t(`结果：${summary.outDir}（运行 ${summary.runId}）`, `results: ${summary.outDir} (run ${summary.runId})`), lang));
  return out.join('\n') + '\n';
}
