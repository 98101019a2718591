import type { SuiteModule } from '../src/engine/suite-api.js';
import { t } from '../src/i18n/text.js';

// Being written: the POP suite's tests land here.
const suite: SuiteModule = {
  class: 'POP',
  title: t('POP', 'POP'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [],
};
export default suite;
