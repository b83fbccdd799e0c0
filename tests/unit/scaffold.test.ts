import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BibtexError, normaliseArxivId, normaliseDoi, parseBibtex } from '@/lib/contributing/bibtex';
import { checkCatalogue } from '@/lib/catalogue/check-catalogue';
import { matchVenue, scaffoldEntry, ScaffoldError, type ScaffoldFlags } from '@/lib/contributing/scaffold';
import { parseAuthorList } from '@/lib/contributing/author-list';
import { suggestVenues } from '@/lib/catalogue/venue-match';
import { readCatalogueFiles, splitFrontMatter } from '@/lib/catalogue/files';
import { titleKey } from '@/lib/catalogue/names';
import { leaves, modalities, venues } from '@/schemas/vocabularies';
import { paperSchema } from '@/schemas/paper';
import { loadCatalogue } from '../helpers/catalogue';

const { papers, datasets } = readCatalogueFiles('.');
const catalogue = { papers, datasets };
const vocab = { venues, leaves, modalities };
const bibFixture = (name: string) => readFileSync(`tests/fixtures/bibtex/${name}`, 'utf8');
const TODAY = '2026-01-15';

const SUMMARY = 'It probes frozen CLIP features for rare findings. It is tested on chest radiographs.';

/** The facts every new entry needs besides the BibTeX: a summary and, per category with groups, its first group. */
function complete(flags: ScaffoldFlags): ScaffoldFlags {
  const groups = (flags.categories ?? []).flatMap((c) => {
    const leaf = leaves.find((l) => l.id === c);
    return leaf?.groups ? [`${c}/${leaf.groups[0]!.id}`] : [];
  });
  return { summary: SUMMARY, subgroups: groups, ...flags };
}

function scaffold(bibName: string | undefined, flags: ScaffoldFlags) {
  const bib = bibName ? parseBibtex(bibFixture(bibName))[0] : undefined;
  return scaffoldEntry(bib, complete(flags), catalogue, vocab, TODAY);
}

