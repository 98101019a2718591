import type { Command } from 'commander';
import { ConfigError } from '../errors.js';

// Placeholder until its issue lands: the command exists so that 'govx --help' lists it.
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('not yet available')
    .allowUnknownOption()
    .action(() => {
      throw new ConfigError("'govx report' is not yet available in this build");
    });
}
