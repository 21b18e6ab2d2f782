// dash_table.DataTable: sort, filter, page, select, edit, virtualize, style, export.
// Loaded on demand after filter.js, format.js and export.js (see components.json); plain script.
;(function (R) {
'use strict'
const { el, applyAttr, setStyle, setProps, isObj } = R.kit
const F = R.table.filter
const { formatter, textOfValue } = R.table.format
const X = R.table.exporter
const T = R.table.types

//= Props and defaults (Plotly Dash's) =
const DEFAULTS = {
  data: [], columns: [], editable: false, fixed_columns: { headers: false, data: 0 }, fixed_rows: { headers: false, data: 0 },
  cell_selectable: true, row_selectable: false, row_deletable: false, selected_cells: [], selected_rows: [],
  selected_row_ids: [], selected_columns: [], column_selectable: false, hidden_columns: [], include_headers_on_copy_paste: false, export_columns: 'visible',
  export_format: 'none', export_headers: 'names', page_action: 'native', page_current: 0, page_size: 250,
  filter_query: '', filter_action: 'none', filter_options: {}, sort_action: 'none', sort_mode: 'single',
  sort_by: [], sort_as_null: [], dropdown: {}, dropdown_conditional: [], dropdown_data: [], tooltip: {},
  tooltip_conditional: [], tooltip_data: [], tooltip_header: {}, tooltip_delay: 350, tooltip_duration: 2000,
  style_as_list_view: false, fill_width: true, markdown_options: { link_target: '_blank', html: false }, css: [],
  style_table: {}, style_cell_conditional: [], style_data_conditional: [], style_filter_conditional: [],
  style_header_conditional: [], virtualization: false, persistence_type: 'local',
  persisted_props: ['columns.name', 'filter_query', 'hidden_columns', 'page_current', 'selected_columns', 'selected_rows', 'sort_by']
}
const DERIVED = ['derived_filter_query_structure', 'derived_viewport_data', 'derived_viewport_indices',
  'derived_viewport_row_ids', 'derived_viewport_selected_rows', 'derived_viewport_selected_row_ids',
  'derived_virtual_data', 'derived_virtual_indices', 'derived_virtual_row_ids', 'derived_virtual_selected_rows',
  'derived_virtual_selected_row_ids', 'derived_viewport_selected_columns']
/** Rows rendered above and below the visible ones when virtualized. */
const OVERSCAN = 12
let tableCount = 0

function get (node, k) {
  const v = node.props[k]
  return v == null ? DEFAULTS[k] : v
}
function list (v) { return Array.isArray(v) ? v : [] }
function rowId (row) { return row && row.id !== undefined ? row.id : null }
function actionOf (v) { return isObj(v) ? { type: v.type, operator: v.operator || 'and' } : { type: v || 'none', operator: 'and' } }

//= Derived data ==================
/** Compares lists element by element (rows by identity), JSON for the rest. */
function same (a, b) {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
    return true
  }
  return JSON.stringify(a) === JSON.stringify(b)
}

function sortIndices (idx, data, sortBy, columns, sortAsNull) {
  const keys = sortBy.map(s => {
    const col = columns.find(c => c.id === s.column_id) || {}
    const nulls = list(col.sort_as_null).length ? col.sort_as_null : sortAsNull
    return { id: s.column_id, dir: s.direction === 'desc' ? -1 : 1, nulls }
  })
  const isNull = (v, nulls) => v == null || (typeof v === 'number' && isNaN(v)) || (nulls.length > 0 && nulls.includes(v))
  return idx.slice().sort((i, j) => {
    for (const k of keys) {
      const a = data[i][k.id]
      const b = data[j][k.id]
      const an = isNull(a, k.nulls)
      const bn = isNull(b, k.nulls)
      if (an || bn) { if (an !== bn) return an ? 1 : -1; continue } // empty values always last
      let c
      if (typeof a === 'number' && typeof b === 'number') c = a - b
      else if (typeof a === 'number' || typeof b === 'number') c = typeof a === 'number' ? -1 : 1
      else { const x = String(a); const y = String(b); c = x < y ? -1 : x > y ? 1 : 0 }
      if (c) return c * k.dir
    }
    return 0
  })
}

/** Filter -> sort -> page: the indices of `data` in the virtual list and on the current page. */
function derive (node) {
  const t = node.t
  const data = list(node.props.data)
  const columns = t.columns
  let idx = new Array(data.length)
  for (let i = 0; i < data.length; i++) idx[i] = i
  const fa = actionOf(node.props.filter_action)
  const query = get(node, 'filter_query')
  t.filterError = null
  let tree = null
  try { tree = F.parse(query) } catch (err) { t.filterError = err.message }
  if (fa.type === 'native' && tree) {
    const test = F.compile(tree, t.caseOf)
    idx = idx.filter(i => isObj(data[i]) && test(data[i]))
  }
  const sortBy = list(get(node, 'sort_by'))
  if (get(node, 'sort_action') === 'native' && sortBy.length) idx = sortIndices(idx, data, sortBy, columns, list(get(node, 'sort_as_null')))
  let view = idx
  let pageCount = node.props.page_count
  let page = get(node, 'page_current')
  if (get(node, 'page_action') === 'native') {
    const size = Math.max(1, get(node, 'page_size'))
    pageCount = Math.max(1, Math.ceil(idx.length / size))
    page = Math.min(Math.max(0, page), pageCount - 1)
    view = idx.slice(page * size, (page + 1) * size)
  }
  Object.assign(t, { data, idx, view, page, pageCount, tree })
}

function derivedProps (node) {
  const t = node.t
  const { data, idx, view } = t
  const selected = new Set(list(get(node, 'selected_rows')))
  const pick = arr => arr.filter(i => selected.has(i))
  const positions = arr => arr.reduce((out, i, k) => { if (selected.has(i)) out.push(k); return out }, [])
  return {
    derived_filter_query_structure: F.structure(t.tree),
    derived_viewport_data: view.map(i => data[i]),
    derived_viewport_indices: view,
    derived_viewport_row_ids: view.map(i => rowId(data[i])),
    derived_viewport_selected_rows: positions(view),
    derived_viewport_selected_row_ids: pick(view).map(i => rowId(data[i])),
    derived_virtual_data: idx.map(i => data[i]),
    derived_virtual_indices: idx,
    derived_virtual_row_ids: idx.map(i => rowId(data[i])),
    derived_virtual_selected_rows: positions(idx),
    derived_virtual_selected_row_ids: pick(idx).map(i => rowId(data[i])),
    derived_viewport_selected_columns: list(get(node, 'selected_columns')).filter(id => t.columns.some(c => c.id === id))
  }
}

/** Recomputes the derived props; sends those that changed (emit) or stores them silently (first build). */
function publish (node, emit) {
  const next = derivedProps(node)
  if (get(node, 'page_action') === 'native' && node.t.page !== get(node, 'page_current')) next.page_current = node.t.page
  const changed = {}
  for (const k in next) if (!same(next[k], node.props[k])) changed[k] = next[k]
  if (!Object.keys(changed).length) return
  if (emit) setProps(node, changed, 'checked'); else Object.assign(node.props, changed) // compared above, cheaply
}

//= Columns, formats, conditions ==
function prepare (node) {
  const t = node.t
  const hidden = new Set(list(get(node, 'hidden_columns')))
  t.allColumns = list(node.props.columns).filter(isObj)
  t.columns = t.allColumns.filter(c => !hidden.has(c.id))
  const locale = node.props.locale_format
  t.formats = t.columns.map(c => c.type === 'numeric' && isObj(c.format) ? formatter(c.format, locale) : null)
  const tableCase = (get(node, 'filter_options') || {}).case
  const cases = Object.fromEntries(t.allColumns.map(c => [c.id, ((c.filter_options || {}).case) || tableCase || 'sensitive']))
  t.caseOf = id => cases[id] || tableCase || 'sensitive'
  t.conds = {}
  for (const k of ['style_cell_conditional', 'style_data_conditional', 'style_filter_conditional', 'style_header_conditional', 'tooltip_conditional', 'dropdown_conditional']) {
    t.conds[k] = list(get(node, k)).filter(isObj).map(entry => compileCondition(entry, t))
  }
  loadMarkdown(node)
  t.ops = []
  if (get(node, 'row_deletable')) t.ops.push('delete')
  if (get(node, 'row_selectable')) t.ops.push('select')
}

/** Markdown cells and tooltips use dcc.Markdown's converter: load its file the first time one appears. */
function loadMarkdown (node) {
  if (R.kit.markdownInto || node.t.markdownLoading) return
  const tips = [get(node, 'tooltip'), get(node, 'tooltip_header')].flatMap(o => Object.values(o || {}))
    .concat(list(get(node, 'tooltip_conditional')), list(get(node, 'tooltip_data')).flatMap(o => Object.values(o || {})))
  const wanted = node.t.columns.some(c => c.presentation === 'markdown') || tips.some(o => isObj(o) && o.type === 'markdown')
  if (!wanted) return
  const files = ((R.kit.config.components || {}).dash_core_components || {}).Markdown || []
  if (!files.length) return
  node.t.markdownLoading = true
  // loadScript, not ensureLoaded: this load must not hold up the renderer's idle state
  Promise.all(files.map(R.kit.loadScript)).then(() => {
    if (!node.dead && R.kit.markdownInto) render(node)
  }, err => console.error(`dash_table: markdown cells are shown as text: ${err.message}`))
}

const queryCache = new Map()
function compileQuery (query, t) {
  const key = query
  if (!queryCache.has(key)) {
    let fn
    try { fn = F.compile(F.parse(query), t.caseOf) } catch (err) {
      console.warn(`dash_table: the filter_query ${JSON.stringify(query)} of a conditional is invalid: ${err.message}`)
      fn = () => false
    }
    if (queryCache.size > 500) queryCache.clear()
    queryCache.set(key, fn)
  }
  return queryCache.get(key)
}

/** {test(ctx), style, entry}; ctx = {column, row, rowIndex, state, headerIndex}. */
function compileCondition (entry, t) {
  const cond = isObj(entry.if) ? entry.if : {}
  const style = Object.assign({}, entry)
  delete style.if
  const tests = []
  if (cond.column_id != null) { const ids = [].concat(cond.column_id); tests.push(c => ids.includes(c.column.id)) }
  if (cond.column_type != null) tests.push(c => (c.column.type || 'any') === cond.column_type)
  if (cond.column_editable != null) tests.push(c => c.editable === cond.column_editable)
  if (cond.filter_query != null) { const q = compileQuery(cond.filter_query, t); tests.push(c => !!c.row && q(c.row)) }
  if (cond.row_index != null) {
    const ri = cond.row_index
    tests.push(ri === 'odd' ? c => c.rowIndex % 2 === 1 : ri === 'even' ? c => c.rowIndex % 2 === 0 : c => [].concat(ri).includes(c.rowIndex))
  }
  if (cond.header_index != null) {
    const hi = cond.header_index
    tests.push(hi === 'odd' ? c => c.headerIndex % 2 === 1 : hi === 'even' ? c => c.headerIndex % 2 === 0 : c => [].concat(hi).includes(c.headerIndex))
  }
  if (cond.state != null) tests.push(c => cond.state === 'active' ? c.state === 'active' : c.state != null)
  return { test: ctx => tests.every(f => f(ctx)), style, entry }
}

function mergeStyles (out, conds, ctx) {
  for (const c of conds) if (c.test(ctx)) Object.assign(out, c.style)
  return out
}

function cellStyle (node, kind, ctx) {
  const t = node.t
  const out = Object.assign({}, node.props.style_cell)
  mergeStyles(out, t.conds.style_cell_conditional, ctx)
  Object.assign(out, node.props['style_' + kind])
  return mergeStyles(out, t.conds['style_' + kind + '_conditional'], ctx)
}

function isEditable (node, column) {
  return column.editable != null ? !!column.editable : !!get(node, 'editable')
}

//= Persistence ===================
// Plotly's rule: a persisted prop the user changed comes back after a reload, as long as the layout
// still gives the same original value and the same `persistence` value; a callback's change drops it.
const memoryStore = new Map()
const MEMORY = { getItem: k => memoryStore.has(k) ? memoryStore.get(k) : null, setItem: (k, v) => memoryStore.set(k, v), removeItem: k => memoryStore.delete(k) }

function storeOf (node) {
  const type = get(node, 'persistence_type')
  try {
    if (type === 'local') return window.localStorage
    if (type === 'session') return window.sessionStorage
  } catch (err) {} // storage blocked: keep it for this page only
  return MEMORY
}
function persisting (node) {
  const p = node.props.persistence
  return p != null && p !== false && node.idStr != null
}
function persistKey (node, prop) { return '_dash_persistence.' + node.idStr + '.' + prop }
function readPersisted (node, prop) {
  return prop === 'columns.name' ? list(node.props.columns).map(c => isObj(c) ? c.name : null) : node.props[prop]
}
function writePersisted (node, prop, value) {
  if (prop !== 'columns.name') { node.props[prop] = value; return }
  const cols = list(node.props.columns)
  if (Array.isArray(value) && value.length === cols.length) node.props.columns = cols.map((c, i) => Object.assign({}, c, { name: value[i] }))
}

function restorePersisted (node) {
  node.t.original = {}
  if (!persisting(node)) return
  const store = storeOf(node)
  const tag = JSON.stringify(node.props.persistence)
  for (const prop of list(get(node, 'persisted_props'))) {
    const original = readPersisted(node, prop)
    node.t.original[prop] = original
    let saved = null
    try { saved = JSON.parse(store.getItem(persistKey(node, prop))) } catch (err) {}
    if (!Array.isArray(saved)) continue
    if (saved[2] !== tag || JSON.stringify(saved[0]) !== JSON.stringify(original === undefined ? null : original)) store.removeItem(persistKey(node, prop))
    else writePersisted(node, prop, saved[1])
  }
}

/** After a user change: remember the persisted props it touched (with the layout's original value). */
function recordPersisted (node, props) {
  if (!persisting(node)) return
  const store = storeOf(node)
  for (const prop of list(get(node, 'persisted_props'))) {
    if (!(prop.split('.')[0] in props)) continue
    try {
      store.setItem(persistKey(node, prop), JSON.stringify([node.t.original[prop], readPersisted(node, prop), JSON.stringify(node.props.persistence)]))
    } catch (err) {}
  }
}

/** A callback set these props: their persisted values no longer apply. */
function dropPersisted (node, keys) {
  if (!persisting(node)) return
  const store = storeOf(node)
  for (const prop of list(get(node, 'persisted_props'))) {
    if (!keys.includes(prop.split('.')[0])) continue
    store.removeItem(persistKey(node, prop))
    node.t.original[prop] = readPersisted(node, prop)
  }
}

//= DOM ===========================
function create (node) {
  const t = node.t = { uid: 'dt' + (++tableCount), rowH: 0, start: 0, end: 0, filterCells: null, editing: null }
  const root = node.elt = el('div', 'dash-table-container')
  root.dataset.dashTable = t.uid
  t.scroll = root.appendChild(el('div', 'dash-spreadsheet dash-spreadsheet-container'))
  t.scroll.tabIndex = 0
  t.table = t.scroll.appendChild(el('table', 'dash-spreadsheet-inner'))
  t.colgroup = t.table.appendChild(el('colgroup'))
  t.thead = t.table.appendChild(el('thead'))
  t.tbody = t.table.appendChild(el('tbody'))
  t.pager = root.appendChild(el('div', 'previous-next-container'))
  t.tip = root.appendChild(el('div', 'dash-table-tooltip'))
  t.tip.hidden = true
  listen(node)
  const watch = new MutationObserver(() => syncLoading(node))
  watch.observe(root, { attributes: true, attributeFilter: ['data-dash-is-loading'] })
  node.cleanups.push(() => watch.disconnect())
  syncLoading(node)
  restorePersisted(node)
  prepare(node)
  syncFilterCells(node)
  derive(node)
  publish(node, false)
  render(node)
  requestAnimationFrame(() => layout(node))
  return root
}

function update (node, keys) {
  if (keys.includes('loading_state')) syncLoading(node)
  if (keys.every(k => DERIVED.includes(k) || k === 'loading_state')) return
  const t = node.t
  if (t.editing) cancelEdit(node)
  dropPersisted(node, keys)
  prepare(node)
  if (keys.includes('filter_query') || keys.includes('columns')) syncFilterCells(node)
  if (keys.includes('columns') || keys.includes('hidden_columns')) resetWidths(node)
  derive(node)
  render(node)
  publish(node, true)
  requestAnimationFrame(() => layout(node))
}

/** Plotly's data loading state: while a callback that outputs this table's `data` runs (or `loading_state`
 * says {is_loading: true, prop_name: 'data'}), the table has the class dash-loading and takes no edits or
 * pastes, so a user's change cannot be overwritten by the answer. Other props loading leave it editable. */
function dataLoading (node) {
  const ls = node.props.loading_state
  if (isObj(ls) && ls.is_loading) return !ls.prop_name || ls.prop_name === 'data'
  if (!node.loading) return false
  for (const e of R.internal.inflight.values()) {
    const nodes = e.outNodes || []
    const known = nodes.length === e.cb.outputs.length
    if (nodes.some((n, i) => n === node && (!known || e.cb.outputs[i].prop === 'data'))) return true
  }
  return false
}

function syncLoading (node) {
  const t = node.t
  t.dataLoading = dataLoading(node)
  t.scroll.classList.toggle('dash-loading', t.dataLoading)
  t.table.classList.toggle('dash-loading', t.dataLoading)
}

/** Forget the measured column widths (columns changed): the next layout measures them again. */
function resetWidths (node) {
  const t = node.t
  t.widths = null
  t.colgroup.replaceChildren()
  t.table.style.tableLayout = ''
}

/** The filter inputs' texts from filter_query (empty when it cannot be split into column terms). */
function syncFilterCells (node) {
  node.t.filterCells = F.cellsOf(get(node, 'filter_query'), node.t.allColumns, actionOf(node.props.filter_action).operator) || {}
}

function render (node) {
  const t = node.t
  const p = node.props
  {
    const root = node.elt
    root.classList.toggle('dash-list-view', !!get(node, 'style_as_list_view'))
    root.classList.toggle('dash-fill-width', !!get(node, 'fill_width'))
    applyAttr(root, 'id', p.id)
    const fixedHeaders = !!(get(node, 'fixed_rows') || {}).headers
    const tall = fixedHeaders || !!get(node, 'virtualization')
    setStyle(t.scroll, Object.assign(tall ? { maxHeight: '500px', overflowY: 'auto' } : {}, get(node, 'style_table')))
    t.scroll.classList.toggle('dash-freeze-top', fixedHeaders)
    applyCss(node)
  }
  renderToggle(node)
  renderHeader(node)
  renderBody(node)
  renderPager(node)
}

function applyCss (node) {
  const rules = list(get(node, 'css')).filter(r => isObj(r) && r.selector && r.rule)
  const key = JSON.stringify(rules)
  if (node.t.cssKey === key) return
  node.t.cssKey = key
  if (!node.t.sheet) {
    if (!rules.length || !('adoptedStyleSheets' in document)) return
    node.t.sheet = new CSSStyleSheet()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, node.t.sheet]
    node.cleanups.push(() => { document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== node.t.sheet) })
  }
  const scope = `[data-dash-table="${node.t.uid}"]`
  const text = rules.map(r => `${r.selector.split(',').map(s => scope + ' ' + s.trim()).join(', ')} { ${r.rule} }`).join('\n')
  try { node.t.sheet.replaceSync(text) } catch (err) { console.warn('dash_table: a css rule is invalid.', err) }
}

