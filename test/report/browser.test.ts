// Opens generated reports in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
// Without chromium these tests fail with a message saying how to install it: CI installs it (.ci/run).
import { expect } from 'chai';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { generateReport } from '../../src/commands/report.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { HOSTILE_NAME } from '../fixtures/report/scenario.js';

const CHROMIUM = process.env.GOVX_CHROMIUM ?? '/usr/bin/chromium';
const FIX = fileURLToPath(new URL('../fixtures/report/', import.meta.url));
// Relative folders, as a user types them: the screenshots show short replay commands.
const fx = (name: string) => relative(process.cwd(), join(FIX, name)) || '.';
const FIXED_TIME = '2026-03-03T08:00:00.000Z';

interface Visit {
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

describe('report in a browser (headless Chromium)', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let tmp: string;
  const shotsDir = process.env.GOVX_UPDATE_SCREENSHOTS === '1' ? join(PROJECT_ROOT, 'docs', 'screenshots') : '';
  const reports: Record<string, string> = {};

  before(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`chromium not found at ${CHROMIUM}: install it (apt-get update && apt-get install -y chromium) or set GOVX_CHROMIUM; the report browser tests need it`);
    }
    tmp = mkdtempSync(join(tmpdir(), 'govx-report-browser-'));
    const pilot = [fx('pilot-a'), fx('pilot-b')];
    for (const lang of ['zh', 'en'] as const) {
      reports[`pilot-${lang}`] = (await generateReport({ dirs: pilot, baseline: [fx('baseline')], out: join(tmp, `pilot-${lang}`, 'index.html'), lang, generatedAt: FIXED_TIME })).html;
      reports[`hostile-${lang}`] = (await generateReport({ dirs: [fx('hostile'), fx('pilot-a')], out: join(tmp, `hostile-${lang}`, 'index.html'), lang, generatedAt: FIXED_TIME })).html;
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function visit(file: string): Promise<Visit> {
    const page = await browser!.newPage({ viewport: { width: 1200, height: 1500 } });
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, consoleErrors, requests };
  }

  for (const lang of ['zh', 'en'] as const) {
    it(`renders the ${lang} pilot report without console errors or requests beyond the file, and takes a screenshot`, async () => {
      const file = reports[`pilot-${lang}`];
      const { page, consoleErrors, requests } = await visit(file);
      try {
        expect(consoleErrors).to.deep.equal([]);
        expect(requests).to.deep.equal([pathToFileURL(file).href]);
        expect(await page.getAttribute('html', 'lang')).to.equal(lang === 'zh' ? 'zh-CN' : 'en');
        const heading = await page.textContent('#pilot h2');
        expect(heading).to.equal(lang === 'zh' ? '试点总览' : 'Pilot overview');
        expect(await page.locator('section.target').count()).to.equal(4);
        // Verdict and grade come first in each target section.
        const firstTarget = page.locator('section.target').first();
        expect(await firstTarget.locator('.grade-badge').textContent()).to.equal('A');
        expect(await page.locator('.ranking tbody tr').count()).to.equal(4 + 3); // three region rows
        expect(await page.locator('.top-failures tbody tr').first().locator('code').textContent()).to.equal('EIP-SEC-005');
        expect(await page.locator('table.baseline tbody tr').count()).to.equal(2);
        // Evidence is collapsed until opened.
        const details = page.locator('details.evidence').first();
        expect(await details.getAttribute('open')).to.equal(null);
        // Printing: each target starts a page.
        await page.emulateMedia({ media: 'print' });
        expect(await page.evaluate<string>(`getComputedStyle(document.querySelector('section.target')).breakBefore`)).to.equal('page');
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.length).to.be.greaterThan(10000);
        await page.emulateMedia({ media: 'screen' });
        const shot = await page.screenshot({ fullPage: false });
        expect(shot.length).to.be.greaterThan(20000);
        const dir = shotsDir || join(tmp, 'screenshots');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `report-${lang}.png`), shot);
        if (shotsDir) {
          await page.locator('section.target').nth(2).scrollIntoViewIfNeeded();
          writeFileSync(join(dir, `report-target-${lang}.png`), await page.locator('section.target').nth(2).screenshot());
        }
      } finally {
        await page.close();
      }
    });

    it(`shows hostile endpoint strings as text and never runs or links them (${lang})`, async () => {
      const file = reports[`hostile-${lang}`];
      const { page, consoleErrors, requests } = await visit(file);
      try {
        await page.locator('details.evidence').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
        await page.hover('body');
        // Strings: the project compiles without DOM types; these run in the page.
        expect(await page.evaluate<string>('typeof window.__pwned')).to.equal('undefined');
        expect(consoleErrors).to.deep.equal([]);
        expect(requests).to.deep.equal([pathToFileURL(file).href]);
        expect(await page.locator('script, img, iframe, object, embed, [onerror], [onload], [onmouseover]').count()).to.equal(0);
        expect(await page.locator('a[href^="javascript:" i]').count()).to.equal(0);
        const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        for (const h of hrefs) expect(h).to.match(/^#t\d+$/);
        const text = await page.locator('body').innerText();
        expect(text).to.contain(HOSTILE_NAME);
        expect(text).to.contain('javascript:window.__pwned=1//');
        expect(text).to.contain('<img src=x onerror="window.__pwned=1">');
        // Long text wraps inside the page instead of widening it.
        const widths = await page.evaluate<{ scroll: number; client: number }>('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');
        expect(widths.scroll).to.be.at.most(widths.client);
        const shot = await page.screenshot();
        expect(shot.length).to.be.greaterThan(20000);
      } finally {
        await page.close();
      }
    });
  }
});