/** The problems a ScaffoldError carries, as one text; fails the test if nothing was thrown. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ScaffoldError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('expected the scaffolder to refuse');
}

describe('BibTeX parsing (Citation.js)', () => {
  it('decodes LaTeX accents, drops markup and reorders "Family, Given" names', () => {
    const [entry] = parseBibtex(bibFixture('new-paper.bib'));
    expect(entry!.title).toBe('Probing CLIP Features for Rare Findings in Chest Radiographs');
    expect(entry!.authors).toEqual(['Müller, Anna', 'de la Cruz, José', 'Chen, Wei']);
    expect(entry!.year).toBe(2024);
    expect(entry!.doi).toBe('10.1007/978-3-031-99999-9_10');
  });

  it('reads the arXiv id from eprint and marks an "and others" author list as incomplete', () => {
    const [entry] = parseBibtex(bibFixture('arxiv-preprint.bib'));
    expect(entry!.arxiv).toBe('2501.01234');
    const [truncated] = parseBibtex('@article{a, title={T}, author={Doe, Jane and others}, year={2020}}');
    expect(truncated!.authors).toEqual(['Doe, Jane']);
    expect(truncated!.authorsTruncated).toBe(true);
  });

  it('reports a syntax error with its line, and text without an entry', () => {
    expect(() => parseBibtex(bibFixture('broken.bib'))).toThrow(/could not be read: .*line 4/);
    expect(() => parseBibtex('% only a comment\n')).toThrow(BibtexError);
  });

  it('normalises identifiers as people paste them', () => {
    expect(normaliseArxivId('arXiv:2303.11755v2')).toBe('2303.11755');
    expect(normaliseArxivId('https://arxiv.org/pdf/2303.11755v1.pdf')).toBe('2303.11755');
    expect(normaliseArxivId('not an id')).toBeUndefined();
    expect(normaliseDoi('https://doi.org/10.1000/ABC')).toBe('10.1000/abc');
    expect(normaliseDoi('doi:10.1000/x')).toBe('10.1000/x');
    expect(normaliseDoi('10.1000')).toBeUndefined();
  });
});

describe('venue matching', () => {
  it('finds a venue from an id, a short name, a proceedings title or an acronym in parentheses', () => {
    const miccai = venues.find((v) => v.id === 'miccai')!;
    expect(matchVenue('miccai', venues)).toBe('miccai');
    expect(matchVenue(miccai.short, venues)).toBe('miccai');
    expect(
      matchVenue(`Medical Image Computing and Computer Assisted Intervention -- ${miccai.short} 2024`, venues),
    ).toBe('miccai');
    expect(matchVenue('Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)', venues)).toBe(
      'iccv',
    );
    expect(matchVenue('arXiv preprint arXiv:2303.00915', venues)).toBe('arxiv');
    expect(matchVenue('Journal of Imaginary Results', venues)).toBeUndefined();
  });
});

describe('the scaffolder', () => {
  it('turns a BibTeX entry into an entry that passes npm run check (round trip)', () => {
    const entry = scaffold('new-paper.bib', {
      categories: ['dense-prediction'],
      modalities: ['chest-x-ray'],
      code: 'https://github.com/example/probing',
    });
    expect(entry.file).toBe(`content/papers/${entry.id}.md`);
    expect(entry.id).toMatch(/^muller2024probing/);
    const { problems } = checkCatalogue(
      [...catalogue.papers, { file: entry.file, text: entry.text }],
      catalogue.datasets,
    );
    expect(problems).toEqual([]);
    // Read back through the real schema: the file says what the BibTeX said.
    const back = paperSchema.parse(parse(splitFrontMatter(entry.text)!.yaml));
    const bib = parseBibtex(bibFixture('new-paper.bib'))[0]!;
    expect(back).toMatchObject({
      title: bib.title,
      authors: bib.authors,
      year: bib.year,
      doi: bib.doi,
      venue: 'miccai',
      added: TODAY,
      categories: ['dense-prediction'],
      modalities: ['chest-x-ray'],
    });
    expect(back.links).toEqual({ paper: `https://doi.org/${bib.doi}`, code: 'https://github.com/example/probing' });
  });

  it('records --weights none as the day the repository was read, and refuses it without a repository', () => {
    const entry = scaffold('new-paper.bib', {
      categories: ['others'],
      code: 'https://github.com/example/probing',
      weights: 'none',
    });
    const back = paperSchema.parse(parse(splitFrontMatter(entry.text)!.yaml));
    expect(back.weightsNotReleased).toBe(TODAY);
    expect(back.links.weights).toBeUndefined();
    expect(refusal(() => scaffold('new-paper.bib', { categories: ['others'], weights: 'none' }))).toMatch(
      /weightsNotReleased: .*add the repository you read as links\.code/,
    );
    const linked = scaffold('new-paper.bib', {
      categories: ['others'],
      code: 'https://github.com/example/probing',
      weights: 'https://huggingface.co/example/probing',
    });
    expect(paperSchema.parse(parse(splitFrontMatter(linked.text)!.yaml)).weightsNotReleased).toBeUndefined();
  });

  it('fills an arXiv preprint from the id alone: venue arxiv, year of the id, abstract link', () => {
    const entry = scaffold(undefined, {
      arxiv: 'arXiv:2402.01234v3',
      title: 'A Test Title About Ultrasound',
      authors: 'Ada Lovelace; Alan Turing',
      categories: ['others'],
    });
    expect(entry.paper).toMatchObject({
      venue: 'arxiv',
      year: 2024,
      arxiv: '2402.01234',
      links: { paper: 'https://arxiv.org/abs/2402.01234' },
      authors: ['Lovelace, Ada', 'Turing, Alan'],
    });
    expect(entry.id).toBe('lovelace2024test');
  });

  it('refuses a paper the catalogue already has, naming the existing entry (title, DOI, arXiv id, link)', () => {
    const { papers } = loadCatalogue();
    const limitr = papers.find(
      (p) => titleKey(p.data.title) === titleKey(parseBibtex(bibFixture('existing-limitr.bib'))[0]!.title!),
    )!;
    expect(limitr).toBeDefined();
    expect(refusal(() => scaffold('existing-limitr.bib', { categories: ['multi-scale'] }))).toMatch(
      new RegExp(
        `already in the catalogue: content/papers/${limitr.id}\\.md has the same title\\. .*edit content/papers/${limitr.id}\\.md`,
      ),
    );

    const withDoi = papers.find((p) => p.data.doi)!;
    const fresh = {
      title: 'An Unrelated New Title',
      authors: 'Jane Doe',
      year: 2024,
      venue: 'miccai',
      categories: ['others'],
    };
    expect(
      refusal(() => scaffold(undefined, { ...fresh, doi: `https://doi.org/${withDoi.data.doi!.toUpperCase()}` })),
    ).toMatch(`content/papers/${withDoi.id}.md has the same DOI`);
    const withArxiv = papers.find((p) => p.data.arxiv)!;
    expect(refusal(() => scaffold(undefined, { ...fresh, arxiv: withArxiv.data.arxiv }))).toMatch(
      `content/papers/${withArxiv.id}.md has the same arXiv id`,
    );
    const withLink = papers.find((p) => !p.data.arxiv && !p.data.doi)!;
    expect(refusal(() => scaffold(undefined, { ...fresh, link: `${withLink.data.links.paper}/` }))).toMatch(
      `content/papers/${withLink.id}.md has the same paper link`,
    );
  });

  it('says which flag to pass for every missing fact, listing the allowed values', () => {
    const message = refusal(() => scaffold(undefined, {}));
    expect(message).toMatch(/no title: pass --title/);
    expect(message).toMatch(/no authors: pass --authors/);
    expect(message).toMatch(/no venue: pass --venue with one of: .*miccai/);
    expect(message).toMatch(/no year: pass --year/);
    expect(message).toMatch(
      new RegExp(`no category: pass --category with one or more of: ${leaves.map((l) => l.id).join(', ')}`),
    );
    expect(message).toMatch(/no link to the paper: pass --link .*--doi .*--arxiv/);
  });

  it("refuses an unknown venue, an unknown category and an http link with the checker's messages", () => {
    expect(
      refusal(() => scaffold('new-paper.bib', { venue: 'Journal of Imaginary Results', categories: ['others'] })),
    ).toMatch(
      /--venue "Journal of Imaginary Results" is not a known venue\. If the venue is new, add it to content\/venues\.json \(id, short, name, kind, aliases\).*All venue ids: aaai, /,
    );
    expect(refusal(() => scaffold('new-paper.bib', { categories: ['segmentation'] }))).toMatch(
      /categories\.0: unknown category "segmentation"; use one of: multi-scale/,
    );
    expect(refusal(() => scaffold('new-paper.bib', { categories: ['others'], code: 'http://github.com/x/y' }))).toMatch(
      /links\.code: "http:\/\/github\.com\/x\/y" uses http; use the https:\/\//,
    );
  });

  it('refuses an "and others" author list unless the full list is given', () => {
    const bib = parseBibtex(
      '@article{a, title={A Fresh Title}, author={Doe, Jane and others}, journal={Medical Image Analysis}, year={2024}, doi={10.1000/fresh}}',
    )[0];
    expect(refusal(() => scaffoldEntry(bib, complete({ categories: ['others'] }), catalogue, vocab, TODAY))).toMatch(
      /ends in "and others".*--authors/,
    );
    expect(
      scaffoldEntry(
        bib,
        complete({ categories: ['others'], authors: 'Jane Doe and John Roe' }),
        catalogue,
        vocab,
        TODAY,
      ).paper.authors,
    ).toEqual(['Doe, Jane', 'Roe, John']);
  });
});

// Each case starts the real command (Node + tsx): seconds each, more on a busy machine.
describe('npm run new (the command)', { timeout: 60_000 }, () => {
  // A copy of the content in a temporary folder: the command writes there, never into the repository.
  const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = (args: string[], input = '') =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new.ts', '--root', root, '--no-input', ...args], {
      input,
      encoding: 'utf8',
    });

  it('writes the entry from BibTeX on standard input, and npm run check accepts it', () => {
    const result = run(
      [
        '-',
        '--category',
        'dense-prediction,classification',
        '--subgroup',
        'dense-prediction/detection',
        '--subgroup',
        'classification/zero-shot',
        '--modality',
        'chest-x-ray',
        '--summary',
        SUMMARY,
      ],
      bibFixture('new-paper.bib'),
    );
    expect(result.stderr).toBe('');
    const file = /Wrote (content\/papers\/[a-z0-9-]+\.md)/.exec(result.stdout)?.[1];
    expect(file).toBeDefined();
    const written = paperSchema.parse(parse(splitFrontMatter(readFileSync(join(root, file!), 'utf8'))!.yaml));
    expect(written.categories).toEqual(['dense-prediction', 'classification']);
    const check = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/check.ts', '--root', root, join(root, file!)],
      { encoding: 'utf8' },
    );
    expect(check).toMatch(/Checked 1 file\(s\): no problems/);
  });

  it('refuses the same paper a second time and exits non-zero, naming the entry', () => {
    const result = run([join('tests/fixtures/bibtex/new-paper.bib'), '--category', 'others', '--summary', SUMMARY]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /error: this paper is already in the catalogue: content\/papers\/muller2024probing\.md has the same title/,
    );
  });

  it('prints without writing on --dry-run, and fails with the flag to pass when no category is given', () => {
    const before = readdirSync(join(root, 'content/papers')).length;
    const dry = run([
      'tests/fixtures/bibtex/arxiv-preprint.bib',
      '--category',
      'data-efficient',
      '--subgroup',
      'data-efficient/data-mining',
      '--summary',
      SUMMARY,
      '--dry-run',
    ]);
    expect(dry.stdout).toMatch(/dry run: nothing written\)\n---\ntitle: Scaling Laws/);
    expect(readdirSync(join(root, 'content/papers'))).toHaveLength(before);
    const missing = run(['tests/fixtures/bibtex/arxiv-preprint.bib']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/error: no category: pass --category/);
  });
});

describe('author lists typed on the command line', () => {
  it('reads BibTeX\'s "Family, Given and Family, Given" exactly', () => {
    expect(parseAuthorList('Phan, Vu Minh Hieu and Xie, Yutong')).toEqual({
      authors: ['Phan, Vu Minh Hieu', 'Xie, Yutong'],
      notes: [],
      problems: [],
    });
  });

  it('reads given-first lists, noting each family name it assumed', () => {
    const list = parseAuthorList('Ada Lovelace; Tom van Sonsbeek');
    expect(list.authors).toEqual(['Lovelace, Ada', 'van Sonsbeek, Tom']);
    expect(list.notes.join(' ')).toMatch(/"Tom van Sonsbeek" -> "van Sonsbeek, Tom"/);
    expect(parseAuthorList('Ada Lovelace, Alan Turing and Grace Hopper').authors).toEqual([
      'Lovelace, Ada',
      'Turing, Alan',
      'Hopper, Grace',
    ]);
  });

  it('refuses a comma list that cannot be split safely instead of inventing one-word authors', () => {
    const list = parseAuthorList('Phan, Vu Minh Hieu, Xie, Yutong');
    expect(list.authors).toEqual([]);
    expect(list.problems.join(' ')).toMatch(/cannot be split safely.*"Family, Given and Family, Given"/);
  });
});

describe('venues as proceedings and journals print them', () => {
  it.each([
    ['Advances in Neural Information Processing Systems', 'neurips'],
    ['Advances in Neural Information Processing Systems 36', 'neurips'],
    ['Proceedings of the 40th International Conference on Machine Learning', 'icml'],
    ['International Conference on Learning Representations', 'iclr'],
    ['Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)', 'cvpr'],
    ['Proceedings of the IEEE/CVF International Conference on Computer Vision', 'iccv'],
    ['Computer Vision – ECCV 2024', 'eccv'],
    ['Medical Image Computing and Computer Assisted Intervention – MICCAI 2023', 'miccai'],
    ['IEEE Transactions on Medical Imaging', 'ieee-tmi'],
    ['Medical Image Analysis', 'media'],
  ])('%s -> %s', (label, id) => {
    expect(matchVenue(label, venues)).toBe(id);
  });

  it('suggests the closest venues for a label it cannot place', () => {
    expect(suggestVenues('Neural Information Processing Workshop', venues)).toContain('neurips-workshop');
    expect(suggestVenues('Transactions on Medical Imaging IEEE', venues)[0]).toBe('ieee-tmi');
    expect(suggestVenues('Journal of Imaginary Results', venues)).toEqual([]);
  });

  it('prefers the arXiv abstract page to a PDF url from the BibTeX', () => {
    const bib = {
      key: 'x',
      title: 'A Paper With Only a PDF',
      authors: ['Doe, Jane'],
      authorsTruncated: false,
      year: 2024,
      url: 'https://example.org/paper.pdf',
      venueLabel: 'arXiv',
    };
    const entry = scaffoldEntry(
      bib,
      complete({ categories: ['others'], arxiv: '2401.12345' }),
      catalogue,
      vocab,
      TODAY,
    );
    expect(entry.paper.links.paper).toBe('https://arxiv.org/abs/2401.12345');
  });
});