function headerRows (columns) {
  return columns.reduce((n, c) => Math.max(n, Array.isArray(c.name) ? c.name.length : 1), 1)
}
function headerLabel (column, r, rows) {
  if (!Array.isArray(column.name)) return r === rows - 1 || rows === 1 ? column.name : column.name
  return column.name[Math.min(r, column.name.length - 1)]
}

function renderHeader (node) {
  const t = node.t
  const cols = t.columns
  const rows = headerRows(cols)
  const merge = !!node.props.merge_duplicate_headers
  const sortAction = get(node, 'sort_action')
  const sortBy = list(get(node, 'sort_by'))
  const trs = []
  for (let r = 0; r < rows; r++) {
    const tr = el('tr')
    t.ops.forEach(op => tr.appendChild(opCell('th', op, 'dash-header')))
    for (let c = 0; c < cols.length; c++) {
      const col = cols[c]
      const label = headerLabel(col, r, rows)
      let span = 1
      if (merge && r < rows - 1) {
        while (c + span < cols.length && sameHeader(cols, c, c + span, r, rows)) span++
      }
      const th = el('th', `dash-header column-${c}`)
      th.dataset.dashColumn = col.id
      th.dataset.col = c + t.ops.length
      th.dataset.header = r
      if (span > 1) th.colSpan = span
      if (r === rows - 1 && sortAction !== 'none') {
        const s = sortBy.find(x => x.column_id === col.id)
        const btn = th.appendChild(el('span', 'column-header--sort', s ? (s.direction === 'asc' ? '▲' : '▼') : '⇵'))
        btn.title = s ? `Sorted ${s.direction === 'asc' ? 'ascending' : 'descending'}; click to change` : 'Sort'
        btn.setAttribute('role', 'button')
        if (s) th.setAttribute('aria-sort', s.direction === 'asc' ? 'ascending' : 'descending')
      }
      headerActions(node, th, col, r, rows)
      th.appendChild(el('span', 'column-header-name', label == null ? '' : String(label)))
      setStyle(th, cellStyle(node, 'header', { column: col, headerIndex: r, editable: isEditable(node, col) }))
      tr.appendChild(th)
      c += span - 1
    }
    trs.push(tr)
  }
  if (actionOf(node.props.filter_action).type !== 'none') {
    const tr = el('tr', 'dash-filter-row')
    t.ops.forEach(op => tr.appendChild(opCell('th', op, 'dash-filter')))
    const placeholder = (get(node, 'filter_options') || {}).placeholder_text
    cols.forEach((col, c) => {
      const th = el('th', `dash-filter column-${c}`)
      th.dataset.dashColumn = col.id
      th.dataset.col = c + t.ops.length
      if (t.filterError) th.classList.add('invalid')
      const insensitive = filterCaseOf(node, col.id) === 'i'
      const toggle = th.appendChild(el('input', 'dash-filter--case dash-filter--case--' + (insensitive ? 'insensitive' : 'sensitive')))
      toggle.type = 'button'
      toggle.value = 'Aa'
      toggle.title = 'Toggle filter case sensitivity'
      toggle.setAttribute('aria-pressed', String(!insensitive))
      const input = th.appendChild(el('input', 'dash-filter--input'))
      input.type = 'text'
      input.value = t.filterCells[col.id] || ''
      input.placeholder = ((col.filter_options || {}).placeholder_text) || placeholder || 'filter data...'
      input.setAttribute('aria-label', `Filter ${Array.isArray(col.name) ? col.name.join(' ') : col.name}`)
      setStyle(th, cellStyle(node, 'filter', { column: col, editable: isEditable(node, col) }))
      tr.appendChild(th)
    })
    trs.push(tr)
  }
  t.thead.replaceChildren(...trs)
}

