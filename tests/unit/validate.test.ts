import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@/lib/catalogue/check-catalogue';
import { formatProblem } from '@/lib/catalogue/problem';

const valid = readFileSync('tests/fixtures/entries/valid.md', 'utf8');
const dataset = `name: MIMIC-CXR
domain: chest X-ray
images: 377K
texts: 227K
textSources: [medical reports]
languages: [en]
link: https://physionet.org/content/mimic-cxr/2.0.0/
models:
  - name: LIMITR
    paper: dawidowicz2023limitr
`;

/** Problems reported for one paper file, next to the valid fixture under another name. */
function problemsFor(text: string, name = 'content/papers/broken2024entry.md') {
  const { problems } = checkCatalogue([{ file: name, text }], []);
  return problems.map(formatProblem);
}

describe('a valid entry', () => {
  it('passes the check together with a dataset that references it', () => {
    const { problems } = checkCatalogue(
      [{ file: 'content/papers/dawidowicz2023limitr.md', text: valid }],
      [{ file: 'content/datasets/mimic-cxr.yaml', text: dataset }],
    );
    expect(problems).toEqual([]);
  });
});

describe('a broken entry', () => {
  it('reports every problem of a file at once, not just the first', () => {
    const broken = valid
      .replace('year: 2023', 'year: twenty')
      .replace('venue: iccv', 'venue: nowhere')
      .replace('  - multi-scale', '  - nope');
    expect(problemsFor(broken)).toHaveLength(3);
  });

  it('is reported next to the others; an empty catalogue is itself an error', () => {
    expect(checkCatalogue([], []).problems.map(formatProblem)).toEqual([
      'content/papers:1: (catalogue): the catalogue has no paper entries; a site without papers must not be built or deployed',
    ]);
  });
});

describe('checks across entries', () => {
  const other = (text: string) =>
    checkCatalogue(
      [
        { file: 'content/papers/dawidowicz2023limitr.md', text: valid },
        { file: 'content/papers/zz2023copy.md', text },
      ],
      [],
    ).problems.map(formatProblem);

  it('finds the same title written differently', () => {
    const copy = valid
      .replace('LIMITR: Leveraging Local', 'LIMITR - leveraging local')
      .replace('https://arxiv.org/abs/2303.11755', 'https://example.org/x')
      .replace('arxiv: "2303.11755"', 'arxiv: "2303.99999"');
    expect(other(copy).join('\n')).toMatch(
      /zz2023copy\.md:2: title: duplicate of content\/papers\/dawidowicz2023limitr\.md \(dawidowicz2023limitr\): same title/,
    );
  });

  it('finds the same paper link in its pdf form', () => {
    const copy = valid
      .replace(/^title:.*$/m, 'title: Another title')
      .replace('https://arxiv.org/abs/2303.11755', 'https://arxiv.org/pdf/2303.11755v1.pdf')
      .replace(/^arxiv:.*\n/m, '');
    expect(other(copy).join('\n')).toMatch(/zz2023copy\.md:14: links\.paper: duplicate of .*same paper link/);
  });

  it('finds the same arXiv id and the same DOI', () => {
    const withDoi = valid.replace('added:', 'doi: 10.1000/ABC\nadded:');
    const copy = withDoi
      .replace(/^title:.*$/m, 'title: Another title')
      .replace('https://arxiv.org/abs/2303.11755', 'https://example.org/other');
    const problems = checkCatalogue(
      [
        { file: 'content/papers/dawidowicz2023limitr.md', text: withDoi },
        { file: 'content/papers/zz2023copy.md', text: copy.replace('10.1000/ABC', '10.1000/abc') },
      ],
      [],
    ).problems.map(formatProblem);
    expect(problems.join('\n')).toMatch(/arxiv: duplicate of .*same arxiv/);
    expect(problems.join('\n')).toMatch(/doi: duplicate of .*same doi/);
  });

  it('finds two files whose ids differ only in case', () => {
    const { problems } = checkCatalogue(
      [
        { file: 'content/papers/a2023x.md', text: valid },
        {
          file: 'content/papers/A2023x.md',
          text: valid
            .replace(/^title:.*$/m, 'title: Other')
            .replace(/arxiv\.org\/abs\/2303\.11755/, 'example.org/1')
            .replace(/^arxiv:.*\n/m, ''),
        },
      ],
      [],
    );
    expect(problems.map(formatProblem).join('\n')).toMatch(
      /A2023x\.md:1: \(file name\): same id as content\/papers\/a2023x\.md/,
    );
  });

  it('finds a dataset that references a missing paper', () => {
    const { problems } = checkCatalogue([], [{ file: 'content/datasets/mimic-cxr.yaml', text: dataset }]);
    expect(problems.filter((p) => p.file.endsWith('.yaml')).map(formatProblem)).toEqual([
      'content/datasets/mimic-cxr.yaml:10: models.0.paper: no paper entry "dawidowicz2023limitr" (content/papers/dawidowicz2023limitr.md does not exist); use the id of an existing entry or remove the reference',
    ]);
  });

  it('reports a malformed dataset field', () => {
    const { problems } = checkCatalogue(
      [],
      [
        {
          file: 'content/datasets/x.yaml',
          text: dataset.replace('images: 377K', 'images: lots').replace('languages: [en]', 'languages: [English]'),
        },
      ],
    );
    const text = problems.map(formatProblem).join('\n');
    expect(text).toMatch(/x\.yaml:3: images: write an approximate count like 87K/);
    expect(text).toMatch(/x\.yaml:6: languages\.0: use ISO 639-1 codes/);
  });
});

describe('weightsNotReleased', () => {
  const withField = (text: string) =>
    text.replace('checked: 2026-11-28', 'checked: 2026-11-28\nweightsNotReleased: 2026-11-30');

  it('is accepted beside the official repository it records', () => {
    expect(problemsFor(withField(valid))).toEqual([]);
  });

  it('cannot stand beside a weights link, and says which to remove', () => {
    const text = withField(valid).replace(
      '  code: https://github.com/gefend/LIMITR',
      '  code: https://github.com/gefend/LIMITR\n  weights: https://huggingface.co/example/limitr',
    );
    const problems = problemsFor(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/broken2024entry\.md:\d+/);
    expect(problems[0]).toContain('weightsNotReleased');
    expect(problems[0]).toContain('links.weights says the weights are released');
  });

  it('needs the repository it was read in', () => {
    const text = withField(valid).replace('  code: https://github.com/gefend/LIMITR\n', '');
    const problems = problemsFor(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('add the repository you read as links.code');
  });

  it('is a date, and says how to write one', () => {
    const problems = problemsFor(
      withField(valid).replace('weightsNotReleased: 2026-11-30', 'weightsNotReleased: soon'),
    );
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/broken2024entry\.md:\d+: weightsNotReleased: /);
    expect(problems.join('\n')).toContain('YYYY-MM-DD');
  });
});
