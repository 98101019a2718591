import type { SuiteModule } from '../src/engine/suite-api.js';
import { t } from '../src/i18n/text.js';

// Being written: the CORE suite's tests land here.
const suite: SuiteModule = {
  class: 'CORE',
  title: t('CORE', 'CORE'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [],
};
export default suite;
