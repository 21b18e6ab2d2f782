// Props set as {"id.prop": value} maps: a callback's `running` outputs while it runs (fetched before the first
// render when a callback has them) and background jobs' progress (listed before ext/background.js).
;(function (R) {
'use strict'
R.ext.applyPropIds = function (map) {
  const updates = {}
  for (const pid in map) {
    const i = pid.lastIndexOf('.')
    ;(updates[pid.slice(0, i)] = updates[pid.slice(0, i)] || {})[pid.slice(i + 1)] = map[pid]
  }
  R.kit.applyUpdates(updates)
}
})(window.dash_renderer)
