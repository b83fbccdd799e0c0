/**
 * Validates every built HTML page with html-validate (config: .htmlvalidate.mjs, extending
 * html-validate:recommended).
 *
 *   npm run validate:html            # dist/
 *   tsx scripts/validate-html.ts dist dist-base
 *
 * Prints each error as file:line:column [rule] message and exits 1 when there is any error. One template
 * bug repeats on hundreds of pages, so identical errors are grouped (three examples each) unless --all is given.
 * Warnings are printed but do not fail.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { parseArgs } from 'node:util';
import config from '../.htmlvalidate.mjs';
import { printGroups } from './lib/report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean', default: false } },
});
const dirs = positionals.length > 0 ? positionals : ['dist'];

// The config is loaded explicitly: a config file that went missing must not turn into an empty rule set.
const htmlvalidate = new HtmlValidate(new StaticConfigLoader(config));

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
  const groups = new Map<string, string[]>();
  for (const result of report.results) {
    for (const m of result.messages) {
      const kind = m.severity === 2 ? 'error' : 'warning';
      const at = m.selector?.replace(/:nth-child\(\d+\)/g, '');
      const key = `${kind} [${m.ruleId}] ${m.message}${at ? ` (at ${at})` : ''}`;
      groups.set(key, [...(groups.get(key) ?? []), `${result.filePath}:${m.line}:${m.column}`]);
    }
  }
  printGroups(groups, values.all!);
  if (groups.size > 0) console.error('Rules are explained at https://html-validate.org/rules/<rule>.html');
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
