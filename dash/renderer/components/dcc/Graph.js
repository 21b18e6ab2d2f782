// dcc.Graph: plotly.js loaded once, lazily; figure/config/responsive/animate, extendData/prependData, events.
;(function (R) {
'use strict'
const { config, el, applyBase, setProps, isObj, widget, loadScript } = R.kit

function loadPlotly () {
  if (window.Plotly) return Promise.resolve(window.Plotly)
  return loadScript(config.plotlyjs_url).then(() => window.Plotly)
}

/** mathjax=True: MathJax (ext/mathjax.js: the app's own, else our vendored 3.2.2) loaded and started before
 * plotly.js draws, so plotly.js typesets $...$ texts (titles, axis titles, ticks, annotations, legends). */
function loadMathJax () {
  return loadPlotly().then(Plotly => {
    if (!knowsMathJax3(Plotly)) return
    const files = (config.components._dash_renderer || {}).MathJax || []
    return Promise.all(files.map(loadScript)).then(() => R.ext.mathjax.load())
  })
}

let mathJax3 = null
/** Whether this plotly.js typesets with MathJax 3: plotly.js 3 and later do; a 2.x one does when its config
 * knows typesetMath (asked of its schema, ~0.1 s, so only for 2.x). Older ones (plotly 5.0 ships plotly.js
 * 2.1) call MathJax 2's Hub, and with MathJax 3 on the page they hide every $...$ text. */
function knowsMathJax3 (Plotly) {
  if (mathJax3 === null) {
    try {
      mathJax3 = parseInt(Plotly.version, 10) >= 3 || 'typesetMath' in Plotly.PlotSchema.get().config
    } catch (err) {
      mathJax3 = false
    }
    if (!mathJax3) {
      console.error(`dash: dcc.Graph(mathjax=True) needs a plotly.js that works with MathJax 3; the installed plotly ships plotly.js ${Plotly.version}, so LaTeX texts are drawn as written. Upgrade it on the server: pip install -U plotly`)
    }
  }
  return mathJax3
}

/**
 * Plotly event data as Plotly Dash 4.4.1 passes it on (its Graph's filterEventData): each point keeps its
 * keys whose values are not objects or arrays (plotly.js's x, y, pointIndex, xPixel, 'marker.color', ...),
 * plus `bbox`, `pointNumbers` and the trace's `customdata` for it (per point, all of a line's when the point
 * has no number, or per `pointNumbers`); with layout.hoveranywhere/clickanywhere also xvals, yvals,
 * xaxes_id, yaxes_id; and the event's `range` and `lassoPoints`.
 */
function eventPoints (e, gd, kind) {
  if (!e) return null
  const data = gd.data || []
  const own = (k, o) => o != null && Object.prototype.hasOwnProperty.call(o, k)
  const out = {
    points: (e.points || []).map(pt => {
      const o = {}
      for (const k of Object.keys(pt)) if (pt[k] === null || !/^(object|function)$/.test(typeof pt[k])) o[k] = pt[k]
      if (own('bbox', pt)) o.bbox = pt.bbox
      const trace = data[o.curveNumber]
      if (own('curveNumber', pt) && own('customdata', trace)) {
        const cd = trace.customdata || []
        if (own('pointNumber', pt)) {
          if (typeof pt.pointNumber === 'number') o.customdata = cd[pt.pointNumber]
          else if (!pt.pointNumber && String((pt.data || {}).mode).includes('lines')) o.customdata = cd
        } else if (own('pointNumbers', pt)) o.customdata = pt.pointNumbers.map(n => cd[n])
      }
      if (own('pointNumbers', pt)) o.pointNumbers = pt.pointNumbers
      return o
    })
  }
  const fl = gd._fullLayout || {}
  if ((kind === 'hover' && fl.hoveranywhere === true) || (kind === 'click' && fl.clickanywhere === true)) {
    if (own('xvals', e)) out.xvals = e.xvals
    if (own('yvals', e)) out.yvals = e.yvals
    if (own('xaxes', e)) out.xaxes_id = e.xaxes[0]._id
    if (own('yaxes', e)) out.yaxes_id = e.yaxes[0]._id
  }
  return Object.assign(out, own('range', e) && { range: e.range }, own('lassoPoints', e) && { lassoPoints: e.lassoPoints })
}

/** figure + config as drawn under `responsive`: True forces a plot that follows its box (autosize, no
 * fixed height/width, config.responsive), False a fixed one; 'auto' (default) draws them as given. */
function drawn (p) {
  const fig = isObj(p.figure) ? p.figure : {}
  const layout = Object.assign({}, fig.layout)
  // plotly.js typesets math by default when MathJax is on the page; as in Plotly Dash, only with mathjax=True
  const cfg = Object.assign({}, p.config, { typesetMath: p.mathjax === true })
  if (p.responsive === true || p.responsive === false) {
    cfg.responsive = layout.autosize = p.responsive
    if (p.responsive) { delete layout.height; delete layout.width }
  }
  return { data: fig.data || [], layout, frames: fig.frames, cfg }
}

/** extendData/prependData: [updateData, traceIndices, maxPoints] (or updateData alone; indices default
 * to 0..n-1 for the n arrays given per key), applied with Plotly.extendTraces/prependTraces. */
function addPoints (Plotly, gd, value, how) {
  const [update, indices, maxPoints] = Array.isArray(value) ? value : [value]
  if (!isObj(update)) return
  const first = Object.values(update)[0]
  const idx = Array.isArray(indices) ? indices : Array.from({ length: Array.isArray(first) ? first.length : 0 }, (_, i) => i)
  return Plotly[how](gd, update, idx, maxPoints)
}

function bind (node) {
  const gd = node.elt
  if (node.bound || typeof gd.on !== 'function') return
  node.bound = true
  const set = props => setProps(node, props, true)
  gd.on('plotly_click', e => set({ clickData: eventPoints(e, gd, 'click') }))
  gd.on('plotly_clickannotation', e => set({ clickAnnotationData: { index: e.index, annotation: e.annotation } }))
  gd.on('plotly_hover', e => set({ hoverData: eventPoints(e, gd, 'hover') }))
  gd.on('plotly_unhover', () => { if (node.props.clear_on_unhover) set({ hoverData: null }) })
  gd.on('plotly_selected', e => set({ selectedData: eventPoints(e, gd, 'selected') }))
  gd.on('plotly_deselect', () => set({ selectedData: null }))
  gd.on('plotly_relayout', e => set({ relayoutData: e }))
  gd.on('plotly_restyle', e => set({ restyleData: e }))
  if (node.props.responsive === true && window.ResizeObserver) { // the box, not only the window, resizing
    const watch = new ResizeObserver(() => { if (gd.isConnected) window.Plotly.Plots.resize(gd) })
    watch.observe(gd)
    node.cleanups.push(() => watch.disconnect())
  }
}

/** Graph: plotly.js loaded once, lazily; a visible message when plotly is not installed. Updates run in order. */
const graphDef = widget('div', (node, keys) => {
  const p = node.props
  applyBase(node, node.bound ? 'dash-graph js-plotly-plot' : 'dash-graph') // keep plotly's own class on its plot
  if (!config.plotlyjs_url) {
    return node.elt.replaceChildren(el('div', 'dash-graph-missing', "dcc.Graph needs 'plotly', a dependency of dash that is not installed on the server: reinstall dash (python -m dash doctor shows how)."))
  }
  const points = keys ? ['extendData', 'prependData'].filter(k => keys.includes(k) && p[k] != null) : []
  const redraw = !keys || keys.some(k => !['extendData', 'prependData'].includes(k))
  const before = p.mathjax === true // a MathJax that fails to load leaves the texts as written
    ? loadMathJax().catch(err => console.error('dash: ' + err.message, err))
    : null
  node.queue = (node.queue || loadPlotly()).then(() => before).then(() => {
    const Plotly = window.Plotly
    if (node.dead) return
    const gd = node.elt
    if (redraw) {
      const f = drawn(p)
      const animate = p.animate && node.bound && keys && keys.includes('figure')
      const opts = Object.assign({ frame: { redraw: false }, transition: { duration: 750, ease: 'cubic-in-out' } }, p.animation_options)
      return Promise.resolve(animate
        ? Plotly.animate(gd, { data: f.data, layout: f.layout }, opts)
        : Plotly.react(gd, { data: f.data, layout: f.layout, frames: f.frames, config: f.cfg })).then(() => bind(node))
    }
  }).then(() => {
    if (!node.dead) return points.reduce((q, k) => q.then(() => addPoints(window.Plotly, node.elt, p[k], k === 'extendData' ? 'extendTraces' : 'prependTraces')), Promise.resolve())
  }).catch(err => console.error('dash: ' + err.message, err))
}, node => node.cleanups.push(() => { if (node.bound) window.Plotly.purge(node.elt) }))

R.define('dash_core_components', 'Graph', graphDef)
})(window.dash_renderer)
