// govx plan --ics <file|dir> [--classes …] [--grep …] [--probe] [--json] [--lang zh|en]
// A dry run: what `govx run` would send, per target, before anything is sent.
import type { Command } from 'commander';
import { loadIcs } from '../ics/load.js';
import { CLASSES } from '../spec/registry-types.js';
import { buildPlan } from '../trust/plan.js';
import { formatPlan } from '../trust/plan-text.js';
import { parseClasses, parseGrep, parseLang } from './options.js';

interface PlanFlags {
  ics: string;
  classes?: string;
  grep?: string;
  probe?: boolean;
  json?: boolean;
  lang: string;
}

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description('预演：列出运行将执行的测试与请求，不发送请求 / show what a run would send, without sending it')
    .requiredOption('--ics <file|dir>', 'ICS file or folder (EIP §11)')
    .option('--classes <list>', `only these classes, comma-separated (${CLASSES.join(',')})`)
    .option('--grep <pattern>', 'only tests whose id, title or requirement ID matches')
    .option('--probe', 'send GET /gx/v1/health per target to learn the classes it claims and its clock')
    .option('--json', 'machine-readable output')
    .option('--lang <zh|en>', 'language of the output', 'zh')
    .action(async (flags: PlanFlags) => {
      const lang = parseLang(flags.lang);
      const classes = flags.classes !== undefined ? parseClasses(flags.classes) : undefined;
      const grep = flags.grep !== undefined ? parseGrep(flags.grep) : undefined;
      const targets = loadIcs(flags.ics);
      const { SUITES } = await import('../../suites/index.js');
      const plan = await buildPlan(targets, { suites: SUITES, ...(classes ? { classes } : {}), ...(grep ? { grep } : {}), probe: flags.probe === true });
      process.stdout.write(flags.json ? JSON.stringify(plan, null, 2) + '\n' : formatPlan(plan, lang));
      process.exitCode = 0;
    });
}
