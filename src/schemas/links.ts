/** URL fields shared by papers and datasets. */
import { z } from 'zod';
import { notASourceProblem } from './sources.ts';

/**
 * An absolute https URL. Plain http, javascript:, data: and relative links are refused with a fix.
 * Example: "https://arxiv.org/abs/2303.11755".
 */
export const httpsUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not an absolute URL; write it in full, starting with https://`,
      });
      return;
    }
    if (url.protocol === 'http:') {
      ctx.addIssue({ code: 'custom', message: `"${value}" uses http; use the https:// address of the same page` });
    } else if (url.protocol !== 'https:') {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is a ${url.protocol} link; only https:// links to web pages are allowed`,
      });
    }
  });

/**
 * An https URL of an original page: not on an aggregator, a document mirror, a library catalogue
 * (content/not-sources.json) or a bare IP address. Used for every link and source of an entry.
 */
export const originalUrl = httpsUrl.superRefine((value, ctx) => {
  const message = notASourceProblem(value);
  if (message) ctx.addIssue({ code: 'custom', message });
});

/** The links of a paper entry. */
export const paperLinksSchema = z
  .strictObject({
    paper: originalUrl.describe(
      'Landing page of the paper (publisher, proceedings or arXiv abstract), e.g. "https://arxiv.org/abs/2303.11755"',
    ),
    code: originalUrl.optional().describe('Official code repository, e.g. "https://github.com/gefend/LIMITR"'),
    project: originalUrl.optional().describe('Project page, e.g. "https://xiaoman-zhang.github.io/PMC-VQA/"'),
    weights: originalUrl
      .optional()
      .describe(
        'Released model weights, e.g. "https://huggingface.co/microsoft/BiomedCLIP-PubMedBERT_256-vit_base_patch16_224"',
      ),
  })
  .describe('Where to read the paper and find its code; only https links');
