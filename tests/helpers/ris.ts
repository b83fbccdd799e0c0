/**
 * A small RIS reader for tests, written from the format's description (not from the library that writes it):
 * records run from "TY  - " to "ER  - "; each line is a two-character tag, two spaces, a hyphen, a space and a
 * value; a line without a tag continues the previous value. Returns each record's tags as lists of values.
 */
export type RisRecord = Record<string, string[]>;

export function parseRis(text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | undefined;
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!m) {
      if (current && last && line.trim()) {
        const values = current[last]!;
        values[values.length - 1] += line;
      }
      continue;
    }
    const [, tag, value] = m as unknown as [string, string, string];
    if (tag === 'TY') current = {};
    if (!current) throw new Error(`RIS: "${line}" before any TY line`);
    if (tag === 'ER') {
      records.push(current);
      current = undefined;
      last = undefined;
      continue;
    }
    (current[tag] ??= []).push(value.trim());
    last = tag;
  }
  if (current) throw new Error('RIS: a record has no ER line');
  return records;
}