/** Whether a column action ('first' | 'last' | bool | [bool per header row]) shows on header row r. */
function actionOn (v, r, rows) {
  if (Array.isArray(v)) return !!v[r]
  if (v === 'first') return r === 0
  if (v === 'last') return r === rows - 1
  return !!v
}

const ACTIONS = [
  ['deletable', 'column-header--delete', '×', 'Delete this column'],
  ['clearable', 'column-header--clear', '⌫', 'Clear this column'],
  ['hideable', 'column-header--hide', '◌', 'Hide this column'],
  ['renamable', 'column-header--edit', '✎', 'Rename this column']
]

function headerActions (node, th, col, r, rows) {
  const mode = get(node, 'column_selectable')
  if (mode && actionOn(col.selectable === undefined ? false : col.selectable, r, rows)) {
    const input = th.appendChild(el('input', 'column-header--select'))
    input.type = mode === 'single' ? 'radio' : 'checkbox'
    input.checked = list(get(node, 'selected_columns')).includes(col.id)
    input.setAttribute('aria-label', 'Select column ' + col.id)
  }
  for (const [key, cls, text, label] of ACTIONS) {
    if (!actionOn(col[key], r, rows)) continue
    const b = th.appendChild(el('span', cls, text))
    b.title = label
    b.setAttribute('role', 'button')
  }
}

