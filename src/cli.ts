#!/usr/bin/env node
// govx command line: each command lives in src/commands/<name>.ts and registers itself here.
import { Command, CommanderError } from 'commander';
import { ConfigError } from './errors.js';
import { HARNESS_VERSION } from './version.js';
import { registerSpecs } from './commands/specs.js';
import { registerCheckCode } from './commands/check-code.js';
import { registerServe } from './commands/serve.js';
import { registerRun } from './commands/run.js';
import { registerReport } from './commands/report.js';
import { registerPlan } from './commands/plan.js';
import { registerReplay } from './commands/replay.js';

export function buildProgram(): Command {
  const program = new Command('govx')
    .description('EIP 1.0 conformance harness for government data-sharing exchange interfaces / 政务信息共享交换接口一致性测试工具')
    .version(HARNESS_VERSION)
    .exitOverride();
  registerSpecs(program);
  registerCheckCode(program);
  registerServe(program);
  registerRun(program);
  registerReport(program);
  registerPlan(program);
  registerReplay(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander has already printed its message (or the help/version text).
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`govx: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`govx: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
    return 2;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly || process.argv[1]?.endsWith('/govx')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
