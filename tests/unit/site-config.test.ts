import { describe, expect, it } from 'vitest';
import { editUrl, repositoryUrl } from '../../src/site.config.ts';

describe('repositoryUrl', () => {
  it('prefers SITE_REPOSITORY, then GITHUB_REPOSITORY, then the default', () => {
    expect(repositoryUrl({ SITE_REPOSITORY: 'https://github.com/a/b/', GITHUB_REPOSITORY: 'c/d' })).toBe(
      'https://github.com/a/b',
    );
    expect(repositoryUrl({ GITHUB_REPOSITORY: 'c/d' })).toBe('https://github.com/c/d');
    expect(repositoryUrl({})).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
  });

  it('builds edit links on the main branch', () => {
    expect(editUrl('content/papers/x.md', { GITHUB_REPOSITORY: 'c/d' })).toBe(
      'https://github.com/c/d/edit/main/content/papers/x.md',
    );
  });
});
