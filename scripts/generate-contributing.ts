/**
 * npm run generate:contributing [-- --check]
 * Regenerate what contributor documents derive from the schemas and vocabularies: the field reference
 * in CONTRIBUTING.md (between its markers) and the issue form .github/ISSUE_TEMPLATE/suggest-paper.yml.
 * With --check, write nothing and exit 1 if a committed file is out of date (CI and unit tests do this).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contributorDocs } from '../src/lib/contributing/contributor-docs.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const stale: string[] = [];
for (const { file, text } of await contributorDocs((f) => readFileSync(f, 'utf8'))) {
  if (readFileSync(file, 'utf8') === text) continue;
  stale.push(file);
  if (!values.check) writeFileSync(file, text);
}
if (values.check && stale.length) {
  console.error(
    `${stale.join(', ')}: out of date with src/schemas and content/*.json; run npm run generate:contributing and commit the result`,
  );
  process.exit(1);
}
console.log(stale.length ? `Updated ${stale.join(', ')}` : 'Contributor documents are up to date.');
