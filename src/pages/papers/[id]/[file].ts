/**
 * A paper's citation files and card.json (src/data/paper-files.ts), one route per file for `astro dev`. A build
 * writes them from one bundle instead (src/pages/papers/files.bundle.json.ts), so this route has no static paths
 * there.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { getPapers, type PaperEntry } from '@/data/catalogue';
import { paperFiles } from '@/data/paper-files';
import { PAPER_FILES, type PaperFile } from '@/lib/site/routes';

export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? (await getPapers()).flatMap((paper) =>
        Object.keys(PAPER_FILES).map((file) => ({ params: { id: paper.id, file }, props: { paper } })),
      )
    : []) satisfies GetStaticPaths;

export async function GET({ props, params }: APIContext) {
  const { paper } = props as { paper: PaperEntry };
  const file = params.file as PaperFile;
  return new Response((await paperFiles(paper))[file], { headers: { 'Content-Type': PAPER_FILES[file] } });
}
