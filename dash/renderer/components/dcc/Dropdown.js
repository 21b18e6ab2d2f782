// dcc.Dropdown, an ARIA combobox; the open menu is DropdownMenu.js.
;(function (R) {
'use strict'
const { el, applyBase, setProps, textOf, normalizeOptions, sameValue, widget, loadScript, config } = R.kit
let count = 0
const vals = p => [].concat(p.value == null ? [] : p.value)
const attrs = (e, a) => { for (const k in a) e.setAttribute(k, a[k]); return e }
const set = (node, props) => { setProps(node, props, true); sync(node) }
const menu = (node, fn) => {
  const m = (R.internal.components.dash_core_components || {}).DropdownMenu
  if (m) return fn(m)
  Promise.all(config.components.dash_core_components.DropdownMenu.map(loadScript)).then(() => node.dead || menu(node, fn))
}
const kit = { vals, attrs, set }

function sync (node) {
  const { props: p, input } = node
  const list = vals(p)
  node.open = node.open && !p.disabled
  applyBase(node, 'dash-dropdown' + (p.disabled ? ' is-disabled' : ''))
  node.opts = normalizeOptions(p.options)
  if (Array.isArray(p.options)) node.opts.forEach((o, i) => { o.search = (p.options[i] || {}).search })
  const chosen = list.map(v => node.opts.find(o => sameValue(o.value, v))).filter(Boolean)
  if (p.options != null && !input.value && chosen.length < list.length) {
    queueMicrotask(() => set(node, { value: p.multi ? chosen.map(o => o.value) : null }))
  }
  if (p.search_value != null && document.activeElement !== input) input.value = p.search_value
  input.disabled = !!p.disabled
  input.readOnly = p.searchable === false
  input.placeholder = chosen.length ? '' : p.placeholder == null ? 'Select...' : p.placeholder
  attrs(input, { 'aria-expanded': node.open })
  node.chips.replaceChildren(...chosen.map(o => {
    const x = attrs(el('button', 0, '×'), { type: 'button', tabindex: -1, 'aria-label': 'Remove ' + textOf(o.label) })
    x.onmousedown = e => { e.preventDefault(); menu(node, m => m.choose(node, o)) }
    const chip = el('span', p.multi ? 'dash-dropdown-chip' : input.value ? 'is-hidden' : 'dash-dropdown-value', textOf(o.label))
    if (p.multi) chip.append(x)
    return chip
  }))
  node.clear.hidden = !(p.clearable !== false && list.length && !p.disabled)
  attrs(node.clear, { 'aria-label': (p.labels || {}).clear_selection || 'Clear selection' })
  node.menu.hidden = !node.open
  if (node.open || node.held) menu(node, m => m.render(node))
}

R.define('dash_core_components', 'Dropdown', widget('div', sync, (node, elt) => {
  const id = 'dash-dropdown-' + (++count)
  const input = node.input = attrs(el('input'), { role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': id, autocomplete: 'off' })
  const clear = node.clear = attrs(el('button', 'dash-dropdown-clear', '×'), { type: 'button' })
  const control = el('div', 'dash-dropdown-control')
  Object.assign(node, { active: -1, kit })
  node.menu = attrs(el('ul'), { id, role: 'listbox', 'aria-multiselectable': !!node.props.multi })
  control.append(node.chips = el('span', 'dash-dropdown-chips'), input, clear)
  elt.append(control, node.menu)
  clear.onmousedown = e => { e.stopPropagation(); e.preventDefault(); set(node, { value: node.props.multi ? [] : null }) }
  control.onmousedown = e => {
    if (e.target === input && node.open) return
    e.preventDefault()
    input.focus()
    node.open = !node.open
    sync(node)
  }
  input.oninput = () => { node.active = 0; node.open = true; set(node, { search_value: input.value }) }
  input.onkeydown = e => {
    if (/^(Arrow(Up|Down)|Enter|Escape)$/.test(e.key)) e.preventDefault()
    menu(node, m => m.key(node, e))
  }
  input.onblur = () => { node.open = false; node.active = -1; sync(node) }
}))
})(window.dash_renderer)
