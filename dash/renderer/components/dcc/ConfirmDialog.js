// dcc.ConfirmDialog and dcc.ConfirmDialogProvider: the browser's confirm box.
;(function (R) {
'use strict'
const { el, setProps, setChildren } = R.kit

/** Shows window.confirm(message) once the page has painted; OK/Cancel count clicks, displayed turns false. */
function ask (node) {
  setTimeout(() => {
    if (node.dead) return
    const ok = window.confirm(node.props.message == null ? '' : String(node.props.message))
    const k = ok ? 'submit_n_clicks' : 'cancel_n_clicks'
    setProps(node, { [k]: (node.props[k] || 0) + 1, [k + '_timestamp']: Date.now(), displayed: false }, true)
  })
}

const confirmDef = {
  create (node) {
    if (node.props.displayed) ask(node)
    return null
  },
  update (node, keys) { if (keys.includes('displayed') && node.props.displayed) ask(node) }
}

R.define('dash_core_components', 'ConfirmDialog', confirmDef)
R.define('dash_core_components', 'ConfirmDialogProvider', {
  create (node) {
    const elt = node.elt = el('div', 'dash-confirm-provider')
    if (node.props.id != null) elt.id = typeof node.props.id === 'string' ? node.props.id : node.idStr
    elt.addEventListener('click', e => {
      e.stopPropagation() // the click asks first; it does not count as a click of the child
      ask(node)
    }, true)
    setChildren(node, elt)
    if (node.props.displayed) ask(node)
    return elt
  },
  update (node, keys) {
    if (keys.includes('children')) setChildren(node, node.elt)
    confirmDef.update(node, keys)
  }
})
})(window.dash_renderer)
