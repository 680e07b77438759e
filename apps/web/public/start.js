// Runs the app's module scripts, and holds a form sent before they have run. The server puts this script
// in place of the build's module scripts, which it names in `data-modules` (run in this order) and keeps as
// module preloads, fetched as before (apps/api/src/common/http/web-app.ts). A form sent before the app runs
// (Enter or "Inloggen" in a prerendered page) would otherwise be sent natively: the page reloads and what
// was typed is lost. It is held instead and sent again once the app's first script has run; the app then
// holds it until it has taken the page over, and sends it itself (apps/web/src/app/typed-input.ts). The CSP
// allows no inline script, hence a file of its own; plain JavaScript, as it runs before the app.
(function () {
  const modules = (document.currentScript.getAttribute('data-modules') || '').split(' ').filter(Boolean);
  let held = null;
  const hold = function (event) {
    event.preventDefault();
    held = event.target;
  };
  document.addEventListener('submit', hold, true);
  modules
    .reduce(function (before, file) {
      return before.then(function () {
        return import(new URL(file, document.baseURI).href);
      });
    }, Promise.resolve())
    .then(function () {
      document.removeEventListener('submit', hold, true);
      if (held) held.requestSubmit();
    });
})();
