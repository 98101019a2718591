import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, SPECS_DIR } from '../../src/paths.js';

/** `govx specs check` as a user runs it: its own process, its exit code, its output. */
function govx(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli.ts'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('govx specs check', function () {
  this.timeout(60_000);

  it('exits 0 and prints the counts, in Chinese by default', () => {
    const r = govx('specs', 'check');
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(0);
    expect(r.stdout).to.contain('OpenAPI 操作：department 12，platform 12');
    expect(r.stdout).to.contain('JSON Schema：27');
    expect(r.stdout).to.contain('需求：88（规范条款 82，细分 6）');
    expect(r.stdout).to.match(/^ {2}QOS {3}MUST 0 {2}SHOULD 3 {2}MAY 0$/m);
  });

  it('speaks English with --lang en', () => {
    const r = govx('specs', 'check', SPECS_DIR, '--lang', 'en');
    expect(r.status).to.equal(0);
    expect(r.stdout).to.contain('OpenAPI operations: department 12, platform 12');
    expect(r.stdout).to.contain('requirements: 88 (profile rules 82, sub-cases 6)');
    expect(r.stdout).to.match(/^ {2}SEC {3}MUST 20 {2}SHOULD 1 {2}MAY 1$/m);
  });

  describe('on a broken copy', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'govx-specs-'));
      cpSync(SPECS_DIR, dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const edit = (file: string, from: string, to: string): void => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      expect(text).to.contain(from);
      writeFileSync(path, text.replace(from, to));
    };

    /** Exit 2 and one line on stderr, naming the file and the problem; no stack trace. */
    function brokenLine(): string {
      const r = govx('specs', 'check', dir, '--lang', 'en');
      expect(r.status).to.equal(2);
      expect(r.stdout).to.equal('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines, r.stderr).to.have.length(1);
      expect(lines[0]).to.match(/^govx: broken spec: /);
      expect(lines[0]).to.not.match(/\bat .*\(.*:\d+:\d+\)/);
      return lines[0];
    }

    it('names a schema file that is not JSON', () => {
      writeFileSync(join(dir, 'schemas', 'receipt.schema.json'), '{"$id": ');
      expect(brokenLine()).to.match(/schemas\/receipt\.schema\.json: not valid JSON/);
    });

    it('names a schema with an unknown format, and where', () => {
      edit('schemas/person-record.schema.json', '"format": "gb3304"', '"format": "gb3305"');
      expect(brokenLine()).to.match(/schemas\/person-record\.schema\.json: unknown format "gb3305" .*#\/properties\/ethnicity/);
    });

    it('names an OpenAPI document whose $ref leads nowhere', () => {
      edit('openapi/platform.yaml', '../schemas/health.schema.json', '../schemas/healthy.schema.json');
      expect(brokenLine()).to.match(/openapi\/platform\.yaml: .*healthy\.schema\.json/);
    });

    it('names an OpenAPI document that breaks the OpenAPI schema, and where', () => {
      edit('openapi/department.yaml', 'operationId: catalog.get', 'operationId: catalog.get\n      requestBody: 5');
      expect(brokenLine()).to.match(/openapi\/department\.yaml: .*\/get\/requestBody must be object/);
    });

    it('names the registry line of a bad entry', () => {
      edit('requirements.yaml', 'level: MAY', 'level: PERHAPS');
      expect(brokenLine()).to.match(/requirements\.yaml:\d+: \/requirements\/\d+\/level /);
    });

    it('names a schema file that is missing', () => {
      rmSync(join(dir, 'schemas', 'node.schema.json'));
      expect(brokenLine()).to.match(/node\.schema\.json/);
    });
  });
});
