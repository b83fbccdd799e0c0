/**
 * The search page's worker: runs Pagefind (in its main-thread mode, inside this worker) through the engine in
 * engine.ts and answers the page's messages, so ranking a broad query never stalls typing or painting.
 * Messages: { id, method: 'init' | 'search' | 'searchAny' | 'data' | 'filters', args }, answered by { id, result } or
 * { id, error }.
 */
import { createEngine, fetchSortOrder, importPagefind, type Engine } from './engine';

type Request = { id: number; method: 'init' | keyof Engine; args: unknown[] };

let engine: Promise<Engine> | undefined;

async function answer({ method, args }: Request): Promise<unknown> {
  if (method === 'init') {
    const [bundlePath, baseUrl] = args as [string, string];
    engine ??= importPagefind(bundlePath, baseUrl, true).then((p) => createEngine(p, fetchSortOrder(bundlePath)));
    await engine;
    return true;
  }
  if (!engine) throw new Error('The search worker was not initialised.');
  const ready = await engine;
  if (method === 'search') return ready.search(...(args as Parameters<Engine['search']>));
  if (method === 'searchAny') return ready.searchAny(...(args as Parameters<Engine['searchAny']>));
  if (method === 'data') return ready.data(...(args as Parameters<Engine['data']>));
  if (method === 'filters') return ready.filters();
  throw new Error(`Unknown method ${String(method)}`);
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
  const { id } = event.data;
  answer(event.data).then(
    (result) => self.postMessage({ id, result }),
    (error: unknown) => self.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
