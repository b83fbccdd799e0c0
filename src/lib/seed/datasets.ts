/** The seed's dataset resource table turned into dataset entries. */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Paper } from '../../schemas/paper.ts';
import type { SeedDatasetRow } from './parse.ts';
import type { Change } from './import.ts';
import { titleKey } from '../catalogue/names.ts';

/**
 * The paper that introduced each pre-trained CLIP named in the table, by title, where that paper is
 * in the catalogue. Models whose paper is not in the catalogue (PMC-CLIP, PLIP, QuiltNet) keep only their name.
 */
export const MODEL_PAPERS: Record<string, string> = {
  PubMedCLIP: 'PubMedCLIP: How Much Does CLIP Benefit Visual Question Answering in the Medical Domain?',
  BioViL: 'Making the Most of Text Semantics to Improve Biomedical Vision–Language Processing',
  'BioViL-T': 'Learning to Exploit Temporal Structure for Biomedical Vision–Language Processing',
  'CT-CLIP':
    'A foundation model utilizing chest CT volumes and radiology reports for supervised-level zero-shot detection of abnormalities',
};

const LANGUAGES: Record<string, string> = { en: 'en', zh: 'zh', sp: 'es' };
const SOURCE_FIXES: Record<string, string> = { 'medicla reports': 'medical reports' };
const DOMAINS: Record<string, string> = {
  cxr: 'chest X-ray',
  'chest ct': 'chest CT',
  histology: 'histopathology',
  fundus: 'fundus (retina)',
  multiple: 'multiple',
};

export function datasetId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function seedDatasets(rows: SeedDatasetRow[], papers: Map<string, Paper>) {
  const changes: Change[] = [];
  const entries = new Map<string, { dataset: Dataset }>();
  const paperIdByTitle = new Map([...papers].map(([id, p]) => [titleKey(p.title), id]));
  for (const row of rows) {
    const id = datasetId(row.name);
    const note = (kind: string, detail: string) =>
      changes.push({ id: `datasets/${id}`, title: row.name, kind, detail });
    const sources = row.source.split(/<br>/i).map((s) => {
      const t = s.trim();
      if (SOURCE_FIXES[t]) note('typo', `source "${t}" corrected to "${SOURCE_FIXES[t]}"`);
      return (SOURCE_FIXES[t] ?? t) as NonNullable<Dataset['textSources']>[number];
    });
    const languages = row.language.split('/').map((l) => {
      const code = LANGUAGES[l.trim().toLowerCase()];
      if (!code) throw new Error(`dataset ${row.name}: unknown language "${l}"`);
      if (l.trim().toLowerCase() !== code) note('language', `language "${l.trim()}" written as ISO 639-1 "${code}"`);
      return code;
    });
    const models =
      row.models.trim() === '/'
        ? []
        : row.models.split('/').map((name) => {
            const t = name.trim();
            const title = MODEL_PAPERS[t];
            const paper = title ? paperIdByTitle.get(titleKey(title)) : undefined;
            if (title && !paper)
              throw new Error(`dataset ${row.name}: the paper of ${t} ("${title}") is not in the catalogue`);
            return paper ? { name: t, paper } : { name: t };
          });
    entries.set(id, {
      dataset: {
        name: row.name,
        domain: DOMAINS[row.domain] ?? row.domain,
        images: row.images,
        texts: row.texts,
        textSources: sources,
        languages,
        link: row.link,
        models,
      },
    });
  }
  return { entries, changes };
}
