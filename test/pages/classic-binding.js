/* global document, location */
// Loaded after record.js by classic-binding.html: the page's own MsWidgets,
// then a classic CDN file after it. test/hostile-globals.test.ts.
//   ?binding=const|let|var|div   `const MsWidgets = 'mine'` in an earlier
//                                classic script (likewise let and var), or
//                                <div id="MsWidgets"> in the markup
//   &file=ms-widgets.iife.js     the classic file in dist/cdn/
(function () {
  var params = new URLSearchParams(location.search);
  var binding = params.get('binding');
  if (binding === 'div') {
    var div = document.createElement('div');
    div.id = 'MsWidgets';
    document.body.append(div);
  } else {
    // An inline classic script, as a site's own would be: its const and let
    // live in the page's global scope, its var on window.
    var own = document.createElement('script');
    own.textContent = binding + " MsWidgets = 'mine';";
    document.currentScript.after(own);
  }
  var script = document.createElement('script');
  script.src = '/dist/cdn/' + params.get('file');
  script.async = false;
  document.body.append(script);
})();
