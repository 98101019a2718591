import type { SuiteModule } from '../src/engine/suite-api.js';
import { t } from '../src/i18n/text.js';

// Being written: the EC suite's tests land here.
const suite: SuiteModule = {
  class: 'EC',
  title: t('EC', 'EC'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [],
};
export default suite;
