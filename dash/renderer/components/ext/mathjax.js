// mathjax=True (dcc.Markdown, dcc.Graph): configures and loads MathJax, then typesets on request.
// Ours is the vendored MathJax 3.2.2 `tex-svg.js` (TeX input, SVG output; components.json
// `_dash_renderer.MathJaxJs`). An app that loaded its own MathJax (assets) keeps it; an app's
// `window.MathJax` configuration object is kept too, ours only fills what it leaves out.
;(function (R) {
'use strict'
const { config, loadScript, isSafeUrl } = R.kit

const given = window.MathJax
const own = !!(given && given.version)
if (!own) {
  const cfg = given && typeof given === 'object' ? given : {}
  // Math is typeset only where dash asks (Plotly's rule), never by a scan of the whole page.
  cfg.startup = Object.assign({ typeset: false }, cfg.startup)
  // 'autoload' and 'require' fetch more files (TeX extensions) from beside tex-svg.js; only the packages
  // bundled in tex-svg.js are used (base, ams, newcommand, noundefined, configmacros).
  cfg.tex = Object.assign({ packages: { '[-]': ['autoload', 'require'] } }, cfg.tex)
  window.MathJax = cfg
}

let loading = null
/** MathJax, loaded once (the app's own, else ours) and started. */
function load () {
  if (!loading) {
    const files = own ? [] : (config.components._dash_renderer || {}).MathJaxJs || []
    loading = Promise.all(files.map(loadScript))
      .then(() => window.MathJax.startup && window.MathJax.startup.promise)
      .then(() => window.MathJax)
  }
  return loading
}

// MathJax's SVG output puts its rules (display math as a centred block, ...) in a <style> element, which a
// strict CSP (style-src without 'unsafe-inline') refuses. The same text goes in through the CSSOM, which a
// CSP allows; without a CSP both apply and agree.
let sheet = null
function adoptStyles () {
  const style = document.getElementById('MJX-SVG-styles')
  if (!style || !document.adoptedStyleSheets || typeof CSSStyleSheet !== 'function') return
  if (!sheet) {
    sheet = new CSSStyleSheet()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  }
  if (sheet.dashText !== style.textContent) {
    sheet.replaceSync(style.textContent)
    sheet.dashText = style.textContent
  }
}

/** TeX's \href{url}{...} becomes a link: script URLs (javascript:, data:, ...) are dropped, as everywhere. */
function dropUnsafeLinks (elements) {
  elements.forEach(root => root.querySelectorAll('*').forEach(e => {
    for (const name of e.getAttributeNames()) {
      if (/(^|:)href$/i.test(name) && !isSafeUrl(e.getAttribute(name))) e.removeAttribute(name)
    }
  }))
}

let queue = Promise.resolve()
/** Typeset the math in `elements` (TeX between \( \) or \[ \]); calls run one after another, as
 * MathJax requires. Resolves when done; errors are logged, never thrown. */
function typeset (elements) {
  queue = queue.then(load).then(MJ => MJ.typesetPromise(elements))
    .then(() => { dropUnsafeLinks(elements); adoptStyles() })
    .catch(err => console.error('dash: MathJax could not typeset: ' + (err && err.message), err))
  return queue
}

/** Forget the math MathJax typeset inside `elements` before they are replaced. */
function clear (elements) {
  const MJ = window.MathJax
  if (MJ && typeof MJ.typesetClear === 'function') MJ.typesetClear(elements)
}

R.ext.mathjax = { load, typeset, clear, adoptStyles }
})(window.dash_renderer)
