// govx replay <results-dir> <test-id> --ics <file> [--target id] [--show] [--lang zh|en]
// Reproduces one recorded result: the test's requests rebuilt from the ICS, signed afresh, sent, and
// printed redacted as the results are. Exit 0 when the outcome reproduces, 1 when it differs, 2 for usage.
import type { Command } from 'commander';
import { replayTest } from '../trust/replay.js';
import { formatExchange, formatHeader, formatVerdict } from '../trust/replay-text.js';
import { parseLang } from './options.js';

interface ReplayFlags {
  ics: string;
  target?: string;
  show?: boolean;
  lang: string;
}

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('重放一项已记录的测试（重新签名，输出已脱敏）/ re-run one recorded test against its target, signed afresh, redacted output')
    .argument('<results-dir>', "results folder written by 'govx run'")
    .argument('<test-id>', 'test id as recorded, e.g. POP.record.birth-date')
    .requiredOption('--ics <file>', 'the ICS the run used (secrets from ${ENV} or .env beside it)')
    .option('--target <id>', 'the target, when the test was recorded for several')
    .option('--show', 'build and sign the first request and print it; send nothing')
    .option('--lang <zh|en>', 'language of the output', 'zh')
    .action(async (resultsDir: string, testId: string, flags: ReplayFlags) => {
      const lang = parseLang(flags.lang);
      // The header waits for the first exchange, so a usage error prints only its one line.
      let n = 0;
      const header = (): void => {
        if (n === 0) process.stdout.write(formatHeader(testId, flags.show === true, lang));
      };
      const result = await replayTest({
        resultsDir,
        testId,
        ics: flags.ics,
        ...(flags.target !== undefined ? { target: flags.target } : {}),
        show: flags.show === true,
        onExchange: (e) => {
          header();
          process.stdout.write(formatExchange(e, ++n, lang));
        },
      });
      header();
      process.stdout.write(formatVerdict(result, lang));
      process.exitCode = result.shown || result.reproduced ? 0 : 1;
    });
}
