// dcc.Dropdown; dash/renderer/README.md, "Dropdown".
;(function (R) {
'use strict'
const { el, applyBase, setProps, textOf, normalizeOptions, sameValue, widget } = R.kit
let count = 0
const vals = p => [].concat(p.value == null ? [] : p.value)
const attrs = (e, a) => { for (const k in a) e.setAttribute(k, a[k]); return e }
const set = (node, props) => { setProps(node, props, true); sync(node) }

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
    x.onmousedown = e => { e.preventDefault(); choose(node, o) }
    const chip = el('span', p.multi ? 'dash-dropdown-chip' : input.value ? 'is-hidden' : 'dash-dropdown-value', textOf(o.label))
    if (p.multi) chip.append(x)
    return chip
  }))
  node.clear.hidden = !(p.clearable !== false && list.length && !p.disabled)
  attrs(node.clear, { 'aria-label': (p.labels || {}).clear_selection || 'Clear selection' })
  node.menu.hidden = !node.open
  if (node.open || node.held) render(node)
}

function shown (node) {
  const q = node.input.value.toLowerCase()
  const hits = node.opts.map(o => [o, [textOf(o.label), o.value, typeof o.search === 'string' ? o.search : ''].join('\n').toLowerCase().indexOf(q)]).filter(h => h[1] >= 0)
  if (q && node.props.search_order !== 'original') hits.sort((a, b) => a[1] - b[1])
  return hits.map(h => h[0])
}

function choose (node, o) {
  const p = node.props
  if (!o || o.disabled) return
  const list = vals(p)
  pick(node, !p.multi ? o.value : list.some(v => sameValue(v, o.value)) ? list.filter(v => !sameValue(v, o.value)) : list.concat([o.value]))
}

function pick (node, value, keep) {
  const p = node.props
  if (p.debounce && node.open) {
    if (!node.held) node.held = { value: p.value }
    p.value = value
  }
  node.open = p.closeOnSelect == null ? p.multi : p.closeOnSelect === false
  const props = node.held ? {} : { value }
  if (!keep) { node.input.value = ''; props.search_value = '' }
  set(node, props)
}

function actions (node, shownList) {
  const p = node.props
  const labels = p.labels || {}
  const list = vals(p)
  const values = shownList.filter(o => !o.disabled).map(o => o.value)
  const has = (vs, v) => vs.some(x => sameValue(x, v))
  const li = attrs(el('li', 'dash-dropdown-actions'), { role: 'presentation' })
  const button = (text, value) => {
    const b = li.appendChild(attrs(el('button', 'dash-dropdown-action-button', text), { type: 'button', tabindex: -1 }))
    b.onmousedown = e => { e.preventDefault(); pick(node, value, true) }
  }
  button(labels.select_all || 'Select All', list.concat(values.filter(v => !has(list, v))))
  if (p.clearable !== false || list.some(v => !has(values, v))) button(labels.deselect_all || 'Deselect All', list.filter(v => !has(values, v)))
  return li
}

function render (node) {
  const { props: p, input, menu } = node
  if (!node.open) {
    const value = p.value
    Object.assign(p, node.held)
    node.held = null
    return set(node, JSON.stringify(value) === JSON.stringify(p.value) ? {} : { value })
  }
  const list = vals(p)
  menu.style.maxHeight = (p.maxHeight == null ? 200 : p.maxHeight) + 'px'
  input.removeAttribute('aria-activedescendant')
  const opts = shown(node)
  const items = opts.map((o, i) => {
    const li = attrs(el('li', i === node.active ? 'is-active' : 0, textOf(o.label)),
      { id: menu.id + '-' + i, role: 'option', 'aria-selected': list.some(v => sameValue(v, o.value)), 'aria-disabled': !!o.disabled })
    if (o.title != null) li.title = o.title
    if (p.optionHeight > 0) li.style.height = p.optionHeight + 'px'
    li.onmousedown = e => { e.preventDefault(); choose(node, o) }
    if (i === node.active) {
      attrs(input, { 'aria-activedescendant': li.id })
      queueMicrotask(() => li.scrollIntoView({ block: 'nearest' }))
    }
    return li
  })
  const empty = (p.labels || {}).no_options_found || 'No options found'
  menu.replaceChildren(...(p.multi ? [actions(node, opts)] : []), ...(items.length ? items : [el('li', 'is-empty', empty)]))
}

function key (node, e) {
  const list = shown(node)
  const step = { ArrowDown: 1, ArrowUp: -1 }[e.key]
  if (step) {
    let i = node.active
    for (let n = 0; n < list.length; n++) if (!list[i = (i + step + list.length) % list.length].disabled) break
    node.active = i
    node.open = true
  } else if (e.key === 'Enter') {
    if (node.open) return choose(node, list[node.active])
    node.open = true
  } else if (e.key === 'Escape') {
    node.input.value = ''
    node.open = false
    return set(node, { search_value: '' })
  } else return
  set(node, {})
}

R.define('dash_core_components', 'Dropdown', widget('div', sync, (node, elt) => {
  const id = 'dash-dropdown-' + (++count)
  const input = node.input = attrs(el('input'), { role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': id, autocomplete: 'off' })
  const clear = node.clear = attrs(el('button', 'dash-dropdown-clear', '×'), { type: 'button' })
  const control = el('div', 'dash-dropdown-control')
  node.active = -1
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
    key(node, e)
  }
  input.onblur = () => { node.open = false; node.active = -1; sync(node) }
}))
})(window.dash_renderer)
