/**
 * Which papers use which dataset, and how: trained on it, evaluated on it (the paper's `datasets` field), or
 * it yielded a CLIP model introduced by the paper (the dataset's `models`, the survey's resource table).
 * The one definition of the relation, for paper pages, dataset pages, search facets and the coverage report.
 */
import type { Paper } from '../../schemas/paper.ts';
import type { Dataset } from '../../schemas/dataset.ts';

export type DatasetRole = 'training' | 'evaluation' | 'model';
export type DatasetUse<D, P> = { dataset: D; paper: P; roles: DatasetRole[] };

type WithPaper = { id: string; data: Paper };
type WithDataset = { id: string; data: Dataset };

const ROLE_ORDER: DatasetRole[] = ['training', 'evaluation', 'model'];

/** The names and aliases of the datasets a paper uses, as its page indexes them unseen (and the vocabulary holds). */
export function datasetTerms(uses: readonly { dataset: WithDataset }[]): string[] {
  return uses.flatMap((u) => [u.dataset.data.name, ...(u.dataset.data.aliases ?? [])]);
}

/**
 * Every (paper, dataset) pair with its roles, indexed both ways; papers and datasets keep their input order.
 * Dataset ids a paper names but the catalogue lacks are skipped here (the checker reports them).
 */
export function datasetUses<P extends WithPaper, D extends WithDataset>(papers: readonly P[], datasets: readonly D[]) {
  const order = new Map(datasets.map((d, i) => [d.id, i]));
  const perPaper = new Map<string, Map<string, Set<DatasetRole>>>();
  const add = (paperId: string, datasetId: string, role: DatasetRole) => {
    if (!order.has(datasetId)) return;
    let mine = perPaper.get(paperId);
    if (!mine) perPaper.set(paperId, (mine = new Map()));
    let set = mine.get(datasetId);
    if (!set) mine.set(datasetId, (set = new Set()));
    set.add(role);
  };
  for (const p of papers) {
    for (const id of p.data.datasets?.training ?? []) add(p.id, id, 'training');
    for (const id of p.data.datasets?.evaluation ?? []) add(p.id, id, 'evaluation');
  }
  for (const d of datasets) for (const m of d.data.models ?? []) if (m.paper) add(m.paper, d.id, 'model');
  const byPaper = new Map<string, DatasetUse<D, P>[]>();
  const byDataset = new Map<string, DatasetUse<D, P>[]>();
  for (const p of papers) {
    const mine = perPaper.get(p.id);
    if (!mine) continue;
    const uses = [...mine]
      .sort(([a], [b]) => order.get(a)! - order.get(b)!)
      .map(([id, set]) => ({
        dataset: datasets[order.get(id)!]!,
        paper: p,
        roles: ROLE_ORDER.filter((r) => set.has(r)),
      }));
    byPaper.set(p.id, uses);
    for (const use of uses) {
      let list = byDataset.get(use.dataset.id);
      if (!list) byDataset.set(use.dataset.id, (list = []));
      list.push(use);
    }
  }
  return { byPaper, byDataset };
}
