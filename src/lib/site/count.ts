/** "1 paper" / "3 papers": how every page and script says a number of papers. */
export const paperCount = (n: number): string => `${n} ${n === 1 ? 'paper' : 'papers'}`;
