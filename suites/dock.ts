import type { SuiteModule } from '../src/engine/suite-api.js';
import { t } from '../src/i18n/text.js';

// Being written: the DOCK suite's tests land here.
const suite: SuiteModule = {
  class: 'DOCK',
  title: t('DOCK', 'DOCK'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [],
};
export default suite;
