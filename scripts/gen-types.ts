// npm run specs:types — TypeScript types for the OpenAPI documents, written to src/generated/<role>.ts.
// test/spec/generated-types.test.ts regenerates them in memory and fails when the committed files are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { PROJECT_ROOT, SPECS_DIR } from '../src/paths.js';

export const TYPE_ROLES = ['department', 'platform'] as const;

export const generatedTypesFile = (role: string): string => join(PROJECT_ROOT, 'src', 'generated', `${role}.ts`);

/** The generated module's text for one role's document. */
export async function renderTypes(role: (typeof TYPE_ROLES)[number], specsDir: string = SPECS_DIR): Promise<string> {
  const ast = await openapiTS(pathToFileURL(join(specsDir, 'openapi', `${role}.yaml`)));
  const header =
    `// Generated from specs/openapi/${role}.yaml by openapi-typescript (npm run specs:types). Do not edit:\n` +
    `// change the OpenAPI document or the schemas and regenerate.\n\n`;
  return header + astToString(ast);
}

async function main(): Promise<void> {
  for (const role of TYPE_ROLES) {
    const file = generatedTypesFile(role);
    writeFileSync(file, await renderTypes(role));
    process.stdout.write(`${file}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`gen-types: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