function onHeaderAction (node, btn) {
  const th = btn.closest('th')
  const id = th.dataset.dashColumn
  const r = +th.dataset.header
  const columns = list(node.props.columns)
  const data = list(node.props.data)
  if (btn.classList.contains('column-header--delete')) {
    userChange(node, clearSelection(node, {
      columns: columns.filter(c => c.id !== id),
      data_previous: data,
      data: data.map(row => { const out = Object.assign({}, row); delete out[id]; return out }),
      data_timestamp: Date.now()
    }))
  } else if (btn.classList.contains('column-header--clear')) {
    userChange(node, { data_previous: data, data: data.map(row => Object.assign({}, row, { [id]: '' })), data_timestamp: Date.now() })
  } else if (btn.classList.contains('column-header--hide')) {
    userChange(node, { hidden_columns: list(get(node, 'hidden_columns')).concat([id]) })
  } else if (btn.classList.contains('column-header--edit')) {
    const col = columns.find(c => c.id === id)
    const old = Array.isArray(col.name) ? col.name[Math.min(r, col.name.length - 1)] : col.name
    const name = window.prompt('Enter a new column name', old == null ? '' : String(old))
    if (name == null) return
    const renamed = Object.assign({}, col, { name: Array.isArray(col.name) ? col.name.map((n, k) => k === r ? name : n) : name })
    userChange(node, { columns: columns.map(c => c === col ? renamed : c) })
  }
}

function onColumnSelect (node, input) {
  const id = input.closest('th').dataset.dashColumn
  let cols = list(get(node, 'selected_columns'))
  if (get(node, 'column_selectable') === 'single') cols = input.checked ? [id] : []
  else cols = input.checked ? cols.filter(c => c !== id).concat([id]) : cols.filter(c => c !== id)
  userChange(node, { selected_columns: cols })
}

/** "Toggle Columns": a button with one checkbox per hideable column, shown when any column is hideable. */
function renderToggle (node) {
  const t = node.t
  const hideable = t.allColumns.filter(c => c.hideable)
  if (!hideable.length) { if (t.toggle) { t.toggle.remove(); t.toggle = null } return }
  if (!t.toggle) {
    t.toggle = el('div', 'dash-table-menu')
    const btn = t.toggle.appendChild(el('button', 'show-hide', 'Toggle Columns'))
    btn.type = 'button'
    t.toggle.appendChild(el('div', 'show-hide-menu')).hidden = true
    btn.addEventListener('click', () => { const m = t.toggle.lastChild; m.hidden = !m.hidden })
    t.toggle.addEventListener('change', e => {
      const id = e.target.value
      const hidden = list(get(node, 'hidden_columns')).filter(h => h !== id)
      userChange(node, { hidden_columns: e.target.checked ? hidden : hidden.concat([id]) })
    })
    node.elt.insertBefore(t.toggle, t.scroll)
    const close = e => { if (t.toggle && !t.toggle.contains(e.target)) t.toggle.lastChild.hidden = true }
    document.addEventListener('click', close, true)
    node.cleanups.push(() => document.removeEventListener('click', close, true))
  }
  const hidden = list(get(node, 'hidden_columns'))
  t.toggle.lastChild.replaceChildren(...hideable.map(c => {
    const label = el('label', 'show-hide-menu-item')
    const box = label.appendChild(el('input'))
    box.type = 'checkbox'
    box.value = c.id
    box.checked = !hidden.includes(c.id)
    label.append(' ' + (Array.isArray(c.name) ? c.name.join(' ') : String(c.name)))
    return label
  }))
}

function sameHeader (cols, a, b, r, rows) {
  for (let k = 0; k <= r; k++) if (headerLabel(cols[a], k, rows) !== headerLabel(cols[b], k, rows)) return false
  return true
}

function opCell (tag, op, cls) {
  const cell = el(tag, `${cls} dash-${op}-header`)
  cell.dataset.op = op
  return cell
}

/** Which viewport rows to build: all of them, or a window around the scroll position. */
function windowOf (node) {
  const t = node.t
  const n = t.view.length
  if (!get(node, 'virtualization')) return [0, n]
  const rowH = t.rowH || 30
  const top = Math.max(0, t.scroll.scrollTop - (t.bodyTop || 0))
  const viewH = t.scroll.clientHeight || 500
  const start = Math.max(0, Math.floor(top / rowH) - OVERSCAN)
  return [start, Math.min(n, start + Math.ceil(viewH / rowH) + 2 * OVERSCAN)]
}

function renderBody (node) {
  const t = node.t
  const [start, end] = windowOf(node)
  t.start = start
  t.end = end
  const width = t.columns.length + t.ops.length
  const rows = []
  const rowH = t.rowH || 30
  if (start > 0) rows.push(spacer(start * rowH, width))
  const ctx = activeState(node)
  for (let r = start; r < end; r++) rows.push(buildRow(node, r, ctx))
  if (end < t.view.length) rows.push(spacer((t.view.length - end) * rowH, width))
  const rearm = t.armed && document.activeElement === t.armed.input
  if (rearm) t.scroll.focus({ preventScroll: true }) // not lost with the old rows
  t.armed = null
  t.tbody.replaceChildren(...rows)
  if (t.fixed) applyFixed(node, false)
  if (rearm) arm(node)
}

function spacer (height, width) {
  const tr = el('tr', 'dash-spacer')
  const td = tr.appendChild(el('td'))
  td.colSpan = Math.max(1, width)
  td.style.height = height + 'px'
  return tr
}

/** The active cell and the selected rectangle, in viewport coordinates. */
function activeState (node) {
  const a = node.props.active_cell
  const selected = new Set(list(get(node, 'selected_cells')).map(c => c.row + ':' + c.column))
  return { active: isObj(a) ? a.row + ':' + a.column : null, selected }
}

function buildRow (node, r, state) {
  const t = node.t
  const orig = t.view[r]
  const row = t.data[orig] || {}
  const tr = el('tr')
  tr.dataset.row = r
  const selectedRows = list(get(node, 'selected_rows'))
  for (const op of t.ops) {
    const td = el('td', `dash-${op}-cell`)
    td.dataset.op = op
    if (op === 'delete') {
      td.textContent = '×'
      td.title = 'Delete this row'
      td.setAttribute('role', 'button')
    } else {
      const input = td.appendChild(el('input'))
      input.type = get(node, 'row_selectable') === 'single' ? 'radio' : 'checkbox'
      input.checked = selectedRows.includes(orig)
      input.setAttribute('aria-label', `Select row ${r + 1}`)
    }
    tr.appendChild(td)
  }
  t.columns.forEach((col, c) => {
    const key = r + ':' + c
    const status = state.active === key ? 'active' : state.selected.has(key) ? 'selected' : null
    const td = el('td', `dash-cell column-${c} cell-type-${col.type || 'any'}`)
    td.dataset.dashColumn = col.id
    td.dataset.dashRow = r
    td.dataset.col = c + t.ops.length
    if (status === 'active') td.classList.add('focused')
    if (status) td.classList.add('cell--selected')
    td.appendChild(cellContent(node, col, c, row, orig))
    const ctx = { column: col, row, rowIndex: r, state: status, editable: isEditable(node, col) }
    setStyle(td, cellStyle(node, 'data', ctx))
    tr.appendChild(td)
  })
  return tr
}

