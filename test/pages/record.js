/* global window, document -- a classic script in the test pages */
// Loaded first, as a classic same-origin script (allowed by the strict CSP),
// so it sees everything a widget could do wrong while the page loads:
// uncaught errors, failed loads, unhandled rejections, console errors and
// warnings, and Content-Security-Policy violations. test/cdn.test.ts reads it.
(function () {
  var record = { errors: [], consoleErrors: [], consoleWarnings: [], violations: [] };
  window.__msRecord = record;
  var text = function (args) {
    return Array.prototype.map.call(args, String).join(' ');
  };
  window.addEventListener(
    'error',
    function (e) {
      var target = e.target && e.target !== window ? ' loading ' + (e.target.src || e.target.href || e.target.localName) : '';
      var detail = e.error ? String(e.error.stack || e.error) : e.message || '';
      record.errors.push('error: ' + detail + target);
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (e) {
    record.errors.push('unhandledrejection: ' + String(e.reason && e.reason.stack ? e.reason.stack : e.reason));
  });
  document.addEventListener(
    'securitypolicyviolation',
    function (e) {
      record.violations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
    },
    true,
  );
  var error = console.error;
  var warn = console.warn;
  console.error = function () {
    record.consoleErrors.push(text(arguments));
    return error.apply(console, arguments);
  };
  console.warn = function () {
    record.consoleWarnings.push(text(arguments));
    return warn.apply(console, arguments);
  };
})();
