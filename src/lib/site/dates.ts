/** Dates as the site prints them: "4 December 2023". */
export function formatDate(iso: string): string {
  return DATE.format(new Date(`${iso}T00:00:00Z`));
}

/** One formatter for every date (toLocaleDateString builds a new one per call, a visible cost over a build). */
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
