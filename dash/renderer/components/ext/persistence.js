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
  const SAME = { extract: v => v, apply: v => v }
  const extract = (t, v) => v === undefined ? v : t.extract(v)
  const active = node => node.idStr != null && node.props.persistence != null && node.props.persistence !== false
  // A component's own defaults (def.persistence(node): a suite component's `defaultProps`/`dashPersistence`)
  // stand in for persisted_props / persistence_type it was not given.
  const defaults = node => (node.def && node.def.persistence && node.def.persistence(node)) || {}
  const propsOf = node => [].concat(node.props.persisted_props || defaults(node).persisted_props || DEFAULT_PROPS[node.type] || ['value'])
  const keyOf = (node, entry) => '_dash_persistence.' + node.idStr + '.' + entry
  // 'prop' or 'prop.part': the part is what `persistenceTransforms[prop][part]` extracts from the value and
  // applies back to it (Plotly's component contract); without a transform the whole value.
  function partOf (node, entry) {
    const [prop, part] = String(entry).split('.')
    const all = defaults(node).transforms || {}
    const t = part ? (all[prop] || {})[part] : all[prop]
    return { prop, t: t && t.extract && t.apply ? t : SAME }
  }
  function storeOf (node) {
    const type = node.props.persistence_type || defaults(node).persistence_type
    try {
      if (type === 'session') return window.sessionStorage
      if (type !== 'memory') return window.localStorage
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
      propsOf(node).forEach(entry => {
        const { prop, t } = partOf(node, entry)
        const original = node.original[entry] = extract(t, node.props[prop])
        let saved = null
        try { saved = JSON.parse(store.getItem(keyOf(node, entry))) } catch (err) {}
        if (!Array.isArray(saved)) return
        if (saved[2] !== tag || json(saved[0]) !== json(original)) store.removeItem(keyOf(node, entry))
        else node.props[prop] = t.apply(saved[1], node.props[prop])
      })
      return
    }
    if (!node.original) return
    const reset = !fromUser && keys.includes('persistence')
    propsOf(node).forEach(entry => {
      const { prop, t } = partOf(node, entry)
      if (!reset && !keys.includes(prop)) return
      const key = keyOf(node, entry)
      const value = extract(t, node.props[prop])
      if (reset || !fromUser || !active(node)) {
        store.removeItem(key)
        node.original[entry] = value
      } else if (json(value) === json(node.original[entry])) store.removeItem(key)
      else try { store.setItem(key, JSON.stringify([node.original[entry], value, tag])) } catch (err) {}
    })
  }
})(window.dash_renderer)
