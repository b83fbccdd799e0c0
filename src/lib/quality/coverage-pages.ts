/** Where the coverage page's lists of incomplete entries live: /coverage/missing/<fact>/, paged. */

/** Entries per page: one short line each. */
export const MISSING_PER_PAGE = 100;

/** The path of the list of entries missing fact `key` ("clipUsage" -> "coverage/missing/clip-usage/"). */
export function missingPath(key: string): string {
  return `coverage/missing/${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}/`;
}
