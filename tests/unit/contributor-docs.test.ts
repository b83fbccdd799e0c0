import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTRIBUTING, contributorDocs, ISSUE_FORM } from '@/lib/contributing/contributor-docs';
import { END_MARKER, renderFieldReference, START_MARKER } from '@/lib/contributing/field-reference';
import { replaceBlock } from '@/lib/quality/blocks';
import { paperSchema } from '@/schemas/paper';
import { paperLinksSchema } from '@/schemas/links';
import { WEIGHTS_NONE } from '@/lib/contributing/scaffold';
import { datasetSchema } from '@/schemas/dataset';
import { anatomies, clipUsages, leaves, modalities, subgroupIds, taxonomy, tasks } from '@/schemas/vocabularies';

const read = (f: string) => readFileSync(f, 'utf8');

describe('generated contributor documents are in sync with the schemas', async () => {
  for (const { file, text } of await contributorDocs(read)) {
    it(`${file} is what npm run generate:contributing writes`, () => {
      // On failure: run `npm run generate:contributing` and commit the result.
      expect(read(file)).toBe(text);
    });
  }
});

describe('the field reference in CONTRIBUTING.md', () => {
  const reference = renderFieldReference({ branches: taxonomy.branches, modalities, anatomies, tasks, clipUsages });

  it("has a row with the schema's own description for every field of a paper, its links and a dataset", () => {
    type Described = { description?: string | undefined };
    // The dataset table follows the paper table; fields both have (modalities, link ...) appear in each.
    const [paperPart, datasetPart] = reference.split('### Dataset entry');
    const sections: [string, [string, Described][]][] = [
      [
        paperPart!,
        [
          ...Object.entries(paperSchema.shape),
          ...Object.entries(paperLinksSchema.shape).map(([k, v]): [string, Described] => [`links.${k}`, v]),
        ],
      ],
      [datasetPart!, Object.entries(datasetSchema.shape)],
    ];
    for (const [part, fields] of sections) {
      for (const [name, schema] of fields) {
        const row = part.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
        expect(row, name).toBeDefined();
        expect(row).toContain(schema.description!.replace(/</g, '&lt;').replace(/\|/g, '\\|'));
      }
    }
  });

  it('says which fields are required, as the schema does', () => {
    const row = (name: string) => reference.split('\n').find((l) => l.startsWith(`| \`${name}\` |`))!;
    for (const [name, schema] of Object.entries(paperSchema.shape)) {
      expect(row(name).split(' | ')[1], name).toBe(schema.safeParse(undefined).success ? 'no' : 'yes');
    }
  });

  it('lists every category, modality and venue id of the vocabularies', () => {
    for (const id of [
      ...leaves.map((l) => l.id),
      ...subgroupIds,
      ...[...modalities, ...anatomies, ...tasks, ...clipUsages].map((m) => m.id),
    ]) {
      expect(reference).toContain(`| \`${id}\` |`);
    }
  });

  it('is written between the markers, and a guide without them is an error', () => {
    const doc = `intro\n${START_MARKER}\nold\n${END_MARKER}\noutro\n`;
    expect(replaceBlock(doc, 'field-reference', 'NEW')).toBe(`intro\n${START_MARKER}\nNEW\n${END_MARKER}\noutro\n`);
    expect(() => replaceBlock('no markers', 'field-reference', 'NEW')).toThrow(/markers/);
    expect(replaceBlock('a\n<!-- x:start -->\nold\n<!-- x:end -->\nb', 'x', 'new')).toBe(
      'a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb',
    );
    expect(read(CONTRIBUTING)).toContain(START_MARKER);
  });
});

describe('the "Suggest a paper" issue form', () => {
  type Item = {
    type: string;
    id?: string;
    attributes: { label?: string; options?: unknown[]; description?: string };
    validations?: { required: boolean };
  };
  const form = parse(read(ISSUE_FORM)) as { name: string; body: Item[] };
  const byId = (id: string) => form.body.find((b) => b.id === id)!;

  it('offers exactly the taxonomy leaves as a required multiple-choice dropdown, in taxonomy order', () => {
    const categories = byId('categories');
    expect(categories.type).toBe('dropdown');
    expect(categories.validations?.required).toBe(true);
    expect((categories.attributes.options as string[]).map((o) => o.split(':')[0])).toEqual(leaves.map((l) => l.id));
  });

  it("asks for each required field of an entry, with the schema's description", () => {
    expect(byId('title').attributes.description).toBe(paperSchema.shape.title.description);
    for (const id of ['title', 'authors', 'venue', 'year', 'categories', 'paper-link'])
      expect(byId(id).validations?.required, id).toBe(true);
    expect((byId('modalities').attributes.options as string[]).map((o) => o.split(':')[0])).toEqual(
      modalities.map((m) => m.id),
    );
  });

  it('asks for the code and the trained weights as the schema describes them, "none" as the scaffold reads it', () => {
    const links = paperLinksSchema;
    expect(byId('code-link').attributes.description).toContain(links.shape.code.description);
    const weights = byId('weights');
    expect(weights.validations?.required).toBe(false);
    expect(weights.attributes.description).toContain(links.shape.weights.description);
    expect(weights.attributes.description).toContain(`"${WEIGHTS_NONE}"`);
    expect(weights.attributes.description).toContain('weightsNotReleased');
    expect(Object.keys(paperSchema.shape)).toContain('weightsNotReleased');
  });

  it("follows GitHub's issue-form rules: unique ids of letters, digits, - and _, labels on every field", () => {
    const ids = form.body.filter((b) => b.id).map((b) => b.id!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const b of form.body.filter((x) => x.type !== 'markdown')) expect(b.attributes.label, b.id).toBeTruthy();
    for (const b of form.body.filter((x) => x.type === 'dropdown')) {
      const options = b.attributes.options as string[];
      expect(new Set(options).size).toBe(options.length);
    }
  });
});
