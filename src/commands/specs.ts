import type { Command } from 'commander';
import { ConfigError } from '../errors.js';

// Placeholder until its issue lands: the command exists so that 'govx --help' lists it.
export function registerSpecs(program: Command): void {
  program
    .command('specs')
    .description('not yet available')
    .allowUnknownOption()
    .action(() => {
      throw new ConfigError("'govx specs' is not yet available in this build");
    });
}
