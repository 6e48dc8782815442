/* global document, window */
// Runs before the (deferred) bundle: elements made with createElement, with
// properties set before the element is defined, and with innerHTML (through
// the page's own Trusted Types policy where the CSP requires one).
// test/hosts.test.ts.
(function () {
  var early = document.getElementById('early');
  var card = document.createElement('ms-evidence-card');
  card.study = 'halt-ms'; // a property before the upgrade, not an attribute
  card.id = 'early-card';
  early.append(card);
  var list = document.createElement('ms-benefit-list');
  list.setAttribute('benefits', 'immune-system-modulation');
  list.id = 'early-list';
  early.append(list);
  var markup = '<ms-section id="early-section" name="conclusion"></ms-section><ms-risk-panel id="early-panel" open></ms-risk-panel>';
  var policy = window.trustedTypes && window.trustedTypes.createPolicy ? window.trustedTypes.createPolicy('host-page', { createHTML: function (s) { return s; } }) : null;
  var holder = document.createElement('div');
  holder.innerHTML = policy ? policy.createHTML(markup) : markup;
  early.append.apply(early, Array.prototype.slice.call(holder.childNodes));
  window.__hostPolicy = policy;
})();
