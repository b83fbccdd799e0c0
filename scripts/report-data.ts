/** npm run report:data: rewrite the coverage block of docs/data-quality.md from content/. */
import { readFileSync, writeFileSync } from 'node:fs';
import { coverageReport, replaceBlock } from '../src/lib/coverage.ts';
import { loadCatalogue } from '../tests/helpers/catalogue.ts';

const file = 'docs/data-quality.md';
const { papers } = loadCatalogue();
writeFileSync(file, replaceBlock(readFileSync(file, 'utf8'), 'coverage', coverageReport(papers.map((p) => p.data))));
console.log(`Updated the coverage block of ${file}`);
