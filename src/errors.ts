/**
 * A usage or configuration error: bad arguments, a bad ICS, a broken spec, an unwritable output folder.
 * Its message is one line a person can act on (what, where, how to fix); the CLI prints it without a
 * stack trace and exits 2.
 */
export class ConfigError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
