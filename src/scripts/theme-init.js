// Before paint: the stored theme, else the system's, so a dark page never flashes white.
// Inlined into every page's <head>; astro.config.mjs allows exactly this text by its hash (CSP).
(function () {
  let stored = null;
  try {
    stored = localStorage.getItem('theme');
  } catch {
    // Storage can be blocked (private mode, strict settings): fall back to the system's theme.
  }
  const dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.classList.add(dark ? 'dark' : 'light', 'js');
})();
