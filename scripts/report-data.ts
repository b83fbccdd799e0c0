/** npm run report:data: print the coverage of the catalogue's facts (per field and per category) from content/. */
import { coverageReport } from '../src/lib/quality/coverage.ts';
import { loadCatalogue } from '../src/lib/catalogue/load.ts';

const { papers } = loadCatalogue();
console.log(coverageReport(papers.map((p) => p.data)));
