// dcc.Dropdown's open menu, fetched on first open; dash/renderer/README.md, "Helpers".
;(function (R) {
'use strict'
const { el, sameValue, textOf } = R.kit
function shown (node) {
  const q = node.input.value.toLowerCase()
  const hits = node.opts.map(o => [o, [textOf(o.label), o.value, typeof o.search === 'string' ? o.search : ''].join('\n').toLowerCase().indexOf(q)]).filter(h => h[1] >= 0)
  if (q && node.props.search_order !== 'original') hits.sort((a, b) => a[1] - b[1])
  return hits.map(h => h[0])
}

function choose (node, o) {
  const p = node.props
  if (!o || o.disabled) return
  const list = node.kit.vals(p)
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
  node.kit.set(node, props)
}

function actions (node, shownList) {
  const p = node.props
  const labels = p.labels || {}
  const list = node.kit.vals(p)
  const values = shownList.filter(o => !o.disabled).map(o => o.value)
  const has = (vs, v) => vs.some(x => sameValue(x, v))
  const li = node.kit.attrs(el('li', 'dash-dropdown-actions'), { role: 'presentation' })
  Object.assign(li.style, { display: 'flex', gap: '12px', borderBottom: '1px solid #eee' })
  const button = (text, value) => {
    const b = li.appendChild(node.kit.attrs(el('button', 'dash-dropdown-action-button', text), { type: 'button', tabindex: -1 }))
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
    return node.kit.set(node, JSON.stringify(value) === JSON.stringify(p.value) ? {} : { value })
  }
  const { vals, attrs } = node.kit
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
  const p = node.props
  const list = shown(node)
  const step = { ArrowDown: 1, ArrowUp: -1 }[e.key]
  const values = node.kit.vals(p)
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
    return node.kit.set(node, { search_value: '' })
  } else if (e.key === 'Backspace' && !node.input.value && values.length && (p.multi || p.clearable !== false)) {
    return node.kit.set(node, { value: p.multi ? values.slice(0, -1) : null })
  } else return
  node.kit.set(node, {})
}

R.define('dash_core_components', 'DropdownMenu', { create: () => null, render, key, choose })
})(window.dash_renderer)
