/* global window, document, customElements, MutationObserver, IntersectionObserver -- a classic script in the test pages */
// Records, in order, when each ms-* element of the page loses its
// defer-hydration mark (test/deferred-hydration.test.ts) and whether it had
// hydrated by then, and scrolls the page to #last before any script can
// wake a widget. On a page with #last,
// once the cards are defined, it notes which cards the page first reported
// near the viewport (__inView) and how many widgets had woken by then
// (__wokeBeforeInView): its observer is made just after the hydrate file's
// (which the first card's connection makes), with the same margin, so its
// report comes in the same notification, just after that one.
(function () {
  var woke = [];
  window.__msWoke = woke;
  // Whether each had hydrated by the time this observer heard it woke: Lit
  // hydrates in microtasks queued after this observer's, so only a widget
  // hydrated in the same piece of work as its wake (src/hydration/chunks.ts)
  // has.
  var hydrated = [];
  window.__hydratedAtWake = hydrated;
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      if (r.oldValue !== null && !r.target.hasAttribute('defer-hydration')) {
        woke.push(r.target);
        hydrated.push(r.target.hasUpdated === true);
      }
    });
  }).observe(document, { subtree: true, attributeFilter: ['defer-hydration'], attributeOldValue: true });
  customElements.whenDefined('ms-evidence-card').then(function () {
    if (!document.getElementById('last')) return;
    var seen = new IntersectionObserver(
      function (entries) {
        var near = entries.filter(function (entry) {
          return entry.isIntersecting;
        });
        if (!near.length) return;
        window.__wokeBeforeInView = woke.length;
        window.__inView = near.map(function (entry) {
          return entry.target;
        });
        seen.disconnect();
      },
      { rootMargin: '200px' },
    );
    document.querySelectorAll('ms-evidence-card').forEach(function (card) {
      seen.observe(card);
    });
  });
  document.addEventListener('DOMContentLoaded', function () {
    var last = document.getElementById('last');
    if (last) last.scrollIntoView();
  });
})();
