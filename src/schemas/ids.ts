/** Id patterns, free of other imports so browser scripts can check ids without loading the schemas. */

/** File names (and so ids and URLs) of paper entries: firstauthor + year + first title word, e.g. huang2021gloria. */
export const PAPER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
