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

/** Shows or hides the spinner when the busy state changes (after delay_show/delay_hide); true when it
 * redrew the spinner just now. */
function check (node) {
  const on = busy(node)
  if (on === node.want) return false
  node.want = on
  clearTimeout(node.timer)
  const delay = on ? node.props.delay_show : node.props.delay_hide
  if (delay > 0) {
    node.timer = setTimeout(() => show(node, on), delay)
    return false
  }
  show(node, on)
  return true
}

// the built-in spinners' DOM: Plotly Dash's class names (each type styled in Loading.css)
const nums = (n, f) => Array.from({ length: n }, (_, i) => f(i + 1))
const words = ['one', 'two', 'three', 'four']
const TYPES = {
  default: ['dash-default-spinner', nums(5, i => 'dash-default-spinner-rect' + i)],
  circle: ['dash-sk-circle', nums(12, i => 'dash-sk-circle' + i + ' dash-sk-child')],
  dot: ['dash-dot-spinner', nums(3, i => 'dash-dot-spinner-bounce' + i)],
  cube: ['dash-cube-container', [['dash-cube', ['front', 'back', 'right', 'left', 'top', 'bottom'].map(s => 'dash-cube-side dash-cube-side--' + s)]]],
  graph: ['dash-graph-spinner', [['dash-graph-spinner__bottom', words.slice(0, 3).map(w => 'dash-bar dash-bar__' + w)],
    ['dash-graph-spinner__background', words.map(w => 'dash-dot dash-dot__' + w).concat([['dash-graph-spinner__bottom', words.map(w => 'dash-vert dash-vert__' + w)]])]]]
}
const build = ([cls, kids]) => { const d = el('div', cls); if (kids) d.append(...kids.map(k => build([].concat(k)))); return d }

/** The spinner exists only while shown, as in Plotly: custom_spinner, or the type's spinner in a div with
 * className/style (+ 'dash-spinner-container' when fullscreen) after the debug titles. */
function spinner (node) {
  const p = node.props
  const holder = { kids: [] }
  if (p.custom_spinner != null) return [renderValue(p.custom_spinner, holder, []), holder.kids]
  const box = el('div', [p.fullscreen && 'dash-spinner-container', p.className].filter(Boolean).join(' '))
  setStyle(box, p.style)
  const titles = p.debug ? running().filter(([n, prop]) => n.elt && node.elt.contains(n.elt) && wanted(p.target_components, n, prop))
    .map(([n, prop]) => el('h3', 'dash-loading-title', 'Loading #' + n.idStr + "'s " + (prop || '*'))) : []
  const spin = build(TYPES[p.type] || TYPES.default)
  spin.classList.add('dash-spinner')
  if (p.type === 'graph') box.append(el('div'))
  ;(box.firstChild || box).append(...titles, spin)
  return [[box], []]
}

function show (node, on) {
  const p = node.props
  node.shown = on
  node.inner.removeAttribute('style')
  if (on) setStyle(node.inner, { visibility: 'hidden', ...(isObj(p.overlay_style) ? p.overlay_style : {}), ...(isObj(p.parent_style) ? p.parent_style : {}) })
  else setStyle(node.inner, p.parent_style)
  node.spinner.removeAttribute('style')
  if (on) Object.assign(node.spinner.style, COVER)
  node.spinKids.forEach(destroyNode)
  const [elts, kids] = on ? spinner(node) : [[], []]
  node.spinKids = kids
  node.kids = node.childKids.concat(kids)
  node.spinner.replaceChildren(...elts)
}

const COVER = { visibility: 'visible', position: 'absolute', top: '0', height: '100%', width: '100%', display: 'flex', justifyContent: 'center', alignItems: 'center' }

function sync (node, keys) {
  const p = node.props
  if (!keys || keys.includes('children')) {
    node.childKids.forEach(destroyNode)
    const holder = { kids: [] }
    node.inner.replaceChildren(...renderValue(p.children, holder, []))
    node.childKids = holder.kids
    node.kids = node.childKids.concat(node.spinKids)
  }
  // Plotly: an anonymous box (position: relative) holds the children's box and the spinner's, which has the id
  applyAttr(node.spinner, 'id', p.id)
  applyAttr(node.elt, 'className', p.parent_className || null)
  applyAttr(node.inner, 'className', p.parent_className || null)
  node.elt.removeAttribute('style')
  setStyle(node.elt, { position: 'relative', ...(isObj(p.parent_style) ? p.parent_style : {}) })
  node.elt.style.setProperty('--dash-spinner-color', p.color || 'var(--Dash-Fill-Interactive-Strong,#7f4bc4)')
  node.spinner.setAttribute('role', 'status')
  node.spinner.setAttribute('aria-label', 'Loading')
  node.want = undefined
  if (!check(node)) show(node, !!node.shown) // redraw with the new props in the current state
}

R.define('dash_core_components', 'Loading', {
  create (node) {
    node.elt = el('div')
    node.inner = el('div')
    node.spinner = el('div')
    node.childKids = []
    node.spinKids = []
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
