import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@/lib/check-catalogue';
import { formatProblem } from '@/lib/validate';

const valid = readFileSync('tests/fixtures/entries/valid.md', 'utf8');
const dataset = `name: MIMIC-CXR
domain: chest X-ray
images: 377K
texts: 227K
sources: [medical reports]
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

// Each malformed entry is the valid fixture with one defect, and must be reported with the file,
// the line of the defect, the field and a message that says how to fix it.
const cases: { name: string; text: string; expected: RegExp }[] = [
  {
    name: 'missing title',
    text: valid.replace(/^title:.*\n/m, ''),
    expected: /broken2024entry\.md:2: title: required field is missing; add it \(Title as printed/,
  },
  { name: 'empty title', text: valid.replace(/^title:.*$/m, 'title: ""'), expected: /:2: title: the title is empty/ },
  {
    name: 'year as text',
    text: valid.replace('year: 2023', 'year: twenty'),
    expected: /:8: year: year is a four-digit number/,
  },
  {
    name: 'year in the future',
    text: valid.replace('year: 2023', 'year: 2999'),
    expected: /:8: year: year cannot be later than/,
  },
  {
    name: 'year too old',
    text: valid.replace('year: 2023', 'year: 1890'),
    expected: /:8: year: year must be 1990 or later/,
  },
  {
    name: 'fractional year',
    text: valid.replace('year: 2023', 'year: 2023.5'),
    expected: /:8: year: year is a whole number/,
  },
  {
    name: 'unknown category',
    text: valid.replace('  - multi-scale', '  - segmentation'),
    expected: /:10: categories\.0: unknown category "segmentation"; use one of: multi-scale, data-efficient/,
  },
  {
    name: 'no category',
    text: valid.replace('categories:\n  - multi-scale', 'categories: []'),
    expected: /categories: file the paper under at least one category/,
  },
  {
    name: 'repeated category',
    text: valid.replace('  - multi-scale', '  - multi-scale\n  - multi-scale'),
    expected: /categories: a category is listed twice/,
  },
  {
    name: 'unknown venue',
    text: valid.replace('venue: iccv', 'venue: ICCV 2023'),
    expected: /:7: venue: unknown venue "ICCV 2023"; use one of: .*A new venue is added to content\/venues\.json/,
  },
  {
    name: 'unknown modality',
    text: valid.replace('  - chest-x-ray', '  - xray'),
    expected: /:12: modalities\.0: unknown modality "xray"; use one of: chest-x-ray/,
  },
  {
    name: 'http link',
    text: valid.replace('https://arxiv.org/abs/2303.11755', 'http://arxiv.org/abs/2303.11755'),
    expected: /:14: links\.paper: "http:\/\/arxiv\.org\/abs\/2303\.11755" uses http; use the https:\/\/ address/,
  },
  {
    name: 'javascript link',
    text: valid.replace('https://github.com/gefend/LIMITR', 'javascript:alert(1)'),
    expected: /:15: links\.code: "javascript:alert\(1\)" is a javascript: link; only https:\/\/ links/,
  },
  {
    name: 'relative link',
    text: valid.replace('https://github.com/gefend/LIMITR', 'github.com/gefend/LIMITR'),
    expected:
      /links\.code: "github\.com\/gefend\/LIMITR" is not an absolute URL; write it in full, starting with https:\/\//,
  },
  {
    name: 'missing paper link',
    text: valid.replace(/^ {2}paper:.*\n/m, ''),
    expected: /links\.paper: required field is missing/,
  },
  {
    name: 'unknown link kind',
    text: valid.replace('  code:', '  slides: https://example.org/s.pdf\n  code:'),
    expected: /:15: links\.slides: unknown field "slides"; .*Allowed here: paper, code, project, weights/,
  },
  {
    name: 'misspelt key',
    text: valid.replace('venue: iccv', 'venue: iccv\nyaer: 2023'),
    expected: /:8: yaer: unknown field "yaer"; check its spelling or remove it\. Allowed here: title, authors/,
  },
  {
    name: 'authors as a string',
    text: valid.replace(/authors:\n( {2}- .*\n)+/, 'authors: Gefen Dawidowicz, Elad Hirsch\n'),
    expected: /:3: authors: authors is a YAML list of full names/,
  },
  {
    name: 'repeated author',
    text: valid.replace('  - Elad Hirsch', '  - Gefen Dawidowicz'),
    expected: /authors: an author is listed twice/,
  },
  {
    name: 'arXiv id with version',
    text: valid.replace('arxiv: "2303.11755"', 'arxiv: "2303.11755v2"'),
    expected: /:16: arxiv: write the arXiv id without prefix or version/,
  },
  {
    name: 'DOI with resolver',
    text: valid.replace('arxiv: "2303.11755"', 'doi: https://doi.org/10.1/x'),
    expected: /doi: write the bare DOI/,
  },
  {
    name: 'bad date',
    text: valid.replace('added: 2023-12-07', 'added: 7 December 2023'),
    expected: /:17: added: write the date as YYYY-MM-DD/,
  },
  {
    name: 'impossible date',
    text: valid.replace('added: 2023-12-07', 'added: "2023-13-45"'),
    expected: /added: this is not a real calendar date/,
  },
  {
    name: 'YAML syntax error',
    text: valid.replace('venue: iccv', 'venue: [iccv'),
    expected: /:\d+: \(yaml\): YAML syntax error/,
  },
  {
    name: 'duplicate key',
    text: valid.replace('venue: iccv', 'venue: iccv\nvenue: cvpr'),
    expected: /\(yaml\): YAML syntax error: Map keys must be unique/,
  },
  {
    name: 'no front matter',
    text: 'Just a summary.\n',
    expected: /:1: \(front matter\): the file must start with YAML front matter/,
  },
  {
    name: 'HTML in the summary',
    text: `${valid}\n<script>alert(1)</script>\n`,
    expected: /:2\d: \(summary\): HTML is not allowed in the summary/,
  },
];

describe('malformed entries are each reported with file, line, field and a fix', () => {
  for (const c of cases) {
    it(c.name, () => {
      const problems = problemsFor(c.text);
      expect(problems.join('\n')).toMatch(c.expected);
    });
  }

  it('refuses an MDX entry because it can run code', () => {
    expect(problemsFor(valid, 'content/papers/dawidowicz2023limitr.mdx').join('\n')).toMatch(
      /dawidowicz2023limitr\.mdx:1: \(file\): MDX can run code, so paper entries must be plain Markdown; rename it to dawidowicz2023limitr\.md/,
    );
  });

  it('refuses a script in the papers folder', () => {
    expect(problemsFor('export default 1', 'content/papers/evil.js').join('\n')).toMatch(
      /evil\.js:1: \(file\): only Markdown entries/,
    );
  });

  it('refuses a file name that would make a bad URL', () => {
    expect(problemsFor(valid, 'content/papers/Dawidowicz 2023.md').join('\n')).toMatch(
      /\(file name\): the file name becomes the page URL/,
    );
  });

  it('reports every problem of a file at once, not just the first', () => {
    const broken = valid
      .replace('year: 2023', 'year: twenty')
      .replace('venue: iccv', 'venue: nowhere')
      .replace('  - multi-scale', '  - nope');
    expect(problemsFor(broken)).toHaveLength(3);
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
    expect(problems.map(formatProblem)).toEqual([
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
