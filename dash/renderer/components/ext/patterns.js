// Pattern-matching ids (MATCH, ALL, ALLSMALLER; docs/protocol.md). The core fetches this file before its first
// render when a callback uses a wildcard, and calls these in place of its exact-id versions.
;(function (R) {
'use strict'
const { isObj, sameJson, stringifyId, walk } = R.kit
const root = R.internal.root

function wildcardOf (v) { return Array.isArray(v) && v.length === 1 && typeof v[0] === 'string' ? v[0] : null }
function hasWildcard (pid, names) { return isObj(pid) && Object.keys(pid).some(k => names.includes(wildcardOf(pid[k]))) }
function isMultiPattern (pid) { return hasWildcard(pid, ['ALL', 'ALLSMALLER']) }
function hasMatchKey (pid) { return hasWildcard(pid, ['MATCH']) }

function idMatches (pid, id, binding) {
  if (!isObj(pid)) return !isObj(id) && String(pid) === String(id)
  if (!isObj(id)) return false
  const keys = Object.keys(pid)
  return keys.length === Object.keys(id).length && keys.every(k => {
    if (!(k in id)) return false
    const w = wildcardOf(pid[k])
    const bound = binding && k in binding
    if (w === 'ALL') return true
    if (w === 'MATCH') return !bound || sameJson(id[k], binding[k])
    if (w === 'ALLSMALLER') return !bound || id[k] < binding[k]
    return sameJson(id[k], pid[k])
  })
}

function bindingFrom (pid, id) {
  const b = {}
  if (isObj(pid)) Object.keys(pid).forEach(k => { if (wildcardOf(pid[k]) === 'MATCH') b[k] = id[k] })
  return b
}

function allBindings (cb) {
  if (!cb.matchPattern) return [{}]
  const seen = new Map()
  findNodes(cb.matchPattern, null).forEach(n => {
    const b = bindingFrom(cb.matchPattern, n.id)
    seen.set(stringifyId(b), b)
  })
  return [...seen.values()]
}

function findNodes (pid, binding) {
  const out = []
  walk(root, n => { if (isObj(n.id) && idMatches(pid, n.id, binding)) out.push(n) })
  return out
}

function concreteId (pid, binding) {
  if (!isObj(pid)) return pid
  const id = {}
  for (const k of Object.keys(pid)) {
    if (wildcardOf(pid[k]) !== 'MATCH') id[k] = pid[k]
    else if (binding && k in binding) id[k] = binding[k]
    else return undefined
  }
  return id
}

R.ext.patterns = { idMatches, isMultiPattern, hasMatchKey, bindingFrom, allBindings, concreteId, findNodes }
})(window.dash_renderer)
