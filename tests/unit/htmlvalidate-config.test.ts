import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

const validator = new HtmlValidate(new StaticConfigLoader(config));

const page = (body: string, title = 'A page') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;

describe('.htmlvalidate.mjs (the config npm run validate:html uses)', () => {
  it('accepts a sound page', async () => {
    const report = await validator.validateString(
      page(
        '<h1>Hello</h1><img src="/a.png" alt="A chest X-ray"><form action="/search/"><input type="search" name="q" aria-label="Search"><button type="submit">Search</button></form>',
      ),
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual([]);
  });

  it('lets a group of checkboxes share a name (facet filters) but not two text inputs', async () => {
    const facets =
      '<fieldset><legend>Year</legend><label><input type="checkbox" name="year" value="2023"> 2023</label><label><input type="checkbox" name="year" value="2024"> 2024</label></fieldset>';
    const ok = await validator.validateString(
      page(`<h1>Search</h1><form action="/search/">${facets}<button type="submit">Go</button></form>`),
    );
    expect(ok.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual([]);
    const twice = '<input type="text" name="q" aria-label="a"><input type="text" name="q" aria-label="b">';
    const bad = await validator.validateString(
      page(`<h1>Search</h1><form action="/search/">${twice}<button type="submit">Go</button></form>`),
    );
    expect(bad.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('form-dup-name');
  });

  it('still enforces the recommended rules: a missing alt, a duplicate id, a form without a submit button', async () => {
    const report = await validator.validateString(
      page(
        '<h1 id="x">Hi</h1><p id="x">dup</p><img src="/a.png"><form action="/search/"><input name="q" aria-label="q"></form>',
      ),
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37', 'wcag/h32']));
    expect(report.valid).toBe(false);
  });
});
