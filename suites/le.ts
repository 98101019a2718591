import type { SuiteModule } from '../src/engine/suite-api.js';
import { t } from '../src/i18n/text.js';

// Being written: the LE suite's tests land here.
const suite: SuiteModule = {
  class: 'LE',
  title: t('LE', 'LE'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [],
};
export default suite;
