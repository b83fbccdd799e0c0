// Before paint: the stored theme, else the system's, so a dark page never flashes white; and whether the reader
// has a selection, so the header's "Selection" link is laid out at once instead of pushing the header when the
// selection script runs (src/scripts/selection/store.ts keeps the class current afterwards).
// Inlined into every page's <head>; astro.config.mjs allows exactly this text by its hash (CSP).
(function () {
  let stored = null;
  let selection = null;
  try {
    stored = localStorage.getItem('theme');
    selection = localStorage.getItem('selection');
  } catch {
    // Storage can be blocked (private mode, strict settings): fall back to the system's theme.
  }
  const dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  const root = document.documentElement;
  root.classList.add(dark ? 'dark' : 'light', 'js');
  // A stored selection is a JSON array of ids; "[]" (or nothing) is none.
  if (selection && selection.length > 2) root.classList.add('has-selection');
})();
