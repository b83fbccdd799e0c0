import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@/lib/check-catalogue';
import { formatProblem, splitFrontMatter } from '@/lib/validate';
import { categoryIds, modalityIds, venueIds } from '@/schemas/vocabularies';
import { paperSchema } from '@/schemas/paper';

// The corpus: tests/fixtures/malformed/<name>.md, each the valid fixture with one defect, and
// expected.json giving the message (file:line: field: message) that each must produce.
const dir = 'tests/fixtures/malformed';
const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Record<string, string>;
const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
const valid = readFileSync('tests/fixtures/entries/valid.md', 'utf8');
const check = (file: string, text: string) => checkCatalogue([{ file, text }], []).problems.map(formatProblem);

describe('the malformed-entry corpus', () => {
  it('has an expected message for each fixture, and at least 20 fixtures', () => {
    expect(Object.keys(expected).sort()).toEqual(files.sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of files) {
    it(`${name} is rejected with its intended message, alone`, () => {
      const file = `content/papers/${name}`;
      const problems = check(file, readFileSync(`${dir}/${name}`, 'utf8'));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^content/papers/${name.replace('.', '\\.')}${expected[name]}`));
    });
  }
});

describe('unknown vocabulary values list what is allowed and how to add more', () => {
  const problem = (text: string) => check('content/papers/x2023y.md', text).join('\n');

  it('an unknown venue lists every venue id, says how to add a venue, and suggests the intended one', () => {
    const message = problem(valid.replace('venue: iccv', 'venue: Medical Image Analysis'));
    expect(message).toContain(`use one of: ${venueIds.join(', ')}`);
    expect(message).toMatch(
      /content\/venues\.json \(id, short, name, kind, aliases\).*"Adding a venue" in CONTRIBUTING\.md\. Did you mean "media"\?/,
    );
  });

  it('an unknown category or modality lists every allowed id, and suggests a near spelling', () => {
    const category = problem(valid.replace('  - multi-scale', '  - Multi Scale'));
    expect(category).toContain(`use one of: ${categoryIds.join(', ')}`);
    expect(category).toMatch(/Did you mean "multi-scale"\?/);
    expect(problem(valid.replace('  - chest-x-ray', '  - Chest X-Ray'))).toMatch(
      new RegExp(`use one of: ${modalityIds.join(', ')}.*Did you mean "chest-x-ray"\\?`),
    );
  });
});

describe('markup in a field is data, never markup', () => {
  it('keeps a title containing <script> as the exact text; pages must escape it (the e2e test checks one)', () => {
    const text = readFileSync('tests/fixtures/entries/markup-in-title.md', 'utf8');
    expect(check('content/papers/doe2024seeing.md', text)).toEqual([]);
    const paper = paperSchema.parse(parse(splitFrontMatter(text)!.yaml));
    expect(paper.title).toBe('Seeing <script>alert(1)</script> & <b>bold</b> claims in CLIP');
  });
});
