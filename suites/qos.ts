import type { SuiteModule } from '../src/engine/suite-api.js';
import { t } from '../src/i18n/text.js';

// Being written: the QOS suite's tests land here.
const suite: SuiteModule = {
  class: 'QOS',
  title: t('QOS', 'QOS'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [],
};
export default suite;
