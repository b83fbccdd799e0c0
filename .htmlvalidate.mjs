// html-validate configuration for the built site (npm run validate:html; editors pick it up too). It is a
// module rather than .htmlvalidate.json so that every rule turned off or tuned carries its reason: JSON has no
// comments and html-validate's config schema refuses extra keys.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // A paper page is titled with the paper's full title (WCAG 2.4.2: the title names the page). Many titles
    // are longer than this rule's 70-character search-engine heuristic, and shortening them would misname the paper.
    'long-title': 'off',
  },
};
