// Every conformance class's suite module, in the order the profile lists them.
import type { SuiteModule } from '../src/engine/suite-api.js';
import core from './core.js';
import sec from './sec.js';
import cat from './cat.js';
import pop from './pop.js';
import le from './le.js';
import ec from './ec.js';
import dock from './dock.js';
import qos from './qos.js';
import open from './open.js';

export const SUITES: readonly SuiteModule[] = [core, sec, cat, pop, le, ec, dock, qos, open];
