// dcc.Graph: plotly.js loaded once, lazily.
;(function (R) {
'use strict'
const { config, el, applyBase, setProps, isObj, widget, loadScript } = R.kit

function loadPlotly () {
  if (window.Plotly) return Promise.resolve(window.Plotly)
  return loadScript(config.plotlyjs_url).then(() => window.Plotly)
}

const POINT_KEYS = ['curveNumber', 'pointNumber', 'pointNumbers', 'pointIndex', 'x', 'y', 'z', 'text',
  'hovertext', 'customdata', 'lat', 'lon', 'location', 'label', 'value', 'percent', 'id', 'bbox', 'marker.color']
/** Plotly event data, minus circular references. */
function eventPoints (e) {
  if (!e) return null
  const out = { points: (e.points || []).map(pt => Object.fromEntries(POINT_KEYS.filter(k => pt[k] !== undefined).map(k => [k, pt[k]]))) }
  return Object.assign(out, e.range && { range: e.range }, e.lassoPoints && { lassoPoints: e.lassoPoints })
}

/** Graph: plotly.js loaded once, lazily; a visible message when plotly is not installed. */
const graphDef = widget('div', node => {
  const p = node.props
  applyBase(node, 'dash-graph')
  if (!config.plotlyjs_url) {
    return node.elt.replaceChildren(el('div', 'dash-graph-missing', "dcc.Graph needs the 'plotly' Python package: pip install plotly"))
  }
  loadPlotly().then(Plotly => {
    if (node.dead) return
    const fig = isObj(p.figure) ? p.figure : {}
    return Promise.resolve(Plotly.react(node.elt, fig.data || [], fig.layout || {}, Object.assign({}, p.config))).then(() => {
      const gd = node.elt
      if (node.bound || typeof gd.on !== 'function') return
      node.bound = true
      const set = props => setProps(node, props, true)
      gd.on('plotly_click', e => set({ clickData: eventPoints(e) }))
      gd.on('plotly_hover', e => set({ hoverData: eventPoints(e) }))
      gd.on('plotly_unhover', () => { if (node.props.clear_on_unhover) set({ hoverData: null }) })
      gd.on('plotly_selected', e => set({ selectedData: eventPoints(e) }))
      gd.on('plotly_deselect', () => set({ selectedData: null }))
      gd.on('plotly_relayout', e => set({ relayoutData: e }))
    })
  }).catch(err => console.error('dash: ' + err.message, err))
}, node => node.cleanups.push(() => { if (node.bound) window.Plotly.purge(node.elt) }))

R.define('dash_core_components', 'Graph', graphDef)
})(window.dash_renderer)
