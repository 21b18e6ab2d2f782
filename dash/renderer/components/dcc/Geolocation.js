// dcc.Geolocation: no DOM; asks the browser for its position on load and when update_now is set.
;(function (R) {
'use strict'
const { setProps } = R.kit

function locate (node) {
  const p = node.props
  if (!navigator.geolocation) {
    return setProps(node, { update_now: false, position_error: { code: 0, message: 'This browser cannot report its location.' } }, true)
  }
  navigator.geolocation.getCurrentPosition(pos => {
    const c = pos.coords
    setProps(node, {
      update_now: false,
      position: { lat: c.latitude, lon: c.longitude, accuracy: c.accuracy, alt: c.altitude, alt_accuracy: c.altitudeAccuracy, heading: c.heading, speed: c.speed },
      timestamp: pos.timestamp,
      local_date: new Date(pos.timestamp).toLocaleString(),
      position_error: null
    }, true)
  }, err => {
    if (p.show_alert) window.alert('ERROR(' + err.code + '): ' + err.message)
    setProps(node, { update_now: false, position_error: { code: err.code, message: err.message } }, true)
  }, {
    enableHighAccuracy: !!p.high_accuracy,
    maximumAge: p.maximum_age || 0,
    timeout: p.timeout == null ? Infinity : p.timeout
  })
}

R.define('dash_core_components', 'Geolocation', {
  create (node) {
    setTimeout(() => locate(node))
    return null
  },
  update (node, keys) { if (keys.includes('update_now') && node.props.update_now) locate(node) }
})
})(window.dash_renderer)
