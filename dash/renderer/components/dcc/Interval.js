// dcc.Interval.
;(function (R) {
'use strict'
const { setProps } = R.kit

function restartInterval (node) {
  clearInterval(node.timer)
  node.timer = setInterval(() => {
    const p = node.props
    const n = p.n_intervals || 0
    if (p.disabled || (p.max_intervals != null && p.max_intervals >= 0 && n >= p.max_intervals)) return
    setProps(node, { n_intervals: n + 1 }, false)
  }, Math.max(1, node.props.interval == null ? 1000 : node.props.interval))
}

/** Interval: n_intervals grows every `interval` ms; stopped when removed from the page. */
const intervalDef = {
  create (node) {
    restartInterval(node)
    node.cleanups.push(() => clearInterval(node.timer))
    return null
  },
  update (node, keys) {
    if (keys.some(k => /^(?:interval|disabled|max_intervals)$/.test(k))) restartInterval(node)
  }
}

R.define('dash_core_components', 'Interval', intervalDef)
})(window.dash_renderer)
