// dcc.Location.
;(function (R) {
'use strict'
const { isSafeUrl, navigate, locations, locationProps } = R.kit

/** Location: no DOM; mirrors window.location; setting pathname, search, hash or href pushes history. */
const locationDef = {
  create (node) {
    Object.assign(node.props, locationProps())
    locations.add(node)
    node.cleanups.push(() => locations.delete(node))
    return null
  },
  update (node, keys) {
    const p = node.props
    const href = keys.includes('href') && p.href ? p.href
      : keys.some(k => /^(?:pathname|search|hash)$/.test(k)) ? (p.pathname || window.location.pathname) + (p.search || '') + (p.hash || '') : ''
    if (!href) return
    if (!isSafeUrl(href)) return console.error(`dash: refusing to navigate to the unsafe URL '${href}'.`)
    navigate(new URL(href, window.location.href).href, p.refresh === true)
  }
}

R.define('dash_core_components', 'Location', locationDef)
})(window.dash_renderer)
