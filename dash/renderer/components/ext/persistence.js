;(function (R) {
  'use strict'
  // persistence / persisted_props / persistence_type, Plotly's rule: a prop the user changed comes back
  // when the component is built again (reload, or re-rendered by a callback) with the same id, the same
  // `persistence` value and the same original value in the layout. A callback's write is no user edit:
  // it drops the saved value; so does changing `persistence`. Loaded when a component sets persistence.
  const memory = new Map()
  const MEMORY = { getItem: k => memory.has(k) ? memory.get(k) : null, setItem: (k, v) => memory.set(k, v), removeItem: k => memory.delete(k) }
  const DEFAULT_PROPS = { DatePickerSingle: ['date'], DatePickerRange: ['start_date', 'end_date'] }
  const json = v => JSON.stringify(v === undefined ? null : v)
  const active = node => node.idStr != null && node.props.persistence != null && node.props.persistence !== false
  const propsOf = node => [].concat(node.props.persisted_props || DEFAULT_PROPS[node.type] || ['value'])
  const keyOf = (node, prop) => '_dash_persistence.' + node.idStr + '.' + prop
  function storeOf (node) {
    try {
      if (node.props.persistence_type === 'session') return window.sessionStorage
      if (node.props.persistence_type !== 'memory') return window.localStorage
    } catch (err) {} // storage blocked by the browser: this page only
    return MEMORY
  }

  /** persist(node): built (restore); persist(node, keys, fromUser): props changed (record or drop). */
  R.ext.persist = function (node, keys, fromUser) {
    if (node.ns === 'dash_table') return // DataTable persists by itself
    const store = storeOf(node)
    const tag = json(node.props.persistence)
    if (!keys) {
      node.original = {}
      if (!active(node)) return
      propsOf(node).forEach(prop => {
        const original = node.original[prop] = node.props[prop]
        let saved = null
        try { saved = JSON.parse(store.getItem(keyOf(node, prop))) } catch (err) {}
        if (!Array.isArray(saved)) return
        if (saved[2] !== tag || json(saved[0]) !== json(original)) store.removeItem(keyOf(node, prop))
        else node.props[prop] = saved[1]
      })
      return
    }
    if (!node.original) return
    const reset = !fromUser && keys.includes('persistence')
    propsOf(node).forEach(prop => {
      if (!reset && !keys.includes(prop)) return
      const key = keyOf(node, prop)
      if (reset || !fromUser || !active(node)) {
        store.removeItem(key)
        node.original[prop] = node.props[prop]
      } else if (json(node.props[prop]) === json(node.original[prop])) store.removeItem(key)
      else try { store.setItem(key, JSON.stringify([node.original[prop], node.props[prop], tag])) } catch (err) {}
    })
  }
})(window.dash_renderer)
