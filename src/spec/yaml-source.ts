// YAML files read with their positions, so that a problem is reported as file:line.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { ConfigError } from '../errors.js';
import { displayPath, oneLine } from './schemas.js';

export interface YamlSource {
  file: string;
  value: unknown;
  /** "specs/requirements.yaml:123" for a JSON pointer into the document (the file alone when not found). */
  where(pointer: string): string;
}

export function readYaml(file: string): YamlSource {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`${displayPath(file)}: cannot read the file; check the path`);
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error !== undefined) {
    const pos = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(`${displayPath(file)}:${pos.line}:${pos.col}: ${oneLine(error.message.split('\n')[0])}; fix the YAML`);
  }
  return {
    file,
    value: doc.toJS(),
    where(pointer: string): string {
      const segments = pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      // Walk up until a segment exists (a missing member is reported at its parent).
      for (let n = segments.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
        if (isNode(node) && node.range) return `${displayPath(file)}:${lineCounter.linePos(node.range[0]).line}`;
      }
      return displayPath(file);
    },
  };
}