/** Active/selected classes and state-dependent styles of the rendered cells, updated in place. */
function restyleCells (node) {
  const t = node.t
  const state = activeState(node)
  for (const td of t.tbody.querySelectorAll('td.dash-cell')) {
    const r = +td.dataset.dashRow
    const c = +td.dataset.col - t.ops.length
    const key = r + ':' + c
    const status = state.active === key ? 'active' : state.selected.has(key) ? 'selected' : null
    td.classList.toggle('focused', status === 'active')
    td.classList.toggle('cell--selected', status != null)
    const col = t.columns[c]
    const left = td.style.left
    const top = td.style.top
    setStyle(td, cellStyle(node, 'data', { column: col, row: t.data[t.view[r]], rowIndex: r, state: status, editable: isEditable(node, col) }))
    if (left) td.style.left = left
    if (top) td.style.top = top
  }
}

function cellContent (node, col, c, row, orig) {
  const v = row[col.id]
  const box = el('div', 'dash-cell-value unfocused')
  if (col.presentation === 'markdown' && typeof v === 'string') {
    if (R.kit.markdownInto) R.kit.markdownInto(box, v, !!(get(node, 'markdown_options') || {}).html, (get(node, 'markdown_options') || {}).link_target)
    else box.textContent = v
    box.classList.add('dash-cell-markdown')
    return box
  }
  if (col.presentation === 'dropdown') {
    const opt = dropdownOptions(node, col, row, orig).find(o => o.value === v)
    box.textContent = opt ? String(opt.label) : textOfValue(v)
    return box
  }
  const f = node.t.formats[c]
  box.textContent = f ? f(v) : textOfValue(v)
  return box
}

function dropdownOptions (node, col, row, orig) {
  const perRow = list(get(node, 'dropdown_data'))[orig]
  if (isObj(perRow) && isObj(perRow[col.id])) return list(perRow[col.id].options)
  let found = null
  for (const cond of node.t.conds.dropdown_conditional) {
    if (cond.test({ column: col, row, rowIndex: -1 })) found = cond.entry
  }
  if (found) return list(found.options)
  const d = (get(node, 'dropdown') || {})[col.id]
  return isObj(d) ? list(d.options) : []
}

function renderPager (node) {
  const t = node.t
  const action = get(node, 'page_action')
  const count = t.pageCount
  const show = action === 'native' ? count > 1 : action === 'custom' && count !== 1
  t.pager.hidden = !show
  if (!show) { t.pager.replaceChildren(); return }
  const page = action === 'native' ? t.page : get(node, 'page_current')
  const btn = (cls, text, label, disabled) => {
    const b = el('button', cls, text)
    b.type = 'button'
    b.disabled = disabled
    b.setAttribute('aria-label', label)
    return b
  }
  const input = el('input', 'current-page')
  input.type = 'text'
  input.value = String(page + 1)
  input.setAttribute('aria-label', 'Current page')
  const last = count == null ? Infinity : count - 1
  t.pager.replaceChildren(
    btn('first-page', '«', 'First page', page <= 0),
    btn('previous-page', '‹', 'Previous page', page <= 0),
    el('span', 'page-number'),
    btn('next-page', '›', 'Next page', page >= last),
    btn('last-page', '»', 'Last page', page >= last || count == null)
  )
  const label = t.pager.querySelector('.page-number')
  label.append(input, el('span', 'page-count', count == null ? '' : ` / ${count}`))
}

//= Layout after paint ============
/** Measures row height, header offsets and column widths; sticky headers/columns; virtual window. */
function layout (node) {
  const t = node.t
  if (node.dead || !node.elt.isConnected) return
  const first = t.tbody.querySelector('tr:not(.dash-spacer)')
  if (first && !t.rowH) t.rowH = first.getBoundingClientRect().height || 30
  t.bodyTop = t.thead.getBoundingClientRect().height
  const fixedRows = get(node, 'fixed_rows') || {}
  const fixedCols = get(node, 'fixed_columns') || {}
  t.fixed = !!(fixedRows.headers || fixedCols.data)
  if (get(node, 'virtualization') && !t.widths) {
    // Fix the column widths from the first rendering, so rows coming and going don't move them.
    const cells = first ? [...first.children] : []
    t.widths = cells.map(c => c.getBoundingClientRect().width)
    t.colgroup.replaceChildren(...t.widths.map(w => { const col = el('col'); col.style.width = w + 'px'; return col }))
    t.table.style.tableLayout = 'fixed'
  }
  if (t.fixed) applyFixed(node, true)
  renderExport(node)
  if (get(node, 'virtualization')) {
    const [s, e] = windowOf(node)
    if (s !== t.start || e !== t.end) renderBody(node)
  }
}

/**
 * Sticky header rows, fixed data rows and fixed columns. measure: read the header heights and column
 * offsets from the DOM (after a full render); otherwise reuse them (cheap enough for every scroll).
 */
function applyFixed (node, measure) {
  const t = node.t
  const fixedRows = get(node, 'fixed_rows') || {}
  const nCols = Math.max(0, (get(node, 'fixed_columns') || {}).data || 0)
  const fixedCount = nCols + t.ops.length
  if (measure) {
    t.tops = []
    let top = 0
    for (const tr of t.thead.rows) { t.tops.push(top); top += tr.getBoundingClientRect().height }
    t.headTop = top
    const ref = t.tbody.querySelector('tr:not(.dash-spacer)') || t.thead.rows[t.thead.rows.length - 1]
    t.lefts = []
    let left = 0
    if (ref && nCols > 0) for (const cell of ref.cells) { t.lefts.push(left); left += cell.getBoundingClientRect().width }
  }
  if (!t.tops) return
  const pin = (cell, top) => {
    if (top != null) { cell.classList.add('dash-fixed-row'); cell.style.top = top + 'px' }
    const i = cell.dataset.col != null ? +cell.dataset.col : t.ops.indexOf(cell.dataset.op)
    if (i >= 0 && i < fixedCount && t.lefts[i] != null) {
      cell.classList.add('dash-fixed-column')
      cell.style.left = t.lefts[i] + 'px'
    }
  }
  if (measure) {
    [...t.thead.rows].forEach((tr, r) => { for (const th of tr.cells) pin(th, fixedRows.headers ? t.tops[r] : null) })
  }
  let k = 0
  let top = t.headTop
  for (const tr of t.tbody.rows) {
    if (tr.classList.contains('dash-spacer')) continue
    const fixedRow = fixedRows.headers && k < (fixedRows.data || 0) && +tr.dataset.row === k
    for (const td of tr.cells) pin(td, fixedRow ? top : null)
    if (fixedRow) top += t.rowH || 30
    k++
  }
}

function renderExport (node) {
  const t = node.t
  const fmt = get(node, 'export_format')
  if (fmt === 'none' || !X) { if (t.exportBtn) { t.exportBtn.remove(); t.exportBtn = null } return }
  if (!t.exportBtn) {
    t.exportBtn = el('button', 'export', 'Export')
    t.exportBtn.type = 'button'
    node.elt.insertBefore(t.exportBtn, node.elt.firstChild)
  }
}

//= Events ========================
function cellOf (target) {
  const td = target.closest && target.closest('td.dash-cell')
  return td ? { td, r: +td.dataset.dashRow, c: +td.dataset.col - 0 } : null
}

