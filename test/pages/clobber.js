/* global window, document, location */
// Loaded after record.js by clobbered.html: puts elements on the page whose
// names clobber the globals Lit reads while it loads (named access on window:
// an element's id, or the name of an img, form or iframe, makes
// window[name] that element, or an HTMLCollection for two, or the frame's
// window), then loads the widgets after them, as a site's user content
// followed by the script tag. test/hostile-globals.test.ts.
//   ?file=ms-widgets.iife.js     a file in dist/cdn/, or a path from / (npm entries)
//   &names=litHtmlVersions,…     which globals to clobber (default: all of them)
//   &real=1                      also give two of them real values first, as a
//                                polyfill or another copy of Lit would
(function () {
  var params = new URLSearchParams(location.search);
  // How each name is clobbered: every form named access knows.
  var forms = {
    litHtmlVersions: 'div',
    litHtmlPolyfillSupport: 'div',
    reactiveElementVersions: 'img',
    reactiveElementPolyfillSupport: 'div',
    litElementVersions: 'two imgs',
    litElementPolyfillSupport: 'form',
    litElementHydrateSupport: 'iframe',
    litPropertyMetadata: 'div',
    trustedTypes: 'div',
    ShadyCSS: 'div',
    litNonce: 'div',
    MsWidgets: 'div',
  };
  var names = params.get('names') ? params.get('names').split(',') : Object.keys(forms);
  var holder = document.getElementById('user-content');
  names.forEach(function (name) {
    var form = forms[name];
    if (!form) throw new Error('clobber.js: no form for ' + name);
    if (form === 'div') {
      var div = document.createElement('div');
      div.id = name;
      holder.append(div);
      return;
    }
    var count = form === 'two imgs' ? 2 : 1;
    for (var i = 0; i < count; i++) {
      var el = document.createElement(form === 'two imgs' ? 'img' : form);
      el.setAttribute('name', name);
      if (form === 'iframe') el.hidden = true;
      holder.append(el);
    }
  });
  if (params.get('real')) {
    // Real values (own properties of window), which the guard must keep.
    window.litHtmlVersions = ['earlier copy'];
    window.__polyfillCalls = [];
    window.reactiveElementPolyfillSupport = function () {
      window.__polyfillCalls.push('reactiveElementPolyfillSupport');
    };
  }
  var file = params.get('file');
  var script = document.createElement('script');
  script.src = file.charAt(0) === '/' ? file : '/dist/cdn/' + file;
  if (!/\.iife\.js$/.test(file)) script.type = 'module';
  // In document order, as a script tag after the user content would run.
  script.async = false;
  document.currentScript.after(script);
})();
