// html-validate configuration for the built site (npm run validate:html). It is a module rather than
// .htmlvalidate.json so that each rule tuned below carries its reason: JSON has no comments and html-validate's
// config schema refuses extra keys. Add an override only for a rule that conflicts with legitimate output.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // The search page's facets are groups of checkboxes sharing one name (category, year, modality...), so the
    // GET form submits ?modality=ct&modality=mri: legitimate HTML that the rule flags because its default list
    // of shareable controls leaves out checkboxes. Every other control must still have a unique name.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
