import { expect } from 'chai';
import { TestOutcome, TransportError } from '../../src/engine/suite-api.js';
import { t } from '../../src/i18n/text.js';

// A runner may load suite-api twice (a static import in a test, a dynamic one in the engine): a skip
// thrown through one copy must still be recognised by the other, or skips would be recorded as failures.
describe('TestOutcome and TransportError across module copies', () => {
  it('instanceof holds for instances made by a second copy of the module', async () => {
    const copy = (await import(`../../src/engine/suite-api.js?copy=${Date.now()}`)) as typeof import('../../src/engine/suite-api.js');
    expect(copy.TestOutcome).to.not.equal(TestOutcome);
    const skip = new copy.TestOutcome('skip', t('跳过', 'skipped'));
    const transport = new copy.TransportError('ECONNREFUSED', t('拒绝', 'refused'));
    expect(skip instanceof TestOutcome).to.equal(true);
    expect(transport instanceof TransportError).to.equal(true);
    expect(skip instanceof TransportError).to.equal(false);
    expect(new Error('x') instanceof TestOutcome).to.equal(false);
  });
});
