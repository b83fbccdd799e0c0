/** npm run report:data: print the coverage of the catalogue's facts (per field, per category, flagged entries) from content/. */
import { coverage, coverageMarkdown } from '../src/lib/quality/coverage.ts';
import { loadCatalogue } from '../src/lib/catalogue/load.ts';

console.log(coverageMarkdown(coverage(loadCatalogue().papers)));
