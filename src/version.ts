// The harness and profile versions stamped on every result and report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.js';

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
export const HARNESS_VERSION: string = pkg.version;
export const PROFILE_VERSION = '1.0';