function listen (node) {
  const t = node.t
  const s = t.scroll
  s.addEventListener('click', e => onClick(node, e))
  s.addEventListener('dblclick', e => {
    const cell = cellOf(e.target)
    if (cell) startEdit(node, cell.r, cell.c - t.ops.length)
  })
  s.addEventListener('keydown', e => onKey(node, e))
  s.addEventListener('change', e => onChange(node, e))
  s.addEventListener('copy', e => onCopy(node, e))
  s.addEventListener('paste', e => onPaste(node, e))
  s.addEventListener('mouseover', e => onHover(node, e))
  s.addEventListener('mouseleave', () => hideTip(node))
  node.elt.addEventListener('focusout', e => {
    if (node.props.is_focused && !node.elt.contains(e.relatedTarget) && !t.editing) setProps(node, { is_focused: false }, true)
  })
  // Chromium fires scroll events once per frame, so the window is rebuilt right here, before the paint.
  s.addEventListener('scroll', () => {
    if (t.tipTarget) hideTip(node)
    if (!get(node, 'virtualization') || t.editing) return
    const [a, b] = windowOf(node)
    // re-render only when the window moved by more than half the overscan
    if (Math.abs(a - t.start) > OVERSCAN / 2 || (b !== t.end && (b === t.view.length || Math.abs(b - t.end) > OVERSCAN / 2))) renderBody(node)
  }, { passive: true })
  t.pager.addEventListener('click', e => {
    const b = e.target.closest('button')
    if (!b) return
    const page = get(node, 'page_action') === 'native' ? t.page : get(node, 'page_current')
    const last = t.pageCount == null ? Infinity : t.pageCount - 1
    const next = b.classList.contains('first-page') ? 0 : b.classList.contains('previous-page') ? page - 1
      : b.classList.contains('next-page') ? page + 1 : last
    goToPage(node, next)
  })
  t.pager.addEventListener('change', e => {
    const n = parseInt(e.target.value, 10)
    if (!isNaN(n)) goToPage(node, n - 1)
  })
  node.elt.addEventListener('click', e => {
    if (e.target === t.exportBtn) exportData(node)
  })
}

/** Plotly's clearSelection, merged into a user's sort, filter, page change or row/column deletion: only
 * the parts that change, as userChange sends its props unconditionally. */
function clearSelection (node, props) {
  for (const k of ['active_cell', 'start_cell', 'end_cell']) if (node.props[k] != null) props[k] = null
  if (list(node.props.selected_cells).length) props.selected_cells = []
  return props
}

/** After a user change of props: set them (callbacks fire), recompute, re-render, send derived props. */
function userChange (node, props) {
  setProps(node, props, 'checked') // a change by construction: no JSON comparison of a large `data`
  if (node.dead) return
  recordPersisted(node, props)
  if ('columns' in props || 'hidden_columns' in props) resetWidths(node)
  prepare(node)
  derive(node)
  render(node)
  publish(node, true)
  requestAnimationFrame(() => layout(node))
}

function goToPage (node, page) {
  const last = node.t.pageCount == null ? Infinity : node.t.pageCount - 1
  const next = Math.max(0, Math.min(last, page))
  // Plotly's pager sets the page (and clears the selection) even when it is the current one
  const props = clearSelection(node, next === get(node, 'page_current') ? {} : { page_current: next })
  if (!Object.keys(props).length) return renderPager(node)
  userChange(node, props)
  if ('page_current' in props) node.t.scroll.scrollTop = 0
}

function onClick (node, e) {
  const t = node.t
  if (e.target.classList.contains('dash-filter--case')) return toggleFilterCase(node, e.target.closest('th').dataset.dashColumn)
  const action = e.target.closest('.column-header--delete, .column-header--clear, .column-header--hide, .column-header--edit')
  if (action) return onHeaderAction(node, action)
  const sortBtn = e.target.closest('.column-header--sort')
  if (sortBtn) return toggleSort(node, sortBtn.closest('th').dataset.dashColumn, e.shiftKey)
  const del = e.target.closest('td.dash-delete-cell')
  if (del) return deleteRow(node, +del.parentNode.dataset.row)
  const cell = cellOf(e.target)
  if (!cell || t.editing) return
  if (get(node, 'cell_selectable') === false) return
  selectCell(node, cell.r, cell.c - t.ops.length, e.shiftKey)
}

function toggleSort (node, columnId, shift) {
  const sortBy = list(get(node, 'sort_by'))
  const current = sortBy.find(s => s.column_id === columnId)
  const next = !current ? 'asc' : current.direction === 'asc' ? 'desc' : null
  let out
  if (get(node, 'sort_mode') === 'multi') {
    out = sortBy.filter(s => s.column_id !== columnId)
    if (next) {
      const i = sortBy.indexOf(current)
      const item = { column_id: columnId, direction: next }
      if (i >= 0) out.splice(i, 0, item); else out.push(item)
    }
  } else out = next ? [{ column_id: columnId, direction: next }] : []
  userChange(node, clearSelection(node, { sort_by: out }))
}

function cellRef (node, r, c) {
  const t = node.t
  const ref = { row: r, column: c }
  const id = rowId(t.data[t.view[r]])
  if (id !== null) ref.row_id = id
  ref.column_id = t.columns[c].id
  return ref
}

function selectCell (node, r, c, extend) {
  const t = node.t
  if (r < 0 || c < 0 || r >= t.view.length || c >= t.columns.length) return
  const start = extend && isObj(node.props.start_cell) ? node.props.start_cell : cellRef(node, r, c)
  const end = cellRef(node, r, c)
  const cells = []
  for (let i = Math.min(start.row, r); i <= Math.max(start.row, r); i++) {
    for (let j = Math.min(start.column, c); j <= Math.max(start.column, c); j++) cells.push(cellRef(node, i, j))
  }
  const props = { active_cell: extend ? (node.props.active_cell || start) : end, start_cell: start, end_cell: end, selected_cells: cells, is_focused: false }
  setProps(node, props, true)
  restyleCells(node)
  const td = t.tbody.querySelector(`td.dash-cell[data-dash-row="${r}"][data-col="${c + t.ops.length}"]`)
  if (td) td.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  arm(node)
}

/** As Plotly's: the active editable cell holds a focused input with its value selected and the caret hidden
 * (over the value, kept invisible for the cell's size and text); its keys reach onKey, so a typed character
 * starts an edit with it, arrows move, Delete clears. Other active cells leave the focus on the table. */
function arm (node) {
  const t = node.t
  const a = node.props.active_cell
  const col = isObj(a) && t.columns[a.column]
  const td = col && col.presentation !== 'dropdown' && !t.dataLoading && isEditable(node, col)
    ? t.tbody.querySelector(`td.dash-cell[data-dash-row="${a.row}"][data-col="${a.column + t.ops.length}"]`) : null
  const old = t.armed
  if (old && old.td === td) return old.input.focus({ preventScroll: true })
  if (old) {
    t.armed = null
    if (document.activeElement === old.input) t.scroll.focus({ preventScroll: true })
    if (old.td.isConnected) old.td.replaceChildren(cellContent(node, t.columns[old.c], old.c, t.data[old.orig] || {}, old.orig))
  }
  if (!td) { if (document.activeElement !== t.scroll) t.scroll.focus({ preventScroll: true }); return }
  const orig = t.view[a.row]
  const value = (t.data[orig] || {})[col.id]
  const box = el('div', 'dash-input-cell-value-container')
  const shadow = box.appendChild(td.firstChild || el('div'))
  shadow.classList.add('cell-value-shadow')
  const input = box.appendChild(el('input', 'input-active unfocused selectable dash-cell-value'))
  input.type = 'text'
  input.value = value == null ? '' : textOfValue(value)
  td.replaceChildren(box)
  t.armed = { td, input, orig, c: a.column }
  input.focus({ preventScroll: true })
  input.select()
}

