// html-validate configuration for the built site (npm run validate:html). It is a module rather than
// .htmlvalidate.json so that a rule turned off or tuned can carry its reason in a comment: JSON has no comments
// and html-validate's config schema refuses extra keys. Today no rule needs turning off: Astro's output and our
// pages pass the whole recommended preset. Add an override only for a rule that conflicts with legitimate output,
// with the reason next to it.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
};
