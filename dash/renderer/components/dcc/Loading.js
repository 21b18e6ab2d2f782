// dcc.Loading: shows a spinner over its children while callbacks update components inside it.
;(function (R) {
'use strict'
const { el, applyAttr, setStyle, renderValue, destroyNode, isObj } = R.kit

/** [node, prop] of every output a running callback is updating (prop null when not known). */
function running () {
  const out = []
  for (const e of R.internal.inflight.values()) {
    const nodes = e.outNodes || []
    nodes.forEach((n, i) => out.push([n, nodes.length === e.cb.outputs.length ? e.cb.outputs[i].prop : null]))
  }
  return out
}

function wanted (targets, n, prop) {
  if (!isObj(targets)) return true
  const want = targets[n.idStr]
  return want != null && (want === '*' || prop == null || [].concat(want).includes(prop))
}

function busy (node) {
  const p = node.props
  if (p.display === 'show') return true
  if (p.display === 'hide') return false
  if (node.starting) return true
  return running().some(([n, prop]) => n.elt && node.elt.contains(n.elt) && wanted(p.target_components, n, prop))
}

function check (node) {
  const on = busy(node)
  if (on === node.want) return
  node.want = on
  clearTimeout(node.timer)
  const delay = on ? node.props.delay_show : node.props.delay_hide
  if (delay > 0) node.timer = setTimeout(() => show(node, on), delay)
  else show(node, on)
}

function show (node, on) {
  const p = node.props
  node.shown = on
  node.spinner.hidden = !on
  node.inner.removeAttribute('style')
  if (on) setStyle(node.inner, isObj(p.overlay_style) ? p.overlay_style : { visibility: 'hidden' })
  node.elt.toggleAttribute('data-dash-loading', on)
  // debug: the built-in spinner names what it waits for, one 'component id.prop' a line
  const list = on && p.debug && p.custom_spinner == null ? running().filter(([n, prop]) => n.elt && node.elt.contains(n.elt) && wanted(p.target_components, n, prop)) : []
  node.debug.textContent = list.map(([n, prop]) => n.idStr + '.' + (prop || '*')).join('\n')
}

function render (node) {
  const p = node.props
  node.kids.forEach(destroyNode)
  node.kids = []
  node.inner.replaceChildren(...renderValue(p.children, node, []))
  const spin = p.custom_spinner != null
    ? renderValue(p.custom_spinner, node, [])
    : [el('div', 'dash-spinner dash-spinner--' + (p.type || 'default'))]
  if (p.custom_spinner == null) spin[0].append(el('i'), el('i'), el('i'))
  node.spinner.replaceChildren(...spin, node.debug)
}

function sync (node, keys) {
  const p = node.props
  if (!keys || keys.includes('children') || keys.includes('custom_spinner') || keys.includes('type')) render(node)
  applyAttr(node.elt, 'id', p.id)
  applyAttr(node.elt, 'className', ['dash-loading-parent', p.parent_className].filter(Boolean).join(' '))
  node.elt.removeAttribute('style')
  setStyle(node.elt, p.parent_style)
  node.elt.style.setProperty('--dash-spinner-color', p.color || '#1975fa')
  node.spinner.className = ['dash-loading-spinner', p.className, p.fullscreen && 'dash-loading--fullscreen'].filter(Boolean).join(' ')
  setStyle(node.spinner, p.style)
  node.want = undefined
  check(node)
  if (!node.shown) show(node, false)
}

R.define('dash_core_components', 'Loading', {
  create (node) {
    node.elt = el('div')
    node.inner = el('div', 'dash-loading-content')
    node.spinner = el('div')
    node.debug = el('div', 'dash-loading-debug')
    node.spinner.setAttribute('role', 'status')
    node.spinner.setAttribute('aria-label', 'Loading')
    node.elt.append(node.inner, node.spinner)
    node.starting = node.props.show_initially !== false
    R.whenIdle().then(() => { node.starting = false; check(node) })
    const observer = new MutationObserver(() => check(node))
    observer.observe(node.elt, { subtree: true, attributes: true, attributeFilter: ['data-dash-is-loading'] })
    node.cleanups.push(() => { observer.disconnect(); clearTimeout(node.timer) })
    sync(node)
    return node.elt
  },
  update: sync
})
})(window.dash_renderer)
