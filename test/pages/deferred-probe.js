/* global window, document, MutationObserver -- a classic script in the test pages */
// Records, in order, when each ms-* element of the page loses its
// defer-hydration mark (test/deferred-hydration.test.ts), and scrolls the
// page to #last before any script can wake a widget.
(function () {
  var woke = [];
  window.__msWoke = woke;
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      if (r.oldValue !== null && !r.target.hasAttribute('defer-hydration')) woke.push(r.target);
    });
  }).observe(document, { subtree: true, attributeFilter: ['defer-hydration'], attributeOldValue: true });
  document.addEventListener('DOMContentLoaded', function () {
    var last = document.getElementById('last');
    if (last) last.scrollIntoView();
  });
})();
