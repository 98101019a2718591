// Renders the report model to one self-contained HTML file (inline CSS and SVG, no script, no external
// request) and writes report.json, the model, beside it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { ConfigError } from '../errors.js';
import { TEMPLATES_DIR } from '../paths.js';
import { registerHelpers } from './helpers.js';
import type { ReportModel } from './model.js';

let compiled: Handlebars.TemplateDelegate<ReportModel> | undefined;

function template(): Handlebars.TemplateDelegate<ReportModel> {
  if (compiled) return compiled;
  // An isolated instance: helpers and partials of ours only, default HTML escaping kept.
  const hb = Handlebars.create();
  registerHelpers(hb);
  const partialsDir = join(TEMPLATES_DIR, 'partials');
  for (const file of readdirSync(partialsDir)) {
    if (file.endsWith('.hbs')) hb.registerPartial(basename(file, '.hbs'), readFileSync(join(partialsDir, file), 'utf8'));
  }
  compiled = hb.compile<ReportModel>(readFileSync(join(TEMPLATES_DIR, 'report.hbs'), 'utf8'), {
    strict: false,
    preventIndent: true, // partials keep <pre> content as it is
  });
  return compiled;
}

export function renderHtml(model: ReportModel): string {
  return compactWhitespace(template()(model));
}

/**
 * Drops the templates' indentation outside <pre> (a 1,000-target report is several MB of it). Data is
 * escaped, so "</pre>" in the output can only be our own tag.
 */
export function compactWhitespace(html: string): string {
  return html
    .split(/(<pre[\s\S]*?<\/pre>)/)
    .map((part) => (part.startsWith('<pre') ? part : part.replace(/\n\s+/g, '\n')))
    .join('');
}

/**
 * mkdir -p one level at a time: Node 20's recursive mkdirSync spins forever under /proc (e.g. /proc/x/y),
 * where a plain mkdir fails at once.
 */
function ensureDir(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) ensureDir(parent);
  mkdirSync(dir);
}

/** Writes the HTML to `out` and report.json beside it; returns both paths. */
export function writeReport(model: ReportModel, out: string): { html: string; json: string } {
  const html = resolve(out);
  const json = join(dirname(html), 'report.json');
  const page = renderHtml(model);
  try {
    ensureDir(dirname(html));
    writeFileSync(html, page);
    writeFileSync(json, `${JSON.stringify(model, null, 1)}\n`);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(`cannot write the report to ${out} (${code}); choose a writable --out path`);
  }
  return { html, json };
}
