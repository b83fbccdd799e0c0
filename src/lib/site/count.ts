/** "1 paper" / "3 papers": how every page and script says a number of papers. */
export const paperCount = (n: number): string => `${n} ${n === 1 ? 'paper' : 'papers'}`;

/**
 * A dataset's approximate count as a page shows it: "87K" and "1.6M" as written, a whole number of four or more
 * digits with thousands separators ("4998" → "4,998").
 */
export const datasetCount = (count: string): string =>
  /^\d{4,}$/.test(count) ? Number(count).toLocaleString('en-US') : count;
