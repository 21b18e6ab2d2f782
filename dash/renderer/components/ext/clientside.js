;(function (R) {
  'use strict'
  // Clientside callbacks: run window.dash_clientside[namespace][function_name] with the values, and
  // dash_clientside.callback_context in Plotly's shapes. Loaded the first time one runs.
  const { stringifyId } = R.kit

  R.ext.runClientside = async function (entry, r) {
    const { cb } = entry
    const dc = window.dash_clientside
    const { namespace, function_name: name } = cb.clientside
    const fn = (dc[namespace] || {})[name]
    if (typeof fn !== 'function') {
      throw new Error(`The clientside function '${namespace}.${name}' is not defined. ` +
        'Define it in an assets/*.js file, or pass its source to clientside_callback().')
    }
    const valueOf = x => Array.isArray(x.items) ? x.items.map(i => i.value) : x.items.value
    // Plotly's shapes; unset -> null
    const withNull = i => Object.assign({}, i, { value: i.value === undefined ? null : i.value })
    const listOf = list => list.map(x => Array.isArray(x.items) ? x.items.map(withNull) : withNull(x.items))
    const mapOf = list => Object.fromEntries(list.flatMap(x => [].concat(x.items)).map(i => [stringifyId(i.id) + '.' + i.property, withNull(i).value]))
    const inputs = mapOf(r.inputs)
    const changed = [...entry.changed]
    const outs = r.outputs.map(o => o.items)
    const first = changed.length ? changed[0].slice(0, changed[0].lastIndexOf('.')) : null
    dc.callback_context = {
      triggered: changed.map(p => ({ prop_id: p, value: p in inputs ? inputs[p] : null })),
      triggered_id: first === null ? null : first[0] === '{' ? JSON.parse(first) : first,
      inputs,
      states: mapOf(r.state),
      inputs_list: listOf(r.inputs),
      states_list: listOf(r.state),
      outputs_list: cb.noOutput ? [] : cb.declaredList ? outs : outs[0]
    }
    let result
    try { result = await fn(...r.inputs.map(valueOf), ...r.state.map(valueOf)) } catch (err) {
      if (err === dc.PreventUpdate || (err && err.constructor === dc.PreventUpdate)) return null
      throw err
    }
    if (result === dc.no_update) return null
    if (cb.declaredList && !Array.isArray(result)) {
      throw new Error(`The clientside callback for '${cb.output}' must return a list with one value per output.`)
    }
    const values = cb.declaredList ? result : [result]
    const response = {}
    const put = (node, prop, v) => {
      if (v !== dc.no_update && node) (response[node.idStr] = response[node.idStr] || {})[prop] = v
    }
    r.outputs.forEach((o, i) => {
      const v = values[i]
      if (!o.many) put(o.node, cb.outputs[i].prop, v)
      else if (v !== dc.no_update) o.nodes.forEach((n, j) => put(n, cb.outputs[i].prop, Array.isArray(v) ? v[j] : v))
    })
    return { response }
  }
})(window.dash_renderer)
