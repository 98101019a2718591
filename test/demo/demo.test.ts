// The demo's main function (as `npm run demo` calls it, minus the build): reference nodes, every class
// against three departments and a platform, the report written; the page names the three departments
// with three different grades, and no secret of the nodes reaches any file written.
import { expect } from 'chai';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo, type DemoResult } from '../../src/demo.js';
import { buildKeys } from '../../src/reference/keys.js';
import { forwardKey } from '../../src/reference/build-node.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Per target section of the page: the grade badge and the name beside it. */
function gradesOnPage(html: string): Map<string, string> {
  const found = new Map<string, string>();
  const re = /<div class="grade-badge grade-([A-D])"[^>]*>([A-D])<\/div>\s*<div class="target-title">\s*<h2><bdi class="data">([^<]+)<\/bdi><\/h2>/g;
  for (const m of html.matchAll(re)) {
    expect(m[1], 'badge class and text agree').to.equal(m[2]);
    found.set(m[3]!, m[1]!);
  }
  return found;
}

describe('npm run demo (runDemo)', function () {
  this.timeout(180_000);
  let out: string;
  let demo: DemoResult;

  before(async function () {
    this.timeout(180_000);
    out = mkdtempSync(join(tmpdir(), 'govx-demo-test-'));
    demo = await runDemo({ outDir: out, progress: 'none' });
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('writes the report and its model where it says', () => {
    expect(demo.report).to.equal(join(out, 'index.html'));
    expect(existsSync(demo.report)).to.equal(true);
    expect(existsSync(join(out, 'report.json'))).to.equal(true);
    expect(existsSync(join(demo.results, 'results.ndjson'))).to.equal(true);
  });

  it('names the three departments on the page, each with a different grade, and the platform', () => {
    const html = readFileSync(demo.report, 'utf8');
    const onPage = gradesOnPage(html);
    const departments = demo.targets.filter((t) => t.id.startsWith('demo-dept-'));
    expect(departments.map((t) => t.id).sort()).to.deep.equal(['demo-dept-clean', 'demo-dept-faulty', 'demo-dept-unreachable']);
    expect(demo.targets.map((t) => t.id)).to.include('ref-platform');
    for (const d of departments) expect(onPage.get(d.name), `${d.id} (${d.name}) on the page`).to.equal(d.grade);
    expect(new Set(departments.map((d) => d.grade)).size, 'three different grades').to.equal(3);
    // The clean one ranks above the faulty one, which ranks above the one that could not be assessed.
    const grade = (id: string): string => departments.find((d) => d.id === id)!.grade;
    expect(grade('demo-dept-clean')).to.equal('A');
    expect(grade('demo-dept-clean') < grade('demo-dept-faulty') && grade('demo-dept-faulty') < grade('demo-dept-unreachable')).to.equal(true);
    expect(grade('demo-dept-unreachable')).to.equal('D');
  });

  it('writes no secret of the reference nodes to any file', () => {
    const secrets = [...buildKeys(1).map((k) => k.secret), forwardKey(1).secret];
    const files = filesUnder(out);
    expect(files.length).to.be.greaterThan(3);
    for (const f of files) {
      const text = readFileSync(f, 'latin1');
      for (const s of secrets) expect(text.includes(s), `${f} holds a secret`).to.equal(false);
    }
  });
});
