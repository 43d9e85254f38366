// The loading screen (written by scripts/post-build.mjs) is the start
// screen: elsewhere, or in English, say only that the app is loading. Its
// language button works already: the app starts in the language chosen.
const shell = document.getElementById('shell');
if (shell) {
  const [tr, en] = shell.children;
  const show = (lang) => {
    tr.hidden = lang === 'en';
    en.hidden = lang !== 'en';
    document.documentElement.lang = lang === 'en' ? 'en' : 'tr';
  };
  try { show(localStorage.getItem('katilim.lang')); } catch { /* storage off: Turkish */ }
  shell.addEventListener('click', (event) => {
    const lang = event.target.closest?.('[data-lang]')?.dataset.lang;
    if (!lang) return;
    show(lang);
    try { localStorage.setItem('katilim.lang', lang); } catch { /* storage off: this page only */ }
  });
  if (location.pathname !== '/') shell.querySelectorAll('.lead, .facts').forEach((e) => e.remove());
}

// Registers the service worker (offline use) and tells the app when a new
// version is ready: it sets window.katilimUpdate and fires "katilim-update";
// the app's "update now" fires "katilim-activate", and the page reloads
// once the new version has taken over. External, so the CSP needs no
// 'unsafe-inline'.
if ('serviceWorker' in navigator) {
  let controller = navigator.serviceWorker.controller;
  const announce = (worker) => {
    window.katilimUpdate = worker;
    window.dispatchEvent(new Event('katilim-update'));
  };
  const watch = (worker) => worker?.addEventListener('statechange', () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
  });
  navigator.serviceWorker.register('/sw.js').then((registration) => {
    if (!registration) return; // (a test harness that blocks workers)
    if (registration.waiting && controller) announce(registration.waiting);
    // An update may already be installing when registration resolves.
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  }, () => {});
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install takes over a page that had no worker: nothing to reload.
    const previous = controller;
    controller = navigator.serviceWorker.controller;
    if (!previous || reloading) return;
    reloading = true;
    window.location.reload();
  });
  window.addEventListener('katilim-activate', () => window.katilimUpdate?.postMessage('activate'));
}
