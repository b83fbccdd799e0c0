import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { withoutRendering } from '../../src/lib/catalogue/loader.ts';

interface Stored {
  id: string;
  body?: string;
  rendered?: { html: string };
}

/**
 * Runs a loader over a folder of two Markdown entries with Astro's real glob loader. The Markdown entry type is
 * ours (front matter left out) so that a render can be seen: its render function returns marked HTML.
 */
async function load(wrap: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'loader-'));
  writeFileSync(join(root, 'one.md'), 'The *first* summary.');
  writeFileSync(join(root, 'two.md'), 'The second summary.');
  const render = vi.fn(async (entry: { body?: string }) => ({ html: `<p>rendered: ${entry.body}</p>`, metadata: {} }));
  const getRenderFunction = vi.fn(async () => render);
  const entryTypes = new Map([
    [
      '.md',
      {
        extensions: ['.md'],
        getEntryInfo: async ({ contents }: { contents: string }) => ({ data: {}, body: contents }),
        getRenderFunction,
      },
    ],
  ]);
  const stored = new Map<string, Stored>();
  const context = {
    collection: 'papers',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { warn: vi.fn(), error: vi.fn(), info: vi.fn() },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => String(text.length),
    store: {
      keys: () => [...stored.keys()],
      get: (id: string) => stored.get(id),
      set: (entry: Stored) => stored.set(entry.id, entry),
      delete: (id: string) => stored.delete(id),
    },
    entryTypes,
  } as unknown as LoaderContext;
  const loader = glob({ pattern: '*.md', base: '.' });
  await (wrap ? withoutRendering(loader) : loader).load(context);
  return { stored, getRenderFunction, render };
}

describe('the papers loader (withoutRendering)', () => {
  it('stores each entry with its body and no rendered HTML, never calling the render function', async () => {
    const { stored, getRenderFunction, render } = await load(true);
    expect([...stored.keys()].sort()).toEqual(['one', 'two']);
    expect(stored.get('one')?.body).toBe('The *first* summary.');
    expect(stored.get('one')?.rendered).toBeUndefined();
    expect(getRenderFunction).not.toHaveBeenCalled();
    expect(render).not.toHaveBeenCalled();
  });

  // The control: Astro's glob loader on its own renders through the entry type it is given. If a later Astro
  // stopped reading entryTypes from the context, this would fail, showing the wrapper no longer has an effect.
  it("keeps the loader's name, and the bare glob loader does render the same entries", async () => {
    expect(withoutRendering(glob({ pattern: '*.md' })).name).toBe(glob({ pattern: '*.md' }).name);
    const { stored, render } = await load(false);
    expect(render).toHaveBeenCalledTimes(2);
    expect(stored.get('one')?.rendered?.html).toBe('<p>rendered: The *first* summary.</p>');
    expect(stored.get('two')?.body).toBe('The second summary.');
  });
});
