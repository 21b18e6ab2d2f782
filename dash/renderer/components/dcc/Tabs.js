// dcc.Tabs and dcc.Tab: an ARIA tablist. Every Tab's children are built (their ids, values and callbacks
// live on, as in Plotly's layout store); only the selected Tab's panel is shown.
;(function (R) {
'use strict'
const { el, applyAttr, setStyle, setProps, renderValue, destroyNode, stringifyId, widget } = R.kit
let count = 0
const tabValue = (tab, i) => tab.props.value == null ? 'tab-' + (i + 1) : tab.props.value

/** A Tab draws its header (a text label in a <span>, as Plotly); the Tabs around it owns selection. */
function syncTab (node) {
  const p = node.props
  const parent = node.tabs
  const selected = !!node.selected
  const elt = node.elt
  node.labelKids.forEach(destroyNode)
  const holder = { kids: [] }
  const label = p.label !== null && typeof p.label === 'object' ? renderValue(p.label, holder, []) : [el('span', null, p.label == null ? '' : String(p.label))]
  elt.replaceChildren(...label)
  node.labelKids = holder.kids
  node.kids = node.contentKids.concat(holder.kids)
  applyAttr(elt, 'id', p.id)
  elt.className = ['tab', p.disabled && 'tab--disabled', p.disabled && p.disabled_className, selected && 'tab--selected',
    selected && p.selected_className, p.className].filter(Boolean).join(' ')
  elt.removeAttribute('style')
  setStyle(elt, p.style)
  if (p.width != null) Object.assign(elt.style, { width: typeof p.width === 'number' ? p.width + 'px' : p.width, flex: '0 0 auto' })
  if (p.disabled) setStyle(elt, p.disabled_style == null ? { color: 'var(--Dash-Text-Disabled,rgba(0,21,89,.6))' } : p.disabled_style)
  if (selected) setStyle(elt, p.selected_style)
  elt.setAttribute('aria-selected', String(selected))
  elt.setAttribute('aria-disabled', String(!!p.disabled))
  elt.tabIndex = selected ? 0 : -1
  if (parent && node.built && node.changedKids) showContent(parent)
}

/** (Re)builds a Tab's children into its own panel. */
function buildContent (tab) {
  tab.contentKids.forEach(destroyNode)
  const holder = { kids: [] }
  tab.panel.replaceChildren(...renderValue(tab.props.children, holder, []))
  tab.contentKids = holder.kids
  tab.kids = holder.kids.concat(tab.labelKids)
  tab.built = true
  tab.changedKids = false
}

/** One panel per Tab, built once (again when its children change); the selected one is visible. */
function showContent (tabs) {
  const tab = tabs.tabNodes.find(t => t.selected)
  const panels = tabs.tabNodes.map(t => {
    if (!t.panel) t.panel = el('div')
    if (!t.built || t.changedKids) buildContent(t)
    t.panel.hidden = t !== tab
    return t.panel
  })
  const current = tabs.content.children
  if (current.length !== panels.length || panels.some((p, i) => current[i] !== p)) tabs.content.replaceChildren(...panels)
  if (!tab) return tabs.content.removeAttribute('aria-labelledby')
  tabs.content.setAttribute('aria-labelledby', tab.elt.id || (tab.elt.id = tabs.uid + '-' + tabs.tabNodes.indexOf(tab)))
  // a plotly graph drawn while hidden has no size: let it measure its now visible panel
  if (window.Plotly) tab.panel.querySelectorAll('.js-plotly-plot').forEach(g => window.Plotly.Plots.resize(g))
}

function select (tabs, tab) {
  if (!tab || tab.props.disabled) return
  const value = tabValue(tab, tabs.tabNodes.indexOf(tab))
  setProps(tabs, { value }, true)
  syncTabs(tabs, [])
  tab.elt.focus()
}

function syncTabs (node, keys) {
  const p = node.props
  if (!keys || keys.includes('children')) {
    node.kids.forEach(destroyNode)
    node.kids = []
    const elts = renderValue(p.children, node, [])
    node.tabNodes = node.kids.filter(k => k.type === 'Tab')
    node.list.replaceChildren(...elts)
  }
  if (p.value == null && node.tabNodes.length) { // Plotly selects the first tab and reports it
    const first = tabValue(node.tabNodes[0], 0)
    p.value = first
    queueMicrotask(() => setProps(node, { value: first }, true))
  }
  const vertical = !!p.vertical
  const bp = p.mobile_breakpoint == null ? 800 : p.mobile_breakpoint
  if (node.bp !== bp) { // Plotly's layout switches with matchMedia('(min-width: <breakpoint>px)')
    if (node.media) node.media.removeEventListener('change', node.onMedia)
    node.bp = bp
    node.media = window.matchMedia('(min-width: ' + bp + 'px)')
    node.media.addEventListener('change', node.onMedia)
  }
  // Plotly: the id is on the tab list; the box around list and content is `{id}-parent`
  applyAttr(node.elt, 'id', p.id == null ? null : stringifyId(p.id) + '-parent')
  node.elt.className = ['tab-parent', vertical && 'tab-parent--vert', node.media.matches && 'tab-parent--above-breakpoint', p.parent_className].filter(Boolean).join(' ')
  node.elt.removeAttribute('style')
  const colors = p.colors || {}
  for (const k of ['border', 'primary', 'background']) if (colors[k]) node.elt.style.setProperty('--tabs-' + k, colors[k])
  setStyle(node.elt, p.parent_style)
  applyAttr(node.list, 'id', p.id)
  node.list.className = ['tab-container', vertical && 'tab-container--vert', p.className].filter(Boolean).join(' ')
  node.list.removeAttribute('style')
  setStyle(node.list, p.style)
  node.list.setAttribute('aria-orientation', vertical ? 'vertical' : 'horizontal')
  node.content.className = ['tab-content', vertical && 'tab-content--vert', p.content_className].filter(Boolean).join(' ')
  node.content.removeAttribute('style')
  setStyle(node.content, p.content_style)
  node.tabNodes.forEach((t, i) => {
    t.tabs = node
    t.selected = tabValue(t, i) === p.value
    syncTab(t)
  })
  showContent(node)
}

const NEXT = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

R.define('dash_core_components', 'Tabs', {
  create (node) {
    node.uid = 'dash-tabs-' + (++count)
    node.elt = el('div')
    node.list = el('div')
    node.list.setAttribute('role', 'tablist')
    node.content = el('div')
    node.content.setAttribute('role', 'tabpanel')
    node.elt.append(node.list, node.content)
    node.list.addEventListener('click', e => {
      const tab = node.tabNodes.find(t => t.elt.contains(e.target))
      if (tab) select(node, tab)
    })
    node.list.addEventListener('keydown', e => {
      const tabs = node.tabNodes.filter(t => !t.props.disabled)
      const at = tabs.findIndex(t => t.elt === document.activeElement)
      if (at < 0) return
      const step = NEXT[e.key]
      const to = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : step ? (at + step + tabs.length) % tabs.length : -1
      if (to < 0) return
      e.preventDefault()
      select(node, tabs[to])
    })
    node.onMedia = () => syncTabs(node, [])
    node.cleanups.push(() => node.media.removeEventListener('change', node.onMedia))
    syncTabs(node)
    return node.elt
  },
  update: syncTabs
})

R.define('dash_core_components', 'Tab', widget('div', (node, keys) => {
  node.changedKids = !keys || keys.includes('children')
  syncTab(node)
}, (node, elt) => {
  node.contentKids = []
  node.labelKids = []
  elt.setAttribute('role', 'tab')
}))
})(window.dash_renderer)
