// dcc.Location, and the navigation dcc.Link and suites' links share (R.kit.navigate, R.kit.syncLocations).
;(function (R) {
'use strict'
const { isSafeUrl, setProps } = R.kit
const locations = new Set()

function locationProps () {
  const l = window.location
  return { pathname: l.pathname, search: l.search, hash: l.hash, href: l.href }
}
function syncLocations () {
  const now = locationProps()
  locations.forEach(node => setProps(node, now, true))
  window.dispatchEvent(new CustomEvent('_dashprivate_historychange'))
}
function navigate (href, refresh) {
  // history.pushState cannot leave the origin: another origin is a full load.
  if (refresh || new URL(href, window.location.href).origin !== window.location.origin) return window.location.assign(href)
  if (href !== window.location.href) window.history.pushState({}, '', href)
  syncLocations()
}
if (!R.kit.navigate) window.addEventListener('popstate', syncLocations)
Object.assign(R.kit, { navigate, syncLocations })

/** Location: no DOM; mirrors window.location; setting pathname, search, hash or href pushes history. */
R.define('dash_core_components', 'Location', {
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
})
})(window.dash_renderer)
