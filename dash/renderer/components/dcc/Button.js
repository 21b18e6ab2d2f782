// dcc.Button: a styled <button> counting n_clicks and n_blur.
;(function (R) {
'use strict'
const { applyAttr, setStyle, setProps, setChildren, widget } = R.kit
const SKIP = new Set(['children', 'style', 'className', 'type', 'n_clicks', 'n_clicks_timestamp', 'n_blur', 'n_blur_timestamp', 'persistence', 'persisted_props', 'persistence_type', 'loading_state'])

function sync (node, keys) {
  const p = node.props
  const elt = node.elt
  for (const k of keys || Object.keys(p)) if (!SKIP.has(k)) applyAttr(elt, k, p[k])
  elt.type = p.type || 'button'
  applyAttr(elt, 'className', ['dash-button', p.className].filter(Boolean).join(' '))
  elt.removeAttribute('style')
  setStyle(elt, p.style)
  if (!keys || keys.includes('children')) setChildren(node, elt)
}

R.define('dash_core_components', 'Button', widget('button', sync, (node, elt) => {
  elt.addEventListener('click', () => setProps(node, { n_clicks: (node.props.n_clicks || 0) + 1, n_clicks_timestamp: Date.now() }, true))
  elt.addEventListener('blur', () => setProps(node, { n_blur: (node.props.n_blur || 0) + 1, n_blur_timestamp: Date.now() }, true))
}))
})(window.dash_renderer)
