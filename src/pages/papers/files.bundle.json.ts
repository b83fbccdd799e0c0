/**
 * Every paper's citation files and card.json in one JSON object, { "<id>/<file>": body }, which the paper-files
 * integration (src/integrations/paper-files.ts) splits into /papers/<id>/<file> at the end of the build and then
 * deletes (src/data/paper-files.ts says why).
 */
import { getPapers } from '@/data/catalogue';
import { paperFiles } from '@/data/paper-files';

/** Only `astro build` writes the bundle; `astro dev` serves each file from [id]/[file].ts. */
export async function GET() {
  const bundle: Record<string, string> = {};
  for (const paper of await getPapers()) {
    for (const [file, body] of Object.entries(await paperFiles(paper))) bundle[`${paper.id}/${file}`] = body;
  }
  return new Response(JSON.stringify(bundle), { headers: { 'Content-Type': 'application/json' } });
}
