import type { SuiteModule } from '../src/engine/suite-api.js';
import { t } from '../src/i18n/text.js';

// Being written: the OPEN suite's tests land here.
const suite: SuiteModule = {
  class: 'OPEN',
  title: t('OPEN', 'OPEN'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [],
};
export default suite;
