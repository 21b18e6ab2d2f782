;(function (R) {
  'use strict'
  // dash.Patch answers: apply the operation list to the current prop value (see dash/_patch.py, whose
  // apply_patch is the reference). Containers on the path are copied, never changed in place.
  const { isObj, sameJson } = R.kit

  function index (c, k, extra) {
    if (Array.isArray(c)) {
      if (typeof k !== 'number') throw new Error(`A list cannot be indexed with ${JSON.stringify(k)}.`)
      const i = k < 0 ? k + c.length : k
      if (i < 0 || i >= c.length + (extra || 0)) throw new Error(`The index ${k} is outside a list of ${c.length} elements.`)
      return i
    }
    if (isObj(c)) return String(k)
    throw new Error(`The location ${JSON.stringify(k)} is inside a ${typeof c}, not a list or object.`)
  }

  const insertAt = (i, n) => i < 0 ? Math.max(0, i + n) : Math.min(i, n) // Python's list.insert
  const LIST = {
    Extend: (l, p) => l.concat(p.value),
    Append: (l, p) => l.concat([p.value]),
    Prepend: (l, p) => [p.value].concat(l),
    Insert: (l, p) => { const r = l.slice(); r.splice(insertAt(p.index, l.length), 0, p.value); return r },
    Remove: (l, p) => l.filter(x => !sameJson(x, p.value)),
    Reverse: l => l.slice().reverse()
  }
  const NUMBER = { Add: (a, b) => a + b, Sub: (a, b) => a - b, Mul: (a, b) => a * b, Div: (a, b) => a / b }

  function update (name, cur, p) {
    if (LIST[name]) {
      const l = cur == null ? [] : cur
      if (!Array.isArray(l)) throw new Error(`${name} needs a list, but the value there is ${JSON.stringify(l)}.`)
      return LIST[name](l, p)
    }
    if (name === 'Merge') {
      if (cur != null && !isObj(cur)) throw new Error(`Merge needs an object, but the value there is ${JSON.stringify(cur)}.`)
      return Object.assign({}, cur, p.value)
    }
    if (name === 'Clear') return Array.isArray(cur) ? [] : isObj(cur) ? {} : typeof cur === 'string' ? '' : null
    if (!NUMBER[name]) throw new Error(`Unknown patch operation '${name}'.`)
    const r = NUMBER[name](cur == null ? 0 : cur, p.value)
    if (typeof r === 'number' && !isFinite(r)) throw new Error(`${name} of ${JSON.stringify(p.value)} to ${JSON.stringify(cur)} failed.`)
    return r
  }

  function applyOne (root, op) {
    const loc = ['v'].concat(op.location)
    const p = op.params || {}
    let parent = root
    for (const key of loc.slice(0, -1)) {
      const k = index(parent, key)
      const child = parent[k]
      parent[k] = Array.isArray(child) ? child.slice() : isObj(child) ? Object.assign({}, child) : Array.isArray(parent) ? child : {}
      parent = parent[k]
    }
    const last = loc[loc.length - 1]
    if (op.operation === 'Delete') {
      if (Array.isArray(parent)) parent.splice(index(parent, last), 1)
      else if (isObj(parent)) delete parent[String(last)]
      return
    }
    const k = index(parent, last)
    parent[k] = op.operation === 'Assign' ? p.value : update(op.operation, parent[k], p)
  }

  /** The value after every operation of `patch`; `value` itself is not changed. Throws on a misfit. */
  R.ext.applyPatch = function (value, patch) {
    const root = { v: value }
    patch.operations.forEach(op => applyOne(root, op))
    return root.v
  }
})(window.dash_renderer)
