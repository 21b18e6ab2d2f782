// dcc.Clipboard: a copy button; copies `content` or the text of the component `target_id`.
;(function (R) {
'use strict'
const { el, applyAttr, setStyle, setProps, renderValue, destroyNode, stringifyId, widget } = R.kit

async function copy (node) {
  const p = node.props
  let text = p.content
  if (p.target_id != null) {
    const target = document.getElementById(stringifyId(p.target_id))
    text = target ? ('value' in target && typeof target.value === 'string' ? target.value : target.innerText) : ''
  }
  if (text == null) return
  try {
    if (p.html_content != null && window.ClipboardItem) {
      await navigator.clipboard.write([new ClipboardItem({
        'text/plain': new Blob([String(text)], { type: 'text/plain' }),
        'text/html': new Blob([String(p.html_content)], { type: 'text/html' })
      })])
    } else await navigator.clipboard.writeText(String(text))
  } catch (err) {
    console.error('dash: dcc.Clipboard could not copy: ' + err.message)
    return
  }
  node.copied = true
  sync(node)
  setTimeout(() => { node.copied = false; if (!node.dead) sync(node) }, 1000)
}

const SVG = 'http://www.w3.org/2000/svg'
// our own icons, drawn in the text colour: two stacked sheets (copy), a ticked circle (copied)
const SHAPES = {
  copy: [['rect', { x: 5, y: 5, width: 9, height: 10, rx: 1.5 }], ['path', { d: 'M3 11V2.5A1.5 1.5 0 0 1 4.5 1H11' }]],
  'check-circle': [['circle', { cx: 8, cy: 8, r: 7 }], ['path', { d: 'M4.5 8.2l2.3 2.3 4.7-4.7' }]]
}

function icon (name) {
  const svg = document.createElementNS(SVG, 'svg')
  const attrs = { class: 'svg-inline--fa fa-' + name, viewBox: '0 0 16 16', width: '1em', height: '1em', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6, 'aria-hidden': 'true', focusable: 'false' }
  for (const k in attrs) svg.setAttribute(k, attrs[k])
  svg.style.verticalAlign = '-.125em'
  for (const [tag, a] of SHAPES[name]) {
    const shape = svg.appendChild(document.createElementNS(SVG, tag))
    for (const k in a) shape.setAttribute(k, a[k])
  }
  return svg
}

// Plotly's DOM: div#id (title, className, style) holding the children or an icon (fa-copy, then fa-check-circle)
function sync (node) {
  const p = node.props
  const elt = node.elt
  applyAttr(elt, 'id', p.id)
  applyAttr(elt, 'title', p.title)
  applyAttr(elt, 'className', p.className || null)
  elt.removeAttribute('style')
  setStyle(elt, p.style)
  node.kids.forEach(destroyNode)
  node.kids = []
  const shown = node.copied ? p.copied_children : p.children
  elt.replaceChildren(...(shown != null ? renderValue(shown, node, []) : [icon(node.copied ? 'check-circle' : 'copy')]))
  elt.setAttribute('aria-label', node.copied ? 'Copied' : 'Copy to clipboard')
}

R.define('dash_core_components', 'Clipboard', widget('div', sync, (node, elt) => {
  elt.setAttribute('role', 'button')
  elt.tabIndex = 0
  const press = () => {
    setProps(node, { n_clicks: (node.props.n_clicks || 0) + 1 }, true)
    // a callback on n_clicks may set `content`: copy once it has answered
    R.whenIdle().then(() => copy(node))
  }
  elt.addEventListener('click', press)
  elt.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); press() } })
}))
})(window.dash_renderer)
