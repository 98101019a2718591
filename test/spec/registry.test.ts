import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/errors.js';
import { SPECS_DIR } from '../../src/paths.js';
import { loadRegistry, profileRuleOf, registryMap } from '../../src/spec/registry.js';
import { CLASSES } from '../../src/spec/registry-types.js';

const PROFILE_IDS = readFileSync(new URL('../fixtures/spec/profile-ids.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('EIP-'));

describe('requirement registry', () => {
  const registry = loadRegistry();
  const byId = new Map(registry.map((r) => [r.id, r]));

  it('holds every rule ID of the profile', () => {
    expect(PROFILE_IDS).to.have.length(82);
    const missing = PROFILE_IDS.filter((id) => !byId.has(id));
    expect(missing).to.deep.equal([]);
  });

  it('holds no profile-level ID the profile lacks, and every finer ID refines a profile rule', () => {
    for (const r of registry) expect(PROFILE_IDS).to.include(profileRuleOf(r.id), r.id);
  });

  it('gives every entry a class matching its ID, a level, zh and en titles and a clause', () => {
    for (const r of registry) {
      expect(CLASSES).to.include(r.class);
      expect(r.id.startsWith(`EIP-${r.class}-`), r.id).to.equal(true);
      expect(['MUST', 'SHOULD', 'MAY']).to.include(r.level);
      expect(r.title.zh, r.id).to.match(/[\u4e00-\u9fff]/);
      expect(r.title.en, r.id).to.match(/[A-Za-z]/);
      expect(r.clause, r.id).to.match(/^EIP 1\.0 §\d+/);
    }
  });

  it('takes the levels from the profile text', () => {
    const level = (id: string): string | undefined => byId.get(id)?.level;
    expect(level('EIP-CORE-013')).to.equal('MUST');
    expect(level('EIP-SEC-007')).to.equal('MAY');
    expect(level('EIP-SEC-013')).to.equal('SHOULD');
    expect(level('EIP-POP-009')).to.equal('SHOULD');
    expect(level('EIP-CAT-010')).to.equal('SHOULD');
    for (const q of ['EIP-QOS-001', 'EIP-QOS-002', 'EIP-QOS-003', 'EIP-OPEN-003', 'EIP-OPEN-004', 'EIP-CORE-011', 'EIP-CORE-012', 'EIP-LE-006', 'EIP-CAT-008']) {
      expect(level(q), q).to.equal('SHOULD');
    }
    const should = registry.filter((r) => !r.id.includes('.') && r.level === 'SHOULD').length;
    const may = registry.filter((r) => !r.id.includes('.') && r.level === 'MAY').length;
    expect([should, may]).to.deep.equal([12, 1]);
  });

  it('names the external standard where one applies', () => {
    expect(byId.get('EIP-POP-002')?.clause).to.contain('GB 11643-1999');
    expect(byId.get('EIP-LE-002')?.clause).to.contain('GB 32100-2015');
    expect(byId.get('EIP-POP-006')?.clause).to.contain('GB/T 2260');
    expect(byId.get('EIP-SEC-006')?.clause).to.contain('GB/T 32905');
  });

  it('records the reading chosen for each ambiguous clause', () => {
    const notes: Record<string, RegExp> = {
      'EIP-EC-006': /one day|one-day/,
      'EIP-POP-006': /warning/,
      'EIP-LE-003': /warning/,
      'EIP-POP-007': /either way/,
      'EIP-SEC-004': /±120 s.*±900 s/,
      'EIP-SEC-013': /skipped without a quota key/,
      'EIP-DOCK-007': /not run/,
      'EIP-CORE-013': /not applicable/,
    };
    for (const [id, en] of Object.entries(notes)) {
      const note = byId.get(id)?.note;
      expect(note, id).to.not.equal(undefined);
      expect(note!.en, id).to.match(en);
      expect(note!.zh, id).to.match(/[\u4e00-\u9fff]/);
    }
  });

  it('registryMap() answers by ID and is loaded once', () => {
    const map = registryMap();
    expect(map.get('EIP-SEC-003.b')?.class).to.equal('SEC');
    expect(registryMap()).to.equal(map);
  });

  describe('a broken registry', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'govx-registry-'));
      cpSync(SPECS_DIR, dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const edit = (from: string | RegExp, to: string): void => {
      const file = join(dir, 'requirements.yaml');
      const text = readFileSync(file, 'utf8');
      const next = text.replace(from, to);
      expect(next).to.not.equal(text);
      writeFileSync(file, next);
    };
    const problem = (): ConfigError => {
      try {
        loadRegistry(dir);
      } catch (err) {
        expect(err).to.be.instanceOf(ConfigError);
        expect((err as Error).message).to.not.contain('\n');
        return err as ConfigError;
      }
      throw new Error('expected a ConfigError');
    };

    it('names file, line and problem for an unknown level', () => {
      edit(/id: EIP-CORE-011\n {4}class: CORE\n {4}level: SHOULD/, 'id: EIP-CORE-011\n    class: CORE\n    level: OUGHT');
      const lines = readFileSync(join(dir, 'requirements.yaml'), 'utf8').split('\n');
      const line = lines.findIndex((l) => l.includes('level: OUGHT')) + 1;
      expect(problem().message).to.match(new RegExp(`requirements\\.yaml:${line}: /requirements/\\d+/level must be equal to one of the allowed values \\(MUST, SHOULD, MAY\\)`));
    });

    it('refuses a duplicate ID', () => {
      edit('id: EIP-CORE-012', 'id: EIP-CORE-011');
      expect(problem().message).to.match(/requirements\.yaml:\d+: EIP-CORE-011 appears twice/);
    });

    it('refuses a class that disagrees with the ID', () => {
      edit(/id: EIP-LE-004\n {4}class: LE/, 'id: EIP-LE-004\n    class: EC');
      expect(problem().message).to.match(/EIP-LE-004 has class EC/);
    });

    it('refuses a finer ID without its rule', () => {
      edit(/- id: EIP-SEC-004\n/, '- id: EIP-SEC-099\n');
      expect(problem().message).to.match(/EIP-SEC-004\.a refines EIP-SEC-004, which is not in the registry/);
    });

    it('reports a YAML syntax error with its position', () => {
      edit('  - id: EIP-CAT-001', '  - id: [EIP-CAT-001');
      expect(problem().message).to.match(/requirements\.yaml:\d+:\d+: .*fix the YAML$/);
    });

    it('refuses an entry missing its English title', () => {
      edit(/(id: EIP-OPEN-004[\s\S]*?)\n {6}en: [^\n]*/, '$1');
      expect(problem().message).to.match(/title must have required property 'en'/);
    });
  });
});
