// dcc.Dropdown: full-width ARIA combobox; search, clear, multi chips, keyboard.
;(function (R) {
'use strict'
const { el, applyBase, setProps, textOf, normalizeOptions, sameValue, widget } = R.kit
let count = 0
const values = p => [].concat(p.value == null ? [] : p.value)
const has = (list, v) => list.some(x => sameValue(x, v))
const attrs = (elt, a) => { for (const k in a) elt.setAttribute(k, a[k]); return elt }

function choose (node, o) {
  const p = node.props
  if (!o || o.disabled) return
  const list = values(p)
  search(node, '')
  setProps(node, { value: !p.multi ? o.value : has(list, o.value) ? list.filter(v => !sameValue(v, o.value)) : list.concat([o.value]) }, true)
  open(node, p.closeOnSelect == null ? p.multi : p.closeOnSelect === false)
}
function search (node, text) {
  node.input.value = text
  setProps(node, { search_value: text }, true)
}
function open (node, yes) {
  node.open = yes && !node.props.disabled
  if (!node.open) node.active = -1
  sync(node)
}
function shown (node) {
  const q = node.input.value.toLowerCase()
  return node.opts.filter(o => [textOf(o.label), o.value, o.search].join('\n').toLowerCase().includes(q))
}
function move (node, step) {
  const list = shown(node)
  let i = node.active
  for (let n = 0; n < list.length; n++) if (!list[i = (i + step + list.length) % list.length].disabled) break
  node.active = i
  open(node, true)
}

function sync (node) {
  const { props: p, input, menu } = node
  const list = values(p)
  applyBase(node, 'dash-dropdown' + (p.multi ? ' dash-dropdown--multi' : '') + (p.disabled ? ' is-disabled' : ''))
  node.opts = normalizeOptions(p.options)
  if (Array.isArray(p.options)) node.opts.forEach((o, i) => { o.search = (p.options[i] || {}).search })
  const chosen = list.map(v => node.opts.find(o => sameValue(o.value, v))).filter(Boolean)
  // Options no longer valid: write the pruned value back, as a user edit (not while searching)
  if (p.options != null && !input.value && chosen.length < list.length) {
    queueMicrotask(() => setProps(node, { value: p.multi ? chosen.map(o => o.value) : null }, true))
  }
  if (p.search_value != null && document.activeElement !== input) input.value = p.search_value
  input.disabled = !!p.disabled
  input.readOnly = p.searchable === false
  input.placeholder = chosen.length ? '' : p.placeholder == null ? 'Select...' : p.placeholder
  attrs(input, { 'aria-expanded': !!node.open })
  node.chips.replaceChildren(...chosen.map(o => {
    if (!p.multi) return el('span', 'dash-dropdown-value' + (input.value ? ' is-hidden' : ''), textOf(o.label))
    const x = attrs(el('button', 'dash-dropdown-remove', '×'), { type: 'button', tabindex: -1, 'aria-label': 'Remove ' + textOf(o.label) })
    x.onmousedown = e => { e.stopPropagation(); e.preventDefault(); choose(node, o) }
    return el('span', 'dash-dropdown-chip', textOf(o.label)).appendChild(x).parentNode
  }))
  node.clear.hidden = !(p.clearable !== false && list.length && !p.disabled)
  menu.hidden = !node.open
  menu.style.maxHeight = (p.maxHeight == null ? 200 : p.maxHeight) + 'px'
  input.removeAttribute('aria-activedescendant')
  if (!node.open) return
  const items = shown(node).map((o, i) => {
    const li = attrs(el('li', 'dash-dropdown-option' + (i === node.active ? ' is-active' : ''), textOf(o.label)),
      { id: menu.id + '-' + i, role: 'option', 'aria-selected': has(list, o.value), 'aria-disabled': !!o.disabled })
    if (o.title != null) li.title = o.title
    if (p.optionHeight > 0) li.style.height = p.optionHeight + 'px'
    li.onmousedown = e => { e.preventDefault(); choose(node, o) }
    if (i === node.active) {
      attrs(input, { 'aria-activedescendant': li.id })
      queueMicrotask(() => li.scrollIntoView({ block: 'nearest' }))
    }
    return li
  })
  menu.replaceChildren(...(items.length ? items : [el('li', 'dash-dropdown-empty', 'No options found')]))
}

const keys = {
  ArrowDown: node => move(node, 1),
  ArrowUp: node => move(node, -1),
  Enter: node => node.open ? choose(node, shown(node)[node.active]) : open(node, true),
  Escape: node => { search(node, ''); open(node, false) },
  Backspace: node => {
    const p = node.props
    if (node.input.value || !values(p).length || (p.clearable === false && !p.multi)) return false
    setProps(node, { value: p.multi ? values(p).slice(0, -1) : null }, true)
    sync(node)
  }
}

R.define('dash_core_components', 'Dropdown', widget('div', sync, (node, elt) => {
  const id = 'dash-dropdown-' + (++count)
  const input = node.input = attrs(el('input', 'dash-dropdown-input'), { role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': id, autocomplete: 'off' })
  const clear = node.clear = attrs(el('button', 'dash-dropdown-clear', '×'), { type: 'button', 'aria-label': 'Clear selection' })
  const control = el('div', 'dash-dropdown-control')
  node.active = -1
  node.menu = attrs(el('ul', 'dash-dropdown-menu'), { id, role: 'listbox', 'aria-multiselectable': !!node.props.multi })
  control.append(node.chips = el('span', 'dash-dropdown-chips'), input, clear)
  elt.append(control, node.menu)
  clear.onmousedown = e => {
    e.stopPropagation()
    e.preventDefault()
    setProps(node, { value: node.props.multi ? [] : null }, true)
    sync(node)
  }
  control.onmousedown = e => {
    if (e.target === input && node.open) return
    e.preventDefault()
    input.focus()
    open(node, !node.open)
  }
  input.oninput = () => {
    node.active = -1
    setProps(node, { search_value: input.value }, true)
    open(node, true)
  }
  input.onkeydown = e => { if (keys[e.key] && keys[e.key](node) !== false) e.preventDefault() }
  input.onblur = () => node.open && open(node, false)
}))
})(window.dash_renderer)
