/**
 * Validates every built HTML page with html-validate (config: .htmlvalidate.json, extending
 * html-validate:recommended).
 *
 *   npm run validate:html            # dist/
 *   tsx scripts/validate-html.ts dist dist-base
 *
 * Prints each error as file:line:column, rule and message (html-validate's "stylish" format) and exits 1
 * when there is any error. Warnings are printed but do not fail.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist'];

const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');

let failed = false;
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`${dir}: not found; build first (npm run build)`);
    failed = true;
    continue;
  }
  const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => relative('.', join(d.parentPath, d.name)))
    .sort();
  if (pages.length === 0) {
    console.error(`${dir}: no HTML pages; build first (npm run build)`);
    failed = true;
    continue;
  }
  const report = await htmlvalidate.validateMultipleFiles(pages);
  const errors = report.errorCount;
  if (report.results.length > 0) console.error(stylish(report.results));
  // A count per rule shows at a glance whether one template or many pages are at fault.
  const byRule = new Map<string, number>();
  for (const result of report.results)
    for (const m of result.messages) if (m.severity === 2) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
  const summary = [...byRule].map(([rule, n]) => `${rule} x${n}`).join(', ');
  const affected = report.results.filter((r) => r.errorCount > 0).length;
  console.log(
    `${dir}: ${pages.length} pages validated, ${errors} errors${errors ? ` in ${affected} pages (${summary})` : ''}, ${report.warningCount} warnings`,
  );
  if (!report.valid) failed = true;
}
process.exit(failed ? 1 : 0);
