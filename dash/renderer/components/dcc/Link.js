// dcc.Link.
;(function (R) {
'use strict'
const { applyAttr, applyBase, setChildren, isSafeUrl, widget, navigate } = R.kit

/** Link: an <a> that navigates with pushState (a full load only with refresh=true). */
const linkDef = widget('a', node => {
  applyBase(node)
  applyAttr(node.elt, 'href', node.props.href)
  applyAttr(node.elt, 'target', node.props.target)
  setChildren(node, node.elt)
}, (node, elt) => elt.addEventListener('click', e => {
  const p = node.props
  if (e.defaultPrevented || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
  if ((p.target && p.target !== '_self') || !p.href || !isSafeUrl(p.href)) return
  const url = new URL(p.href, window.location.href)
  if (url.origin !== window.location.origin) return
  e.preventDefault()
  navigate(url.href, p.refresh === true)
}))

R.define('dash_core_components', 'Link', linkDef)
})(window.dash_renderer)
