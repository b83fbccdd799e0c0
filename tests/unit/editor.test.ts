import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, paperJsonSchema } from '@/lib/contributing/json-schema';

type Schema = {
  properties: Record<string, Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> }>;
  [k: string]: unknown;
};

/** Our served schema minus what we add on top of z.toJSONSchema (title, https patterns). */
function core(schema: Schema): Schema {
  const copy = structuredClone(schema);
  delete copy['title'];
  const strip = (node: Record<string, unknown> | undefined) => {
    if (node?.['pattern'] === '^https://') {
      delete node['pattern'];
      delete node['format'];
    }
  };
  for (const p of Object.values(copy.properties)) {
    strip(p);
    for (const q of Object.values(p.properties ?? {})) strip(q);
  }
  return copy;
}

describe('editor support', () => {
  it('VS Code settings turn on Astro content intellisense and map dataset files to their schema', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'));
    expect(settings['astro.content-intellisense']).toBe(true);
    expect(settings['yaml.schemas']).toEqual({
      './.astro/collections/datasets.schema.json': 'content/datasets/*.yaml',
    });
    expect(JSON.parse(readFileSync('.vscode/extensions.json', 'utf8')).recommendations).toEqual([
      'astro-build.astro-vscode',
      'redhat.vscode-yaml',
    ]);
    expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/experimental:\s*{\s*contentIntellisense:\s*true\s*}/);
  });

  it(
    'the schemas Astro writes for the editor say what the served /schemas/*.json say, and map every paper file',
    { timeout: 120_000 },
    () => {
      execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'pipe' });
      const astroPaper = JSON.parse(readFileSync('.astro/collections/papers.schema.json', 'utf8')) as Schema;
      const astroDataset = JSON.parse(readFileSync('.astro/collections/datasets.schema.json', 'utf8')) as Schema;
      // Astro lets an entry name its own schema with a "$schema" key; otherwise the two must agree.
      delete astroPaper.properties['$schema'];
      delete astroDataset.properties['$schema'];
      expect(astroPaper).toEqual(core(paperJsonSchema() as Schema));
      expect(astroDataset).toEqual(core(datasetJsonSchema() as Schema));
      const manifest = JSON.parse(readFileSync('.astro/collections/collections.json', 'utf8')) as {
        entries: Record<string, string>;
      };
      const mapped = Object.entries(manifest.entries)
        .filter(([, c]) => c === 'papers')
        .map(([file]) => file.split('/').pop());
      expect(mapped.length).toBeGreaterThan(100);
      expect(mapped.every((f) => f!.endsWith('.md'))).toBe(true);
    },
  );
});
