import { describe, expect, it } from 'vitest';
import {
  arxivIdFromLink,
  doiFromLink,
  ensureScheme,
  isProjectPage,
  landingPage,
  linkKey,
  unwrapRedirect,
} from '@/lib/catalogue/links';

describe('links', () => {
  it('reads arXiv ids from abs, pdf, versioned and ftp links', () => {
    expect(arxivIdFromLink('https://arxiv.org/abs/2303.11755')).toBe('2303.11755');
    expect(arxivIdFromLink('https://arxiv.org/pdf/2310.07730.pdf')).toBe('2310.07730');
    expect(arxivIdFromLink('https://arxiv.org/abs/2401.02044v4')).toBe('2401.02044');
    expect(arxivIdFromLink('https://arxiv.org/ftp/arxiv/papers/2310/2310.18642.pdf')).toBe('2310.18642');
    expect(arxivIdFromLink('https://example.org/2303.11755')).toBeUndefined();
  });

  it('reads DOIs only where the link spells them out', () => {
    expect(doiFromLink('https://link.springer.com/chapter/10.1007/978-3-031-43904-9_48')).toBe(
      '10.1007/978-3-031-43904-9_48',
    );
    expect(doiFromLink('https://www.nature.com/articles/s41467-023-40260-7')).toBe('10.1038/s41467-023-40260-7');
    expect(doiFromLink('https://doi.org/10.1109/ACCESS.2024.3401777')).toBe('10.1109/access.2024.3401777');
    expect(doiFromLink('https://ieeexplore.ieee.org/document/10182304')).toBeUndefined();
  });

  it('unwraps search-engine redirects and adds a missing scheme', () => {
    expect(unwrapRedirect('https://www.google.com.hk/url?sa=t&url=https%3A%2F%2Faclanthology.org%2Fx.pdf&usg=y')).toBe(
      'https://aclanthology.org/x.pdf',
    );
    expect(unwrapRedirect('https://aclanthology.org/x.pdf')).toBe('https://aclanthology.org/x.pdf');
    expect(ensureScheme('github.com/a/b')).toBe('https://github.com/a/b');
    expect(ensureScheme('https://github.com/a/b')).toBe('https://github.com/a/b');
  });

  it("maps PDF and print views to landing pages by the publishers' URL layouts", () => {
    expect(landingPage('https://openaccess.thecvf.com/content/CVPR2024/papers/Xie_PairAug_CVPR_2024_paper.pdf')).toBe(
      'https://openaccess.thecvf.com/content/CVPR2024/html/Xie_PairAug_CVPR_2024_paper.html',
    );
    expect(landingPage('https://proceedings.mlr.press/v222/li24e/li24e.pdf')).toBe(
      'https://proceedings.mlr.press/v222/li24e.html',
    );
    expect(landingPage('https://openreview.net/pdf?id=YymNvIkmKR')).toBe('https://openreview.net/forum?id=YymNvIkmKR');
    expect(landingPage('https://aclanthology.org/2022.aacl-srw.11.pdf')).toBe(
      'https://aclanthology.org/2022.aacl-srw.11/',
    );
    expect(landingPage('https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9954669')).toBe(
      'https://ieeexplore.ieee.org/document/9954669',
    );
    expect(landingPage('https://ieeexplore.ieee.org/abstract/document/10230623')).toBe(
      'https://ieeexplore.ieee.org/document/10230623',
    );
    expect(landingPage('https://www.nature.com/articles/s41591-024-02959-y.pdf')).toBe(
      'https://www.nature.com/articles/s41591-024-02959-y',
    );
    expect(landingPage('https://arxiv.org/pdf/2405.11315')).toBe('https://arxiv.org/abs/2405.11315');
    expect(landingPage('https://ceur-ws.org/Vol-3497/paper-113.pdf')).toBe(
      'https://ceur-ws.org/Vol-3497/paper-113.pdf',
    );
  });

  it('tells project and documentation sites from repositories', () => {
    expect(isProjectPage('https://xiaoman-zhang.github.io/PMC-VQA/')).toBe(true);
    expect(isProjectPage('https://hi-ml.readthedocs.io/en/latest/multimodal.html')).toBe(true);
    expect(isProjectPage('https://github.com/xiaoman-zhang/PMC-VQA')).toBe(false);
  });

  it('compares links regardless of scheme, www, trailing slash and arXiv form', () => {
    expect(linkKey('https://www.example.org/a/')).toBe(linkKey('http://example.org/a'));
    expect(linkKey('https://arxiv.org/pdf/2303.11755v2.pdf')).toBe(linkKey('https://arxiv.org/abs/2303.11755'));
  });
});
