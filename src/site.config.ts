/**
 * Site-wide settings in one place: name, the survey the catalogue starts from, the source repository.
 */
import pkg from '../package.json' with { type: 'json' };

/** Used when neither SITE_REPOSITORY nor GITHUB_REPOSITORY is set (e.g. a local build). */
const DEFAULT_REPOSITORY = 'https://github.com/clip-medical-imaging/Awesome-CLIP-in-Medical-Imaging';

/**
 * The repository the site is built from, as an https URL without trailing slash.
 * SITE_REPOSITORY (a full URL) wins; in GitHub Actions GITHUB_REPOSITORY ("owner/name") is used.
 */
export function repositoryUrl(env: Record<string, string | undefined> = process.env): string {
  const explicit = env.SITE_REPOSITORY?.trim();
  if (explicit) return explicit.replace(/\/+$/, '');
  const slug = env.GITHUB_REPOSITORY?.trim();
  if (slug) return `https://github.com/${slug}`;
  return DEFAULT_REPOSITORY;
}

/** Branch that "edit this entry" links point at. */
export const REPOSITORY_BRANCH = 'main';

/** A link to view or edit a file of the repository on GitHub, e.g. editUrl('content/papers/x.md'). */
export function editUrl(path: string, env?: Record<string, string | undefined>): string {
  return `${repositoryUrl(env)}/edit/${REPOSITORY_BRANCH}/${path}`;
}

/** A link to read a file of the repository on GitHub. */
export function blobUrl(path: string, env?: Record<string, string | undefined>): string {
  return `${repositoryUrl(env)}/blob/${REPOSITORY_BRANCH}/${path}`;
}

export const SITE_NAME = 'CLIP in Medical Imaging';
/** The name where at most 16 characters fit (a browser's list of search engines: src/lib/site/opensearch.ts). */
export const SITE_SHORT_NAME = 'CLIP Med Imaging';
/** The site's version (package.json); exports combine it with a fingerprint of the entries. */
export const SITE_VERSION: string = pkg.version;
/** The licence of the catalogue's data and code (LICENSE at the repository root). */
export const DATA_LICENCE = 'MIT';
export const SITE_TAGLINE = 'A curated catalogue of research on CLIP in medical imaging';

/** The survey whose paper list seeded the catalogue. */
export const SURVEY = {
  shortAuthors: 'Zhao et al.',
  title: 'CLIP in medical imaging: A survey',
  journal: 'Medical Image Analysis',
  year: 2025,
  article: '103551',
  url: 'https://www.sciencedirect.com/science/article/abs/pii/S1361841525000982',
  arxiv: '2312.07353',
  list: 'https://github.com/zhaozh10/Awesome-CLIP-in-Medical-Imaging',
} as const;