function onKey (node, e) {
  const t = node.t
  if (t.editing || (e.target !== t.scroll && !(t.armed && e.target === t.armed.input))) return
  const a = node.props.active_cell
  if (!isObj(a)) return
  if (move(node, e)) return
  if (e.key === 'Enter') { e.preventDefault(); startEdit(node, a.row, a.column); return }
  if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); clearSelected(node); return }
  if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    if (startEdit(node, a.row, a.column, e.key)) e.preventDefault()
  }
}

/** Arrows and Tab move the active cell (Shift+arrow extends the selection); true when the key was one. */
function move (node, e) {
  const t = node.t
  const a = node.props.active_cell
  const d = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, e.shiftKey ? -1 : 1] }[e.key]
  if (!d || !isObj(a)) return false
  e.preventDefault()
  const from = e.shiftKey && e.key !== 'Tab' && isObj(node.props.end_cell) ? node.props.end_cell : a
  const r = Math.max(0, Math.min(t.view.length - 1, from.row + d[0]))
  const c = Math.max(0, Math.min(t.columns.length - 1, from.column + d[1]))
  selectCell(node, r, c, e.shiftKey && e.key !== 'Tab')
  return true
}

function onChange (node, e) {
  const t = node.t
  const target = e.target
  if (target.classList.contains('column-header--select')) return onColumnSelect(node, target)
  const filter = target.closest('th.dash-filter')
  if (filter) return applyFilterCell(node, filter.dataset.dashColumn, target.value)
  const sel = target.closest('td.dash-select-cell')
  if (sel) {
    const orig = t.view[+sel.parentNode.dataset.row]
    let rows = list(get(node, 'selected_rows'))
    if (get(node, 'row_selectable') === 'single') rows = target.checked ? [orig] : []
    else rows = target.checked ? rows.concat(rows.includes(orig) ? [] : [orig]) : rows.filter(i => i !== orig)
    userChange(node, { selected_rows: rows, selected_row_ids: rows.map(i => rowId(t.data[i])) })
  }
}

/** A column's filter case: 'i' (insensitive) or 's', from its "Aa" toggle or filter_options.case. */
function filterCaseOf (node, id) {
  const t = node.t
  return (t.filterCase && t.filterCase[id]) || (t.caseOf(id) === 'insensitive' ? 'i' : 's')
}

function applyFilterCell (node, columnId, text) {
  const t = node.t
  if ((t.filterCells[columnId] || '') === text.trim()) return
  t.filterCells[columnId] = text.trim()
  writeFilterQuery(node)
}

/** filter_query from the filter cells; a case prefix only where it differs from the column's default. */
function writeFilterQuery (node) {
  const t = node.t
  const op = actionOf(node.props.filter_action).operator === 'or' ? ' || ' : ' && '
  const terms = t.columns.map(col => {
    const mode = filterCaseOf(node, col.id)
    const defaultMode = t.caseOf(col.id) === 'insensitive' ? 'i' : 's'
    return F.termFor(col, t.filterCells[col.id], mode === defaultMode ? (mode === 'i' ? 'i' : '') : mode)
  }).filter(Boolean)
  userChange(node, clearSelection(node, { filter_query: terms.join(op) }))
}

function toggleFilterCase (node, columnId) {
  const t = node.t
  t.filterCase = t.filterCase || {}
  t.filterCase[columnId] = filterCaseOf(node, columnId) === 'i' ? 's' : 'i'
  if (t.filterCells[columnId]) writeFilterQuery(node); else renderHeader(node)
}

function deleteRow (node, r) {
  const t = node.t
  const orig = t.view[r]
  const data = t.data.slice()
  data.splice(orig, 1)
  const props = clearSelection(node, { data_previous: t.data, data, data_timestamp: Date.now() })
  const sel = list(get(node, 'selected_rows'))
  if (sel.some(i => i >= orig)) { // as Plotly: selected rows are sent only when the deletion moves them
    props.selected_rows = sel.filter(i => i !== orig).map(i => i > orig ? i - 1 : i)
    props.selected_row_ids = props.selected_rows.map(i => rowId(data[i]))
  }
  userChange(node, props)
}

//= Editing =======================
/** Opens an editor in a viewport cell; returns false when the cell is not editable. */
function startEdit (node, r, c, initial) {
  const t = node.t
  const col = t.columns[c]
  if (!col || !isEditable(node, col) || r < 0 || r >= t.view.length || t.dataLoading) return false
  const td = t.tbody.querySelector(`td.dash-cell[data-dash-row="${r}"][data-col="${c + t.ops.length}"]`)
  if (!td) return false
  const orig = t.view[r]
  const value = t.data[orig][col.id]
  let input
  if (col.presentation === 'dropdown') {
    input = el('select', 'dash-cell-value dash-cell-dropdown')
    const opts = dropdownOptions(node, col, t.data[orig], orig)
    const d = (get(node, 'dropdown') || {})[col.id]
    if (!isObj(d) || d.clearable !== false) input.appendChild(el('option', null, '')).value = ''
    opts.forEach((o, k) => { const option = input.appendChild(el('option', null, String(o.label))); option.value = String(k); option.selected = o.value === value })
    input._options = opts
  } else {
    input = el('input', 'dash-cell-value focused')
    input.type = 'text'
    input.value = initial != null ? initial : value == null ? '' : textOfValue(value)
  }
  t.editing = { r, c, orig, td, input }
  // is_focused, as in Plotly: true while a cell is edited in place (double click, Enter), where the arrows
  // move the caret; typing over a selected cell keeps it false (the arrows save and move)
  if (initial == null) setProps(node, { is_focused: true }, true)
  if (t.armed && t.armed.td === td) t.armed = null
  td.replaceChildren(input)
  input.focus()
  if (initial == null && input.select) input.select()
  input.addEventListener('keydown', e => {
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault()
      commitEdit(node)
      selectCell(node, Math.min(t.view.length - 1, r + (e.key === 'Enter' ? 1 : 0)), Math.min(t.columns.length - 1, c + (e.key === 'Tab' ? 1 : 0)), false)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      cancelEdit(node)
      arm(node)
    } else if (initial != null && e.key.startsWith('Arrow')) {
      commitEdit(node) // an edit begun by typing over the cell: arrows save it and move, as Plotly's
      move(node, e)
    }
    e.stopPropagation()
  })
  input.addEventListener('blur', () => { if (t.editing && t.editing.input === input) commitEdit(node) })
  if (input.tagName === 'SELECT') input.addEventListener('change', () => commitEdit(node))
  return true
}

function cancelEdit (node) {
  const ed = node.t.editing
  if (!ed) return
  node.t.editing = null
  setProps(node, { is_focused: false }, true)
  const col = node.t.columns[ed.c]
  if (col && ed.td.isConnected) ed.td.replaceChildren(cellContent(node, col, ed.c, node.t.data[ed.orig], ed.orig))
}

/** The typed text as the column's value, or undefined when the column rejects it (types.js: on_change/validation). */
function coerce (col, text) {
  const r = T.reconcile(col, text)
  return r.ok ? r.value : undefined
}

function commitEdit (node) {
  const t = node.t
  const ed = t.editing
  if (!ed) return
  const col = t.columns[ed.c]
  let value
  if (ed.input.tagName === 'SELECT') {
    const k = ed.input.value
    value = k === '' ? null : ed.input._options[+k].value
  } else value = coerce(col, ed.input.value)
  t.editing = null
  setProps(node, { is_focused: false }, true)
  const old = t.data[ed.orig][col.id]
  if (value === undefined || value === old) { cancelEditCell(node, ed, col); return }
  writeCells(node, [[ed.orig, col.id, value]])
}

function cancelEditCell (node, ed, col) {
  if (ed.td.isConnected) ed.td.replaceChildren(cellContent(node, col, ed.c, node.t.data[ed.orig], ed.orig))
}

