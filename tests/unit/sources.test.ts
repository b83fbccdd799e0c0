import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@/lib/catalogue/check-catalogue';
import { formatProblem } from '@/lib/catalogue/problem';
import { notASourceProblem, notSources, type NotSource } from '@/schemas/sources';

const valid = readFileSync('tests/fixtures/entries/valid.md', 'utf8');
const list: NotSource[] = [
  { host: 'emergentmind.com', kind: 'aggregator' },
  { host: 'fdocuments.us', kind: 'document-mirror' },
  { host: 'lib.example.ac.kr', kind: 'library-catalogue' },
  { host: 'huggingface.co', path: '/papers/', kind: 'aggregator' },
];

/** Every problem of one paper file, formatted as `npm run check` prints them. */
function paperProblems(text: string): string[] {
  const { problems } = checkCatalogue([{ file: 'content/papers/dawidowicz2023limitr.md', text }], []);
  return problems.map(formatProblem);
}

describe('a URL that is not a source', () => {
  it('is refused on a listed host, its www. form and its subdomains, with the reason and what to cite instead', () => {
    for (const url of [
      'https://emergentmind.com/papers/2303.11755',
      'https://www.emergentmind.com/articles/2303.11755',
      'https://api.emergentmind.com/papers/2303.11755',
      'https://emergentmind.com./papers/2303.11755',
      'https://EmergentMind.com/papers/2303.11755',
    ]) {
      expect(notASourceProblem(url, list)).toMatch(
        /emergentmind\.com is an aggregator: .* cite the page it copied from/,
      );
    }
    expect(notASourceProblem('https://fdocuments.us/document/x.html', list)).toMatch(
      /^fdocuments\.us re-hosts copies of documents .* cite the original/,
    );
    expect(notASourceProblem('https://lib.example.ac.kr/record/1', list)).toMatch(/library catalogue's/);
  });

  it('is refused under a listed folder of a site whose other pages are fine', () => {
    expect(notASourceProblem('https://huggingface.co/papers/2204.09817', list)).toMatch(
      /^huggingface\.co\/papers\/ is an aggregator/,
    );
    expect(notASourceProblem('https://huggingface.co/microsoft/BiomedVLP-CXR-BERT-specialized', list)).toBeUndefined();
    expect(notASourceProblem('https://huggingface.co/papersmith/model', list)).toBeUndefined();
  });

  it('is refused on a bare IP address, v4 or v6', () => {
    expect(notASourceProblem('https://72.11.147.182/paper.pdf', list)).toMatch(
      /^72\.11\.147\.182 is a bare IP address/,
    );
    expect(notASourceProblem('https://[2001:db8::1]/paper.pdf', list)).toMatch(/is a bare IP address/);
  });

  it('is allowed when only the end of its name looks like a listed host, or the host is not listed', () => {
    for (const url of [
      'https://notemergentmind.com/x',
      'https://emergentmind.com.example.org/x',
      'https://arxiv.org/abs/2303.11755',
      'https://example.ac.kr/record/1',
      'not a url',
    ]) {
      expect(notASourceProblem(url, list)).toBeUndefined();
    }
  });
});

describe('content/not-sources.json', () => {
  it('is read and validated, and every kind has its explanation', () => {
    expect(notSources.length).toBeGreaterThan(0);
    for (const { host, path, kind } of notSources) {
      expect(notASourceProblem(`https://${host}${path ?? '/'}x`)).toContain(`${host}${path ?? ''} `);
      expect(notASourceProblem(`https://${host}${path ?? '/'}x`)).toContain('(content/not-sources.json)');
      expect(['aggregator', 'document-mirror', 'library-catalogue']).toContain(kind);
    }
  });
});

describe('npm run check', () => {
  const listed = notSources.find((s) => s.kind === 'aggregator')!.host;

  it('reports a listed host in sources, a correction and a link, each at its line and field', () => {
    const text = valid
      .replace('  code: https://github.com/gefend/LIMITR', `  code: https://${listed}/code`)
      .replace(
        'sources:\n  - https://arxiv.org/abs/2303.11755\n',
        `sources:\n  - https://arxiv.org/abs/2303.11755\n  - https://www.${listed}/paper/2303.11755\ncorrections:\n  - field: venue\n    old: arxiv\n    new: iccv\n    source: https://${listed}/venue\n`,
      );
    const problems = paperProblems(text);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      new RegExp(`^content/papers/dawidowicz2023limitr\\.md:15: links\\.code: ${listed} is an aggregator`),
    );
    expect(problems[1]).toMatch(/\.md:22: sources\.1: www\.\S+ is an aggregator/);
    expect(problems[2]).toMatch(/\.md:27: corrections\.0\.source: \S+ is an aggregator/);
  });

  it('reports a dataset source on a bare IP address', () => {
    const dataset = `name: X\ndescription: Scans.\ndomain: chest X-ray\nmodalities: [chest-x-ray]\nanatomy: [chest]\nlink: https://example.org/x\nsources:\n  - https://example.org/x\n  - https://10.0.0.1/x.pdf\n`;
    const { problems } = checkCatalogue([], [{ file: 'content/datasets/x.yaml', text: dataset }]);
    expect(problems.map(formatProblem)).toContain(
      "content/datasets/x.yaml:9: sources.1: 10.0.0.1 is a bare IP address, not the stable name of a site; cite the page by its site's name, or the original it copies",
    );
  });

  it('accepts the valid fixture, whose sources are primary pages', () => {
    expect(paperProblems(valid)).toEqual([]);
  });
});
