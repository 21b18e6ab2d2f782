// dcc.Tooltip: a box with an arrow beside `bbox` (pixels in its parent, e.g. Graph hoverData). Plotly's DOM:
// div.dcc-tooltip-bounding-box (the bbox) > div.hover.hover-{direction} > span.hover-content with the id.
;(function (R) {
'use strict'
const { el, applyAttr, setStyle, setChildren, widget } = R.kit

function sync (node, keys) {
  const p = node.props
  const box = p.bbox || { x0: 0, y0: 0, x1: 0, y1: 0 }
  const elt = node.elt
  if (!keys || keys.includes('children')) setChildren(node, node.body)
  applyAttr(node.body, 'id', p.id)
  node.hover.className = 'hover hover-' + (p.direction || 'right')
  const targetable = p.targetable ? 'auto' : 'none'
  Object.assign(elt.style, {
    left: box.x0 + 'px',
    top: box.y0 + 'px',
    width: box.x1 - box.x0 + 'px',
    height: box.y1 - box.y0 + 'px',
    display: p.show !== false && p.bbox ? 'inline-block' : 'none',
    pointerEvents: targetable
  })
  const vars = { PointerEvents: targetable, 'Border-Color': p.border_color, 'Background-Color': p.background_color, ZIndex: p.zindex }
  for (const k in vars) elt.style[vars[k] == null ? 'removeProperty' : 'setProperty']('--Dash-Tooltip-' + k, vars[k])
  node.body.className = ['hover-content', p.className].filter(Boolean).join(' ')
  node.body.removeAttribute('style')
  setStyle(node.body, p.style)
  node.body.dataset.loadingText = p.loading_text == null ? 'Loading...' : p.loading_text
}

R.define('dash_core_components', 'Tooltip', widget('div', sync, (node, elt) => {
  elt.className = 'dcc-tooltip-bounding-box dash-tooltip'
  elt.append(node.hover = el('div'))
  node.hover.append(node.body = el('span'))
  node.body.setAttribute('role', 'tooltip')
}))
})(window.dash_renderer)
