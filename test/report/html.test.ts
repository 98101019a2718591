import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../src/errors.js';
import { generateReport } from '../../src/commands/report.js';
import { runLines, writeResults, bj, hz, gz, type TargetSpec } from '../fixtures/report/scenario.js';
import { govx } from '../helpers/cli.js';

const FIX = fileURLToPath(new URL('../fixtures/report/', import.meta.url));
const fx = (name: string) => join(FIX, name);

/** Every attribute of every tag in the page: no data may ever become markup. */
function tags(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

describe('report HTML', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'govx-report-html-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('shows hostile strings as escaped text: no script, no handler, no javascript: link, no external resource', async () => {
    const { html: file } = await generateReport({ dirs: [fx('hostile')], out: join(tmp, 'hostile.html') });
    const html = readFileSync(file, 'utf8');
    expect(html).to.contain('&lt;script&gt;window.__pwned&#x3D;1&lt;/script&gt;恶意节点');
    expect(html).to.contain('&lt;img src&#x3D;x onerror&#x3D;&quot;window.__pwned&#x3D;1&quot;&gt;');
    expect(html).to.contain('javascript:window.__pwned&#x3D;1//'); // the baseUrl, as text
    expect(html).to.contain("{{constructor.constructor &#x27;x&#x27;}}");
    expect(html).to.not.match(/<script/i);
    for (const tag of tags(html)) {
      expect(tag, tag).to.not.match(/\son[a-z]+\s*=/i);
      expect(tag, tag).to.not.match(/javascript:/i);
      expect(tag, tag).to.not.match(/\s(src|srcset|action|formaction|background|poster)\s*=/i);
      const href = /\shref\s*=\s*"([^"]*)"/i.exec(tag);
      if (href) expect(href[1], tag).to.match(/^#t\d+$/); // only links to sections of the report itself
    }
    expect(tags(html).filter((t) => /^<(img|iframe|object|embed|link|base|form|meta http-equiv="refresh")/i.test(t))).to.deep.equal([]);
    // The right-to-left override stays inside an isolating element.
    expect(html).to.match(/<bdi[^>]*>[^<]*\u202E/);
    // Very long text is capped.
    expect(html).to.not.contain('A'.repeat(2000));
  });

  it('renders Chinese by default and English with --lang en from the same templates', async () => {
    const zh = await generateReport({ dirs: [fx('pilot-a')], out: join(tmp, 'zh', 'index.html') });
    const en = await generateReport({ dirs: [fx('pilot-a')], out: join(tmp, 'en', 'index.html'), lang: 'en' });
    const zhHtml = readFileSync(zh.html, 'utf8');
    const enHtml = readFileSync(en.html, 'utf8');
    expect(zhHtml).to.contain('<html lang="zh-CN">').and.contain('试点总览').and.contain('不符合的要求');
    expect(enHtml).to.contain('<html lang="en">').and.contain('Pilot overview').and.contain('Failing requirements');
    expect(enHtml).to.not.contain('试点总览');
    // Titles from the registry follow the language too.
    expect(enHtml).to.contain('Checks: ');
    expect(zhHtml).to.contain('检查：');
    // report.json is the model, beside the HTML.
    const json = JSON.parse(readFileSync(join(tmp, 'en', 'report.json'), 'utf8')) as { lang: string; targets: { id: string }[] };
    expect(json.lang).to.equal('en');
    expect(json.targets.map((t) => t.id).sort()).to.deep.equal(['bj-ga', 'hz-rs']);
  });

  it('has print CSS: a page break before each target, rows kept whole, no script needed', async () => {
    const { html: file } = await generateReport({ dirs: [fx('pilot-a')], out: join(tmp, 'print.html') });
    const html = readFileSync(file, 'utf8');
    expect(html).to.match(/@media print[\s\S]*\.target \{ break-before: page;/);
    expect(html).to.match(/@media print[\s\S]*tr,[^{]*\{ break-inside: avoid; \}/);
    expect(html).to.contain("default-src 'none'");
  });

  it('govx report exits 2 with one line for a missing folder, and 0 with the path for a good one', async () => {
    const badRun = await govx(['report', join(tmp, 'missing'), '--out', join(tmp, 'x.html')]);
    const goodRun = await govx(['report', fx('pilot-a'), fx('rerun'), '--out', join(tmp, 'cli', 'r.html'), '--lang', 'en', '--title', 'Pilot <1>']);
    const [bad, good] = [badRun.code, goodRun.code];
    const errors = [badRun.stderr, goodRun.stderr];
    const out = [goodRun.stdout];
    expect(bad).to.equal(2);
    expect(errors[0]).to.match(/^govx: results folder not found: .*missing.*\n$/);
    expect(good).to.equal(0);
    expect(out.join('')).to.contain(join(tmp, 'cli', 'r.html'));
    expect(errors.join('')).to.contain('taken from the later run run-2026c');
    expect(readFileSync(join(tmp, 'cli', 'r.html'), 'utf8')).to.contain('<title>Pilot &lt;1&gt;</title>');
    expect(existsSync(join(tmp, 'cli', 'report.json'))).to.equal(true);
  });

  it('gives a one-line ConfigError for an --out path that cannot be written', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const err = await generateReport({ dirs: [fx('pilot-a')], out: join(file, 'sub', 'index.html') }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(ConfigError);
    expect((err as Error).message).to.match(/^cannot write the report to .*a-file\/sub\/index\.html \(ENOTDIR\); choose a writable --out path$/);
  });

  it('renders a 1,000-target pilot within 15 MB', async function () {
    this.timeout(120000);
    const specs: TargetSpec[] = [];
    const regions = ['110105', '330100', '440300', '510100', '650100'];
    for (let i = 0; i < 1000; i++) {
      const base = [hz, bj, gz][i % 3];
      specs.push({ ...base, target: { ...base.target, target: `t${i}`, name: `${base.target.name} ${i}`, region: regions[i % regions.length] } });
    }
    const dir = writeResults(join(tmp, 'big'), runLines({ runId: 'run-big', startedAt: '2026-03-01T02:00:00.000Z', targets: specs }));
    const { html, json, model } = await generateReport({ dirs: [dir], out: join(tmp, 'big', 'index.html') });
    expect(model.targets).to.have.length(1000);
    const size = readFileSync(html).length;
    expect(size).to.be.below(15 * 1024 * 1024);
    expect(readFileSync(json).length).to.be.below(15 * 1024 * 1024);
  });
});
