import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@/lib/catalogue/check-catalogue';
import { formatProblem } from '@/lib/catalogue/problem';

// @action-validator/core: GitHub's published workflow JSON schema, compiled to WebAssembly; works offline.
const { validateWorkflow } = createRequire(import.meta.url)(
  '@action-validator/core',
) as typeof import('@action-validator/core');

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string };
type Job = {
  steps?: Step[];
  'continue-on-error'?: boolean;
  needs?: string;
  permissions?: Record<string, string>;
};
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };
const workflow = (name: string) => parse(readFileSync(`${dir}/${name}`, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);
const uses = (w: Workflow, action: string) => steps(w).find((s) => s.uses?.startsWith(`${action}@`));

describe('GitHub workflows', () => {
  it('has the three workflows', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'links.yml', 'pull-request.yml']);
  });

  for (const file of files) {
    it(`${file} is a valid workflow (action-validator)`, () => {
      const state = validateWorkflow(readFileSync(`${dir}/${file}`, 'utf8'));
      expect(state.errors.map((e) => `${'path' in e ? e.path : ''} ${e.title}: ${e.detail ?? ''}`)).toEqual([]);
    });
    it(`${file} takes the Node version from .nvmrc`, () => {
      expect(uses(workflow(file), 'actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
    });
  }

  it('action-validator does catch a broken workflow (the check above can fail)', () => {
    const broken = readFileSync(`${dir}/pull-request.yml`, 'utf8').replace(
      'runs-on: ubuntu-latest',
      'runs_on: ubuntu-latest',
    );
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('pull requests: npm ci, check, tests with Chromium, and the built site uploaded as a preview', () => {
    const w = workflow('pull-request.yml');
    expect(Object.keys(w.on)).toContain('pull_request');
    const runs = steps(w)
      .map((s) => s.run ?? '')
      .join('\n');
    for (const command of [
      'npm ci',
      'npm run check',
      'npx playwright install --with-deps chromium',
      'npm test',
      'npm run generate:contributing -- --check',
    ]) {
      expect(runs).toContain(command);
    }
    const npmTest = JSON.parse(readFileSync('package.json', 'utf8')).scripts.test as string;
    expect(npmTest).toMatch(/npm run build\b/);
    expect(uses(w, 'actions/upload-artifact')?.with).toMatchObject({ name: 'site-preview', path: 'dist/' });
  });

  it('main: builds under the Pages base path and deploys with configure-pages, upload-pages-artifact, deploy-pages', () => {
    const w = workflow('deploy.yml');
    expect(w.on['push']).toEqual({ branches: ['main'] });
    // Least privilege: only the deploy job may write to Pages or mint an OIDC token.
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(w.jobs['build']!.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(w.jobs['deploy']!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    const build = steps(w).find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
      SITE_URL: '${{ steps.pages.outputs.origin }}',
    });
    expect(uses(w, 'actions/configure-pages')).toBeDefined();
    expect(uses(w, 'actions/upload-pages-artifact')?.with?.['path']).toBe('dist/');
    expect(uses(w, 'actions/deploy-pages')).toBeDefined();
    // astro.config.mjs must read the variables the workflow sets.
    const config = readFileSync('astro.config.mjs', 'utf8');
    expect(config).toContain('process.env.BASE_PATH');
    expect(config).toContain('process.env.SITE_URL');
  });

  for (const file of files) {
    it(`${file} pins every action to a full commit SHA (the tag as a comment) and checks out without credentials`, () => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const lines = text.split('\n').filter((l) => /^\s*-?\s*uses:/.test(l));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line, line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      for (const step of steps(workflow(file)).filter((s) => s.uses?.startsWith('actions/checkout@')))
        expect(step.with?.['persist-credentials']).toBe(false);
    });
  }

  it('weekly: checks links on a schedule and never blocks', () => {
    const w = workflow('links.yml');
    expect((w.on['schedule'] as { cron: string }[])[0]!.cron).toMatch(/^\S+ \S+ \* \* [0-6]$/);
    expect(Object.values(w.jobs).every((j) => j['continue-on-error'] === true)).toBe(true);
    expect(
      steps(w)
        .map((s) => s.run ?? '')
        .join('\n'),
    ).toContain('npm run check:external-links');
  });

  it('the problem matcher turns npm run check output into annotations on the right file and line', () => {
    const matcher = JSON.parse(readFileSync('.github/check-problem-matcher.json', 'utf8')).problemMatcher[0].pattern[0];
    const valid = readFileSync('tests/fixtures/entries/valid.md', 'utf8');
    const { problems } = checkCatalogue(
      [{ file: 'content/papers/x2024y.md', text: valid.replace('venue: iccv', 'venue: nowhere') }],
      [],
    );
    const line = formatProblem(problems[0]!);
    const m = new RegExp(matcher.regexp).exec(line)!;
    expect([m[matcher.file], m[matcher.line], m[matcher.code]]).toEqual([
      'content/papers/x2024y.md',
      String(problems[0]!.line),
      'venue',
    ]);
    expect(m[matcher.message]).toMatch(/^unknown venue "nowhere"/);
  });
});

describe('pull-request template', () => {
  it('is a checklist that points to the check and the preview', () => {
    const text = readFileSync('.github/pull_request_template.md', 'utf8');
    expect(text.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(5);
    expect(text).toContain('npm run check -- <my files>');
    expect(text).toContain('site-preview');
  });
});
