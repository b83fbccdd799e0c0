// @citation-js/name ships no type declarations; this covers the one function the site uses.
declare module '@citation-js/name' {
  /** Parse "Given Family" into CSL-JSON name parts. */
  export function parse(name: string): {
    given?: string;
    family?: string;
    literal?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
    suffix?: string;
  };
}
