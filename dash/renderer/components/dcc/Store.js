// dcc.Store: data in memory, localStorage or sessionStorage.
;(function (R) {
'use strict'
const { setProps } = R.kit

function storageOf (node) {
  try {
    const t = node.props.storage_type
    return t === 'local' ? window.localStorage : t === 'session' ? window.sessionStorage : null
  } catch (err) {
    return null // storage blocked by the browser: behave like memory
  }
}

function save (node, storage) {
  try {
    storage.setItem(node.idStr, JSON.stringify(node.props.data))
  } catch (err) {
    storage.removeItem(node.idStr) // never leave an older value that would win on the next load
    throw new Error(`the browser's ${node.props.storage_type}Storage refused the data of dcc.Store '${node.idStr}' ` +
      `(${err.name}: ${err.message}); it is kept in memory only, for this page. Store less data, or use storage_type='memory'.`)
  }
}

const stamp = node => Math.max(Date.now(), (node.props.modified_timestamp || 0) + 1)

/** Store: no DOM. A local/session stored value wins over the layout's data. */
const storeDef = {
  create (node) {
    const storage = storageOf(node)
    if (!storage) return null
    const raw = storage.getItem(node.idStr)
    if (raw != null) {
      try { node.props.data = JSON.parse(raw) } catch (err) { console.warn(`dash: ignoring bad stored data for '${node.idStr}'.`) }
    } else if (node.props.data !== undefined) {
      try { save(node, storage) } catch (err) { console.error('dash: ' + err.message) }
    }
    return null
  },
  update (node, keys) {
    const storage = storageOf(node)
    if (keys.includes('clear_data') && node.props.clear_data) {
      node.props.clear_data = false
      if (storage) storage.removeItem(node.idStr)
      setProps(node, { data: null, modified_timestamp: stamp(node) }, true)
    } else if (keys.includes('data')) {
      setProps(node, { modified_timestamp: stamp(node) }, true) // every write: callbacks on it fire
      if (storage) save(node, storage) // throws when full: the core reports it, the data stays in memory
    }
  }
}

R.define('dash_core_components', 'Store', storeDef)
})(window.dash_renderer)
