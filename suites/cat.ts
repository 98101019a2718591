import type { SuiteModule } from '../src/engine/suite-api.js';
import { t } from '../src/i18n/text.js';

// Being written: the CAT suite's tests land here.
const suite: SuiteModule = {
  class: 'CAT',
  title: t('CAT', 'CAT'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [],
};
export default suite;
