// Every standards-facts vector through `govx check-code`, in process via main() and once as a real process.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { govx as runCli } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { VECTORS } from './vectors-data.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

/** The CLI in this process, its output as `out` and `err`. */
async function govx(...args: string[]): Promise<Run> {
  const r = await runCli(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('govx check-code: standards vectors', () => {
  for (const v of VECTORS.citizenId) {
    it(`id ${v.value} → ${v.valid ? 'exit 0' : 'exit 1'}`, async () => {
      const r = await govx('check-code', 'id', v.value);
      expect(r.code).to.equal(v.valid ? 0 : 1);
      if (v.valid) {
        expect(r.out).to.match(/^[✓!] /);
        if (v.birthDate) expect(r.out).to.contain(`出生日期：${v.birthDate}`);
        if (v.upgradedTo) expect(r.out).to.contain(v.upgradedTo);
      } else {
        expect(r.out).to.contain(`✗ ${v.value}  无效：校验码应为 ${v.expects}，实际为 ${v.found}`);
      }
    });
  }

  for (const v of VECTORS.uscc) {
    it(`uscc ${v.value} → ${v.valid ? 'exit 0' : 'exit 1'}`, async () => {
      const r = await govx('check-code', 'uscc', v.value, '--lang', 'en');
      expect(r.code).to.equal(v.valid ? 0 : 1);
      if (v.valid) expect(r.out).to.contain(`organisation code: ${v.orgCode}`);
      else if (v.expects) expect(r.out).to.contain(`check character should be ${v.expects}, found ${v.found}`);
      else if (v.badChar) expect(r.out).to.contain(`position ${v.position} '${v.badChar}'`);
      else expect(r.out).to.contain('is not a defined pair');
    });
  }

  for (const v of VECTORS.ecert) {
    it(`ecert ${v.value.slice(15, 40)}… → ${v.valid ? 'exit 0' : 'exit 1'}`, async () => {
      const r = await govx('check-code', 'ecert', v.value);
      expect(r.code).to.equal(v.valid ? 0 : 1);
      expect(r.out).to.contain(`证照类型代码：${v.value.split('.')[5]}`);
      if (!v.valid) expect(r.out).to.contain(`校验码应为 ${v.expects}，实际为 ${v.found}`);
    });
  }
});

describe('govx check-code: output and exit codes', () => {
  it('prints birth date, sex and region for an ID', async () => {
    const r = await govx('check-code', 'id', '11010519491231002X');
    expect(r.out).to.contain('出生日期：1949-12-31');
    expect(r.out).to.contain('性别：女性');
    expect(r.out).to.contain('地区：北京市朝阳区 (110105)');
  });

  it('prints authority, category and region for a USCC', async () => {
    const r = await govx('check-code', 'uscc', '91110000600037341L');
    expect(r.out).to.contain('登记管理部门：9 工商（市场监管）');
    expect(r.out).to.contain('机构类别：1 企业');
    expect(r.out).to.contain('登记地区：北京市 (110000)');
  });

  it('exits 1 when any of several values is invalid, 0 when all are valid', async () => {
    expect((await govx('check-code', 'id', '11010519491231002X', '340524198001010013')).code).to.equal(1);
    expect((await govx('check-code', 'id', '11010519491231002X', '360426199101010071')).code).to.equal(0);
  });

  it('shows a warning for a county the table lacks, and still exits 0', async () => {
    const r = await govx('check-code', 'id', '440524188001010014', '--lang', 'en');
    expect(r.code).to.equal(0);
    expect(r.out).to.contain('valid (with a warning)');
    expect(r.out).to.contain("county code '440524' is not in the harness's GB/T 2260 table");
  });

  it('checks division, resource and node codes', async () => {
    expect((await govx('check-code', 'division', '330106', '110000')).code).to.equal(0);
    expect((await govx('check-code', 'division', '990101')).code).to.equal(1);
    expect((await govx('check-code', 'resource', '101001-000001')).code).to.equal(0);
    expect((await govx('check-code', 'resource', '401001-000001')).code).to.equal(1);
    expect((await govx('check-code', 'node', 'P-330000-ZJ01')).code).to.equal(0);
    expect((await govx('check-code', 'node', 'N-330000-ZJ01')).code).to.equal(1);
  });

  it('--json prints one result per value, in the chosen language', async () => {
    const r = await govx('check-code', 'uscc', '91110000600037341M', '91110000600037341L', '--json', '--lang', 'en');
    expect(r.code).to.equal(1);
    const doc = JSON.parse(r.out) as { kind: string; results: { value: string; valid: boolean; reason?: string; info?: { categoryName?: string } }[] };
    expect(doc.kind).to.equal('uscc');
    expect(doc.results.map((x) => x.valid)).to.deep.equal([false, true]);
    expect(doc.results[0]!.reason).to.equal('check character should be L, found M');
    expect(doc.results[1]!.info!.categoryName).to.equal('enterprise');
  });

  it('exits 2 with one line for an unknown kind', async () => {
    const r = await govx('check-code', 'passport', 'E12345678');
    expect(r.code).to.equal(2);
    expect(r.out).to.equal('');
    expect(r.err.trim().split('\n')).to.have.length(1);
    expect(r.err).to.contain("未知的代码类型 'passport'");
  });

  it('exits 2 for an unsupported --lang', async () => {
    expect((await govx('check-code', 'id', '11010519491231002X', '--lang', 'fr')).code).to.equal(2);
  });

  it('runs as a process: exit status and output', async function () {
    this.timeout(30_000);
    const result = await new Promise<{ status: number; stdout: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check-code', 'id', '340524198001010013', '--lang', 'en'], { cwd: PROJECT_ROOT }, (error, stdout) => {
        resolve({ status: error ? Number(error.code) : 0, stdout });
      });
    });
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain('invalid: check character should be X, found 3');
  });
});
