import type { Command } from 'commander';
import { ConfigError } from '../errors.js';

// Placeholder until its issue lands: the command exists so that 'govx --help' lists it.
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('not yet available')
    .allowUnknownOption()
    .action(() => {
      throw new ConfigError("'govx serve' is not yet available in this build");
    });
}
