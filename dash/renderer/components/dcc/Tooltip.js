// dcc.Tooltip: a box with an arrow, placed beside `bbox` (pixels in its parent, e.g. Graph hoverData).
;(function (R) {
'use strict'
const { el, applyAttr, setStyle, setChildren, widget } = R.kit

function sync (node, keys) {
  const p = node.props
  const dir = p.direction || 'right'
  const box = p.bbox || { x0: 0, y0: 0, x1: 0, y1: 0 }
  const elt = node.elt
  if (!keys || keys.includes('children')) setChildren(node, node.body)
  applyAttr(elt, 'id', p.id)
  elt.className = ['dcc-tooltip-bounding-box', 'dash-tooltip--' + dir, p.targetable && 'is-targetable'].filter(Boolean).join(' ')
  elt.hidden = p.show === false
  const x = dir === 'left' ? box.x0 : dir === 'right' ? box.x1 : (box.x0 + box.x1) / 2
  const y = dir === 'top' ? box.y0 : dir === 'bottom' ? box.y1 : (box.y0 + box.y1) / 2
  Object.assign(elt.style, { left: x + 'px', top: y + 'px', zIndex: p.zindex == null ? 1 : p.zindex })
  elt.style.setProperty('--dash-tooltip-border', p.border_color || '#d6d6d6')
  elt.style.setProperty('--dash-tooltip-background', p.background_color || '#fff')
  node.body.className = ['hover', p.className].filter(Boolean).join(' ')
  node.body.removeAttribute('style')
  setStyle(node.body, p.style)
  node.body.dataset.loadingText = p.loading_text == null ? 'Loading...' : p.loading_text
}

R.define('dash_core_components', 'Tooltip', widget('div', sync, (node, elt) => {
  elt.setAttribute('role', 'tooltip')
  elt.append(node.body = el('div'))
}))
})(window.dash_renderer)
