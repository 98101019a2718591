import type { SuiteModule } from '../src/engine/suite-api.js';
import { t } from '../src/i18n/text.js';

// Being written: the SEC suite's tests land here.
const suite: SuiteModule = {
  class: 'SEC',
  title: t('SEC', 'SEC'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [],
};
export default suite;
