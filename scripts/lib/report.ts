/** Printing many problems of a built site: one template bug repeats on hundreds of pages, so each kind is shown once. */

/** How many places of one kind of problem are shown unless --all is given. */
export const EXAMPLES = 3;

/**
 * Print each group (what went wrong, and where) to stderr with at most EXAMPLES places, or every place with `all`.
 * Example: printGroups([['broken link /x', ['dist/a.html:3', 'dist/b.html:9']]], false)
 */
export function printGroups(groups: Iterable<readonly [string, readonly string[]]>, all: boolean): void {
  for (const [what, where] of groups) {
    const shown = all ? where : where.slice(0, EXAMPLES);
    const more = where.length > shown.length ? `\n  ... and ${where.length - shown.length} more` : '';
    console.error(`${what}\n  ${shown.join('\n  ')}${more}`);
  }
}
