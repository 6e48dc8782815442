/* global window, document, location, requestAnimationFrame, getComputedStyle, CSSStyleSheet -- a classic script in the test pages */
// Runs before the CDN file on siblings.html: the page's own adopted sheet,
// and a watch, over the first 30 frames, of whether a frame ever came with a
// card hidden or with a sheet that is not the page's own. `?broken=adopted`
// makes document.adoptedStyleSheets throw, as a page that broke it would.
// `?reserved` makes the waiting cards blocks with reserved space, as the
// Get code page's snippet does, and runs an animation of the page's own on
// every card, each one's kept in `__animationsBefore` as parsing ends,
// before the CDN file (a module) runs.
(function () {
  var own = new CSSStyleSheet();
  own.replaceSync('.page-own { outline: 1px solid transparent }');
  document.adoptedStyleSheets = [own];
  window.__pageSheet = own;
  var broken = location.search.indexOf('broken=adopted') !== -1;
  if (broken) {
    Object.defineProperty(document, 'adoptedStyleSheets', {
      get: function () {
        throw new Error('the page broke adoptedStyleSheets');
      },
      set: function () {
        throw new Error('the page broke adoptedStyleSheets');
      },
    });
  }
  if (location.search.indexOf('reserved') !== -1) {
    var style = document.createElement('style');
    style.textContent =
      '@keyframes page-own-pulse { to { opacity: 0.99 } }' +
      ' ms-evidence-card { animation: page-own-pulse 600s linear }' +
      ' ms-evidence-card:not(:defined) { display: flow-root; min-block-size: 10rem }';
    document.head.appendChild(style);
    document.addEventListener('readystatechange', function () {
      if (document.readyState !== 'interactive') return;
      window.__animationsBefore = Array.prototype.map.call(document.querySelectorAll('ms-evidence-card'), function (card) {
        return card.getAnimations()[0];
      });
    });
  }
  var hiddenFrames = [];
  window.__hiddenFrames = hiddenFrames;
  var frames = 0;
  function watch() {
    var cards = document.querySelectorAll('ms-evidence-card');
    for (var i = 0; i < cards.length; i++) {
      if (getComputedStyle(cards[i]).display === 'none') {
        hiddenFrames.push('frame ' + frames + ': card ' + i);
        break;
      }
    }
    if (!broken && (document.adoptedStyleSheets.length !== 1 || document.adoptedStyleSheets[0] !== own)) {
      hiddenFrames.push('frame ' + frames + ': ' + document.adoptedStyleSheets.length + ' adopted sheets');
    }
    frames++;
    if (frames < 30) requestAnimationFrame(watch);
  }
  requestAnimationFrame(watch);
})();
