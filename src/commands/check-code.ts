import type { Command } from 'commander';
import { ConfigError } from '../errors.js';

// Placeholder until its issue lands: the command exists so that 'govx --help' lists it.
export function registerCheckCode(program: Command): void {
  program
    .command('check-code')
    .description('not yet available')
    .allowUnknownOption()
    .action(() => {
      throw new ConfigError("'govx check-code' is not yet available in this build");
    });
}
