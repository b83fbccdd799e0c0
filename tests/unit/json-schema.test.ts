import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, paperJsonSchema } from '@/lib/contributing/json-schema';
import { splitFrontMatter } from '@/lib/catalogue/files';
import { categoryIds, venueIds } from '@/schemas/vocabularies';
import { loadCatalogue } from '../helpers/catalogue';

// Editors run a JSON Schema validator over the front matter as YAML parses it; so does this test.
const ajv = new Ajv2020({ allErrors: true, strict: false, formats: { uri: true } });
const validPaper = ajv.compile(paperJsonSchema());
const validDataset = ajv.compile(datasetJsonSchema());
const fixture = parse(splitFrontMatter(readFileSync('tests/fixtures/entries/valid.md', 'utf8'))!.yaml) as Record<
  string,
  unknown
>;
const errorsFor = (data: unknown) =>
  validPaper(data) ? [] : (validPaper.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('JSON Schema generated from the Zod schema', () => {
  it('accepts every entry of the real catalogue, papers and datasets', () => {
    const { papers, datasets } = loadCatalogue();
    const raw = (id: string) => parse(splitFrontMatter(readFileSync(`content/papers/${id}.md`, 'utf8'))!.yaml);
    expect(papers.length).toBeGreaterThan(0);
    for (const p of papers) expect(errorsFor(raw(p.id)), p.id).toEqual([]);
    for (const d of datasets)
      expect(validDataset(parse(readFileSync(`content/datasets/${d.id}.yaml`, 'utf8'))), d.id).toBe(true);
  });

  it('carries the vocabularies as enums and the field descriptions', () => {
    const schema = paperJsonSchema() as {
      properties: Record<string, { description?: string; enum?: string[]; items?: { enum?: string[] } }>;
    };
    expect(schema.properties['venue']!.enum).toEqual(venueIds);
    expect(schema.properties['categories']!.items!.enum).toEqual(categoryIds);
    expect(schema.properties['title']!.description).toMatch(/^Title as printed on the paper/);
  });

  it('flags what an editor should underline: unknown category, misspelt key, http link, missing title', () => {
    expect(errorsFor({ ...fixture, categories: ['segmentation'] }).join()).toMatch(
      /\/categories\/0 must be equal to one of the allowed values/,
    );
    expect(errorsFor({ ...fixture, yaer: 2023 }).join()).toMatch(/must NOT have additional properties/);
    expect(errorsFor({ ...fixture, links: { paper: 'http://arxiv.org/abs/2303.11755' } }).join()).toMatch(
      /\/links\/paper must match pattern "\^https:\/\/"/,
    );
    const { title: _title, ...untitled } = fixture;
    expect(errorsFor(untitled).join()).toMatch(/must have required property 'title'/);
  });
});