/** Writes [origRow, columnId, value] triples as one data change (data_previous, data_timestamp). */
function writeCells (node, writes) {
  const t = node.t
  const data = t.data.slice()
  for (const [orig, id, value] of writes) data[orig] = Object.assign({}, data[orig], { [id]: value })
  userChange(node, { data_previous: t.data, data, data_timestamp: Date.now() })
}

/** Delete/Backspace: empties the selected editable cells ('' or, in numeric columns, null). */
function clearSelected (node) {
  const t = node.t
  const cells = list(get(node, 'selected_cells')).filter(c => c.row < t.view.length && t.columns[c.column] && !t.dataLoading)
  const writes = cells.filter(c => isEditable(node, t.columns[c.column]))
    .map(c => [t.view[c.row], t.columns[c.column].id, t.columns[c.column].type === 'numeric' ? null : ''])
  if (writes.length) writeCells(node, writes)
}

//= Copy and paste ================
/** The last copy from a table on this page: {text, body}. Pasting that text pastes body, the cells without
 * the header rows include_headers_on_copy_paste put on the clipboard for other programs. */
let lastCopy = null

function onCopy (node, e) {
  const t = node.t
  const cells = list(get(node, 'selected_cells'))
  if (!cells.length || t.editing) return
  const rows = [...new Set(cells.map(c => c.row))].sort((a, b) => a - b)
  const cols = [...new Set(cells.map(c => c.column))].sort((a, b) => a - b)
  const body = rows.map(r => cols.map(c => textOfValue(t.data[t.view[r]][t.columns[c].id])))
  const n = headerRows(t.columns)
  const heads = get(node, 'include_headers_on_copy_paste')
    ? Array.from({ length: n }, (_, r) => cols.map(c => String(headerLabel(t.columns[c], r, n) ?? '')))
    : []
  const text = T.toTsv(heads.concat(body))
  lastCopy = { text, body }
  e.clipboardData.setData('text/plain', text)
  e.preventDefault()
}

/**
 * Pastes tab-separated text from the active cell on: each cell through its column's type rules. Rows past
 * the last shown one continue in data order, and past the end of the data new rows are added (every
 * column '') when the table is `editable` and neither sorted nor filtered, as in Plotly. A first line wider
 * than the shown columns adds, in an `editable` table, columns 'Column N' (N counting on from the shown
 * columns; type 'any') after the last shown one, empty, as Plotly Dash 4.4.1 does: its new columns are
 * not editable, so the pasted values there are dropped, and each row gets '' under 'Column N-1'.
 */
function onPaste (node, e) {
  const t = node.t
  const a = node.props.active_cell
  if (!isObj(a) || t.editing || t.dataLoading) return
  const text = e.clipboardData.getData('text/plain')
  if (!text) return
  e.preventDefault()
  const lines = lastCopy && lastCopy.text === text ? lastCopy.body : T.parseTsv(text)
  const plain = !list(get(node, 'sort_by')).length && !get(node, 'filter_query')
  const grow = plain && get(node, 'editable')
  let data = t.data.slice()
  const last = t.view.length ? t.view[t.view.length - 1] : -1
  const shown = t.columns.length
  const extra = get(node, 'editable') && shown ? a.column + lines[0].length - shown : 0
  let columns = null
  if (extra > 0) {
    const added = Array.from({ length: extra }, (_, k) => {
      const name = 'Column ' + (shown + k + 1)
      return { id: name, name, type: 'any', sort_as_null: [] }
    })
    const after = t.allColumns.indexOf(t.columns[shown - 1]) + 1
    columns = t.allColumns.slice(0, after).concat(added, t.allColumns.slice(after))
    const blanks = Object.fromEntries(added.map((_, k) => ['Column ' + (shown + k), '']))
    data = data.map(row => Object.assign({}, row, blanks))
  }
  let changed = false
  lines.forEach((cells, i) => {
    const r = a.row + i
    const orig = r < t.view.length ? t.view[r] : plain ? last + (r - t.view.length + 1) : -1
    if (orig < 0 || (orig >= data.length && !grow)) return
    while (data.length <= orig) data.push(Object.fromEntries(t.allColumns.map(c => [c.id, ''])))
    cells.forEach((s, j) => {
      const col = t.columns[a.column + j]
      if (!col || !isEditable(node, col)) return
      const v = T.reconcile(col, s)
      if (!v.ok) return
      data[orig] = Object.assign({}, data[orig], { [col.id]: v.value })
      changed = true
    })
  })
  if (changed || columns || data.length > t.data.length) {
    userChange(node, Object.assign({ data_previous: t.data, data, data_timestamp: Date.now() }, columns && { columns }))
  }
}

//= Tooltips ======================
function tooltipFor (node, target) {
  const t = node.t
  const td = target.closest('td.dash-cell')
  const tip = get(node, 'tooltip') || {}
  if (td) {
    const r = +td.dataset.dashRow
    const orig = t.view[r]
    const col = t.columns[+td.dataset.col - t.ops.length]
    const row = t.data[orig]
    const perRow = list(get(node, 'tooltip_data'))[orig]
    if (isObj(perRow) && perRow[col.id] != null) return perRow[col.id]
    let found = null
    for (const cond of t.conds.tooltip_conditional) if (cond.test({ column: col, row, rowIndex: r })) found = cond.entry
    if (found) return found
    const g = tip[col.id]
    return g != null && (!isObj(g) || (g.use_with || 'both') !== 'header') ? g : null
  }
  const th = target.closest('th.dash-header')
  if (th && th.dataset.dashColumn != null) {
    const id = th.dataset.dashColumn
    const h = (get(node, 'tooltip_header') || {})[id]
    if (h != null) return Array.isArray(h) ? h[Math.min(+th.dataset.header, h.length - 1)] : h
    const g = tip[id]
    return g != null && (!isObj(g) || (g.use_with || 'both') !== 'data') ? g : null
  }
  return null
}

function onHover (node, e) {
  const t = node.t
  const target = e.target.closest('td.dash-cell, th.dash-header')
  if (!target || target === t.tipTarget) return
  hideTip(node)
  const spec = tooltipFor(node, target)
  if (spec == null) return
  const o = isObj(spec) ? spec : { value: String(spec) }
  if (o.value == null) return
  t.tipTarget = target
  const delay = o.delay != null ? o.delay : get(node, 'tooltip_delay')
  const hasDuration = 'duration' in o ? o.duration : ('tooltip_duration' in node.props ? node.props.tooltip_duration : 2000)
  t.tipTimer = setTimeout(() => {
    const box = t.tip
    box.replaceChildren()
    if (o.type === 'markdown' && R.kit.markdownInto) R.kit.markdownInto(box, String(o.value), false, '_blank')
    else box.textContent = String(o.value)
    const rect = target.getBoundingClientRect()
    box.style.left = rect.left + 'px'
    box.style.top = rect.bottom + 4 + 'px'
    box.hidden = false
    if (hasDuration != null) t.tipTimer = setTimeout(() => hideTip(node), hasDuration)
  }, delay)
}

function hideTip (node) {
  const t = node.t
  clearTimeout(t.tipTimer)
  t.tipTarget = null
  if (t.tip) t.tip.hidden = true
}

//= Export ========================
function exportData (node) {
  const t = node.t
  const fmt = get(node, 'export_format')
  const cols = get(node, 'export_columns') === 'all' ? t.allColumns : t.columns
  const headers = X.headerRows(cols, get(node, 'export_headers'), !!node.props.merge_duplicate_headers)
  const rows = t.idx.map(i => cols.map(c => t.data[i][c.id]))
  if (fmt === 'xlsx') X.download(X.xlsx(headers.concat(rows)), 'Data.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  else X.download(X.csv(headers.concat(rows)), 'Data.csv', 'text/csv;charset=utf-8')
}

R.define('dash_table', 'DataTable', { create, update })
R.table.internal = { sortIndices, derive, coerce, dataLoading }
})(window.dash_renderer)
