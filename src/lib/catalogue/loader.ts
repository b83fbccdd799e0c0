/**
 * The content loader of the papers collection (src/content.config.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** The part of the loader context that the glob loader reads to render Markdown (not in Astro's public type). */
type EntryTypes = Map<string, { getRenderFunction?: unknown }>;

/**
 * The glob loader without Astro's Markdown rendering. By default it renders every entry's body to HTML while
 * syncing the content and keeps that HTML in the data store, but no page calls `render()` on a paper: the summary
 * is rendered and sanitised from `body` by renderSummary (src/lib/catalogue/summary.ts). Skipping it took the
 * content sync at 10,000 papers from 7-8 s to 4-5 s and holds less in memory. Astro's own `deferRender` option
 * is no substitute: it makes every entry a module of the Vite build. If a later Astro stops reading `entryTypes`,
 * entries are simply rendered again, as before.
 */
export function withoutRendering(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const { entryTypes } = context as LoaderContext & { entryTypes?: EntryTypes };
      if (!entryTypes) return loader.load(context);
      const plain: EntryTypes = new Map(
        [...entryTypes].map(([extension, type]) => [extension, { ...type, getRenderFunction: undefined }]),
      );
      return loader.load({ ...context, entryTypes: plain } as LoaderContext);
    },
  };
}
