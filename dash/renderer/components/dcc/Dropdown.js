// dcc.Dropdown.
// Loaded on demand by renderer.js (see components.json); plain script, no build step.
;(function (R) {
'use strict'
const { el, applyBase, setProps, textOf, normalizeOptions, sameValue, widget } = R.kit

function syncDropdown (node) {
  const { elt, props: p } = node
  const multi = !!p.multi
  applyBase(node, 'dash-dropdown')
  elt.multiple = multi
  elt.disabled = !!p.disabled
  const opts = node.opts = normalizeOptions(p.options)
  const values = multi ? [].concat(p.value == null ? [] : p.value) : [p.value]
  const items = []
  if (!multi && (p.clearable !== false || p.value == null)) {
    const empty = el('option', null, p.placeholder == null ? '' : String(p.placeholder))
    empty.value = ''
    empty.disabled = p.clearable === false
    items.push(empty)
  }
  let anySelected = false
  opts.forEach((o, i) => {
    const opt = el('option', null, textOf(o.label))
    opt.value = String(i)
    opt.disabled = !!o.disabled
    if (o.title != null) opt.title = String(o.title)
    opt.selected = values.some(v => v != null && sameValue(v, o.value))
    anySelected = anySelected || opt.selected
    items.push(opt)
  })
  elt.replaceChildren(...items)
  if (!multi && !anySelected) elt.selectedIndex = items.length && items[0].value === '' ? 0 : -1
}

/** A native <select>, single or multi; option values are indexes, so value types survive. */
const dropdownDef = widget('select', syncDropdown, (node, elt) => elt.addEventListener('change', () => {
  const opts = node.opts
  const value = node.props.multi
    ? Array.from(elt.selectedOptions).filter(o => o.value !== '').map(o => opts[+o.value].value)
    : (elt.value === '' ? null : opts[+elt.value].value)
  setProps(node, { value }, true)
}))

R.define('dash_core_components', 'Dropdown', dropdownDef)
})(window.dash_renderer)
