// The renderer's core, unbuilt: dash/renderer/README.md; its requests: docs/protocol.md.
(function () {
'use strict'

const dashRenderer = window.dash_renderer = { version: '0.1.0' }

//= Config
const config = {
  requests_pathname_prefix: '/',
  debug: false,
  update_title: 'Updating...',
  plotlyjs_url: null,
  components: {}
}

function readConfig () {
  const elt = document.getElementById('_dash-config')
  if (!elt) return
  try { Object.assign(config, JSON.parse(elt.textContent)) } catch (err) { console.error('dash: bad #_dash-config JSON.', err) }
}

//= Utilities
function isObj (v) { return v !== null && typeof v === 'object' && !Array.isArray(v) }
function isComponent (v) { return isObj(v) && typeof v.type === 'string' && isObj(v.props) }

function stringifyId (id) {
  if (!isObj(id)) return String(id)
  return '{' + Object.keys(id).sort().map(k => JSON.stringify(k) + ':' + JSON.stringify(id[k])).join(',') + '}'
}
function sortedId (id) { return isObj(id) ? Object.fromEntries(Object.keys(id).sort().map(k => [k, id[k]])) : id }
function normalizeIdStr (s) {
  if (s[0] === '{') { try { return stringifyId(JSON.parse(s)) } catch (err) {} }
  return s
}
function sameValue (a, b) {
  return a === b || (a != null && b != null && typeof a !== 'object' && typeof b !== 'object' && String(a) === String(b))
}
function sameJson (a, b) { return a === b || JSON.stringify(a) === JSON.stringify(b) }
function el (tag, className, text) {
  const elt = document.createElement(tag)
  if (className) elt.className = className
  if (text != null) elt.textContent = text
  return elt
}

const UNSAFE_URL = /^(?:javascript|data|vbscript):/i
const IMAGE_DATA_URL = /^data:image\/(?:png|gif|jpe?g|webp|bmp|avif);/i
function isSafeUrl (url, allowImageData) {
  const s = String(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  return (allowImageData && IMAGE_DATA_URL.test(s)) || !UNSAFE_URL.test(s)
}

const words = s => new Set(s.split(' '))
const UNITLESS = words('opacity zIndex fontWeight lineHeight flex flexGrow flexShrink order zoom')
function setStyle (elt, style) {
  const old = elt._dashStyle || {}
  const next = isObj(style) ? style : {}
  for (const k in old) if (!(k in next)) writeStyle(elt, k, '')
  for (const k in next) {
    let v = next[k]
    if (v == null) v = ''
    else if (typeof v === 'number' && v !== 0 && !UNITLESS.has(k) && k.slice(0, 2) !== '--') v += 'px'
    writeStyle(elt, k, String(v))
  }
  elt._dashStyle = next
}
function writeStyle (elt, k, v) {
  if (k.slice(0, 2) === '--') elt.style.setProperty(k, v); else elt.style[k] = v
}

const ATTR_NAMES = { className: 'class', htmlFor: 'for' }
const URL_ATTRS = words('href src action formaction data poster cite background xlink:href ping srcset')
const STRING_BOOLS = /^(?:data-|aria-|draggable$|contenteditable$|spellcheck$)/
const NOT_ATTRS = words('children style n_clicks n_clicks_timestamp key loading_state disable_n_clicks setprops ' +
  'dangerouslysetinnerhtml srcdoc') // compared lower-cased

function applyAttr (elt, key, value) {
  const name = ATTR_NAMES[key] || key
  const lower = name.toLowerCase()
  if (NOT_ATTRS.has(lower) || lower.slice(0, 2) === 'on') return
  if (key === 'id' && value != null) value = stringifyId(value)
  if ((key === 'value' || key === 'checked') && key in elt && elt.tagName !== 'OPTION') {
    elt[key] = key === 'checked' ? !!value : (value == null ? '' : String(value))
    return
  }
  if (URL_ATTRS.has(lower) && value != null && value !== false &&
      !isSafeUrl(value, lower === 'src' && /^(?:IMG|SOURCE)$/.test(elt.tagName))) {
    value = lower === 'href' ? '#' : null
  }
  const bool = !STRING_BOOLS.test(lower)
  try {
    if (value == null || (value === false && bool)) elt.removeAttribute(name)
    else elt.setAttribute(name, value === true && bool ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value))
  } catch (err) {
    console.warn(`dash: cannot set the attribute '${name}'.`, err)
  }
}

function textOf (v) {
  if (v == null || typeof v === 'boolean') return ''
  if (Array.isArray(v)) return v.map(textOf).join('')
  if (isComponent(v)) return textOf(v.props.children)
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}

function normalizeOptions (options) {
  if (Array.isArray(options)) {
    return options.map(o => isObj(o) && 'value' in o
      ? { label: o.label == null ? String(o.value) : o.label, value: o.value, disabled: !!o.disabled, title: o.title }
      : { label: String(o), value: o })
  }
  return isObj(options) ? Object.keys(options).map(k => ({ label: options[k], value: k })) : []
}

//= Layout -> DOM
const registry = new Map()
let addedNodes = []
let removedIds = []
const root = { kids: [], props: {}, elt: null }

function buildNode (json) {
  const node = { type: json.type, ns: json.namespace, props: { ...json.props }, kids: [], cleanups: [], loading: 0 }
  node.def = defOf(node.ns, node.type)
  if (node.props.id != null) {
    node.id = node.props.id
    node.idStr = stringifyId(node.id)
    if (registry.has(node.idStr)) console.warn(`dash: duplicate component id '${node.idStr}'; the last one wins.`)
    registry.set(node.idStr, node)
    addedNodes.push(node)
    ext.persist && ext.persist(node)
  }
  node.elt = node.def.create(node)
  return node
}

function destroyNode (node) {
  node.kids.forEach(destroyNode)
  node.kids = []
  node.cleanups.forEach(fn => { try { fn() } catch (err) { console.error(err) } })
  node.dead = true
  if (node.idStr != null && registry.get(node.idStr) === node) {
    registry.delete(node.idStr)
    removedIds.push(node.id)
  }
}

function renderValue (value, node, out) {
  if (value == null || typeof value === 'boolean') return out
  if (Array.isArray(value)) value.forEach(v => renderValue(v, node, out))
  else if (isComponent(value)) {
    const kid = buildNode(value)
    node.kids.push(kid)
    if (kid.elt) out.push(kid.elt)
  } else out.push(document.createTextNode(typeof value === 'object' ? JSON.stringify(value) : String(value)))
  return out
}

function setChildren (node, target) {
  node.kids.forEach(destroyNode)
  node.kids = []
  target.replaceChildren(...renderValue(node.props.children, node, []))
}

function walk (node, fn) {
  fn(node)
  node.kids.forEach(k => walk(k, fn))
}

function setProps (node, props, fromUser, src) {
  if (node.dead) return
  const keys = []
  for (const k in props) {
    if (fromUser === true && sameJson(props[k], node.props[k])) continue
    node.props[k] = props[k]
    keys.push(k)
  }
  if (!keys.length) return
  ext.persist && ext.persist(node, keys, fromUser)
  // a refused prop is reported, stays set, and chained callbacks still run
  if (!fromUser && node.def.update) try { node.def.update(node, keys) } catch (err) { reportApplyError(node, keys, err) }
  notifyChanged(node, keys, src)
}

//= Components (html + dcc)
const TAG_NAMES = { ObjectEl: 'object', MapEl: 'map' }

const htmlDef = {
  create (node) {
    let tag = TAG_NAMES[node.type] || node.type.toLowerCase()
    if (!/^[a-z][a-z0-9-]*$/.test(tag)) tag = 'div'
    if (tag === 'script') { // an html.Script never runs
      node.inert = true
      return el('template')
    }
    const elt = node.elt = el(tag)
    for (const k in node.props) applyAttr(elt, k, node.props[k])
    setStyle(elt, node.props.style)
    setChildren(node, elt)
    if ((node.id != null || 'n_clicks' in node.props) && !node.props.disable_n_clicks) {
      elt.addEventListener('click', () => {
        setProps(node, { n_clicks: (node.props.n_clicks || 0) + 1, n_clicks_timestamp: Date.now() }, true)
      })
    }
    return elt
  },
  update (node, keys) {
    if (node.inert) return
    keys.forEach(k => {
      if (k === 'children') setChildren(node, node.elt)
      else if (k === 'style') setStyle(node.elt, node.props.style)
      else applyAttr(node.elt, k, node.props[k])
    })
  }
}

const unknownDef = {
  create: node => el('div', 'dash-unsupported', `The component '${node.ns}.${node.type}' ` + (failedFiles.has(node.ns + '.' + node.type)
    ? 'could not be loaded; see the browser console.' : 'is not supported by this renderer.'))
}

function widget (tag, sync, setup) {
  return {
    create (node) {
      node.elt = el(tag)
      if (setup) setup(node, node.elt)
      sync(node)
      return node.elt
    },
    update: sync
  }
}

function applyBase (node, baseClass) {
  const { elt, props: p } = node
  applyAttr(elt, 'id', p.id)
  applyAttr(elt, 'title', p.title)
  applyAttr(elt, 'className', [baseClass, p.className].filter(Boolean).join(' ') || null)
  setStyle(elt, p.style)
}

//= Component files
const components = {}
const fileLoads = new Map()
const failedFiles = new Set()
let loadsInFlight = 0

function defOf (ns, type) {
  const defs = components[ns] || {}
  return defs[type] || defs['*'] || (ns === 'dash_html_components' ? htmlDef : unknownDef)
}

function define (ns, type, def) {
  (components[ns] = components[ns] || {})[type] = def
}

function loadScript (url) {
  if (!fileLoads.has(url)) {
    fileLoads.set(url, new Promise((resolve, reject) => {
      const css = /\.css(?:[?#]|$)/.test(url)
      const tag = Object.assign(document.createElement(css ? 'link' : 'script'),
        css ? { rel: 'stylesheet', href: url } : { async: false, src: url }) // scripts run in order
      new URLSearchParams(url.split('#')[1]).forEach((v, k) => tag.setAttribute(k, v))
      tag.addEventListener('load', () => resolve(tag))
      tag.addEventListener('error', () => {
        fileLoads.delete(url)
        reject(new Error(`Could not load '${url}'.`))
      })
      document.head.appendChild(tag)
    }))
  }
  return fileLoads.get(url)
}

function filesOf (ns, type) {
  const files = config.components[ns] || {}
  return files[type] || files['*'] || null
}

function collectFiles (value, wanted) {
  if (Array.isArray(value)) value.forEach(v => collectFiles(v, wanted))
  else if (isObj(value)) {
    if (isComponent(value) && value.props.persistence) wanted.set('P', filesOf('_dash_renderer', 'Persistence'))
    if (isComponent(value) && !(components[value.namespace] || {})[value.type]) {
      const files = filesOf(value.namespace, value.type)
      if (files) wanted.set(value.namespace + '.' + value.type, files)
    }
    for (const k in value) if (value[k] !== null && typeof value[k] === 'object') collectFiles(value[k], wanted)
  }
  return wanted
}

async function ensureLoaded (value) {
  const wanted = collectFiles(value, new Map())
  if (!wanted.size) return
  loadsInFlight++
  await Promise.all([...wanted].map(async ([name, files]) => {
    try {
      await Promise.all(files.map(loadScript))
    } catch (err) {
      failedFiles.add(name)
      console.error(`dash: the component '${name}' cannot be shown: ${err.message}`)
    }
  }))
  loadsInFlight--
}

function setPropsLoaded (node, props) {
  if (!collectFiles(props, new Map()).size) return setProps(node, props, false)
  return ensureLoaded(props).then(() => setProps(node, props, false)).finally(checkIdle)
}

//= Dependency graph
let callbacks = []
const byInputProp = new Map()

// Exact ids only; ext/patterns.js replaces these when a callback uses MATCH, ALL or ALLSMALLER
let idMatches = (pid, id) => stringifyId(pid) === stringifyId(id)
let isMultiPattern = () => false
let hasMatchKey = isMultiPattern
let bindingFrom = () => ({})
let allBindings = () => [{}]
let concreteId = pid => pid
let findNodes = () => []

function parseDep (d) {
  const raw = String(d.property)
  const pid = typeof d.id === 'string' && d.id[0] === '{' ? JSON.parse(d.id) : d.id
  return { pid, prop: raw.split('@')[0], rawProp: raw }
}

function parseCallback (spec, index) {
  const output = String(spec.output || '')
  const outputs = spec.no_output ? [] : (spec.outputs || []).map(parseDep)
  const cb = {
    index,
    output,
    outputs,
    inputs: (spec.inputs || []).map(parseDep),
    state: (spec.state || []).map(parseDep),
    noOutput: !!spec.no_output,
    declaredList: /^\.\..*\.\.$/.test(output) || (!!spec.multi && !(outputs.length === 1 && isMultiPattern(outputs[0].pid))),
    clientside: spec.clientside_function || null,
    preventInitial: spec.prevent_initial_call === true,
    background: spec.background || null,
    running: spec.running || null
  }
  cb.matchPattern = [...cb.outputs, ...cb.inputs].map(d => d.pid).find(hasMatchKey) || null
  return cb
}

function setCallbacks (specs) {
  callbacks = specs.map(parseCallback)
  byInputProp.clear()
  callbacks.forEach(cb => cb.inputs.forEach(d => {
    if (!byInputProp.has(d.prop)) byInputProp.set(d.prop, new Set())
    byInputProp.get(d.prop).add(cb)
  }))
}

function resolveDep (d, binding, withValue, isOutput) {
  const item = (id, node) => {
    const it = { id: sortedId(id), property: isOutput ? d.rawProp : d.prop }
    if (withValue && node && node.props[d.prop] !== undefined) it.value = node.props[d.prop]
    return it
  }
  if (isMultiPattern(d.pid)) {
    const nodes = findNodes(d.pid, binding)
    return { items: nodes.map(n => item(n.id, n)), nodes, many: true }
  }
  const id = concreteId(d.pid, binding)
  if (id === undefined) return null
  const node = registry.get(stringifyId(id)) || null
  return { items: item(id, node), nodes: node ? [node] : [], node, many: false }
}

function resolveCallback (cb, binding) {
  const all = (deps, withValue, isOutput) => deps.map(d => resolveDep(d, binding, withValue, isOutput))
  const r = { inputs: all(cb.inputs, true), state: all(cb.state, true), outputs: all(cb.outputs, false, true) }
  if ([...r.inputs, ...r.state, ...r.outputs].includes(null) || r.inputs.some(x => !x.many && !x.node)) return null
  return cb.outputs.length && !r.outputs.some(x => x.nodes.length) ? null : r
}

function propIdsOf (deps, binding) {
  return deps.flatMap(d => {
    const r = resolveDep(d, binding, false)
    return r ? r.nodes.map(n => n.idStr + '.' + d.prop) : []
  })
}

//= Callback requests
// Plotly's rules: README.md, Scheduling
const pending = new Map()
const inflight = new Map()
const active = new Set()
let flushQueued = false
let started = false
const idleWaiters = []

const keyOf = (cb, b) => cb.index + ':' + stringifyId(b)

function enqueue (cb, binding, changed, group) {
  const key = keyOf(cb, binding)
  const e = pending.get(key) || { key, cb, binding, changed: new Set(), group }
  if (group) e.group = e.group || group
  else e.real = true
  pending.set(key, e)
  changed.forEach(c => e.changed.add(c))
  scheduleFlush()
}

function notifyChanged (node, keys, src) {
  if (node.idStr == null) return
  keys.forEach(prop => (byInputProp.get(prop) || []).forEach(cb => cb.inputs.forEach(d => {
    if (d.prop !== prop || !idMatches(d.pid, node.id, null)) return
    ;(hasMatchKey(d.pid) ? [bindingFrom(d.pid, node.id)] : allBindings(cb)).forEach(b => {
      if (idMatches(d.pid, node.id, b) && keyOf(cb, b) !== src) enqueue(cb, b, [node.idStr + '.' + prop])
    })
  })))
}

function queueLayoutChanges (initial) {
  const added = addedNodes.filter(n => !n.dead)
  const removed = removedIds
  addedNodes = []
  removedIds = []
  const group = { all: new Set(), upd: new Set() }
  callbacks.forEach(cb => {
    added.forEach(n => {
      const out = cb.outputs.find(d => idMatches(d.pid, n.id, null))
      const ins = cb.inputs.filter(d => idMatches(d.pid, n.id, null))
      if (!out && !ins.length) return
      const pid = (out || ins[0]).pid
      const trig = ins.map(d => n.idStr + '.' + d.prop)
      const changed = out || initial ? [] : trig
      ;(hasMatchKey(pid) ? [bindingFrom(pid, n.id)] : allBindings(cb)).forEach(b => {
        if (!cb.preventInitial) return enqueue(cb, b, changed, group)
        const outs = cb.outputs.flatMap(d => (resolveDep(d, b, false) || { nodes: [] }).nodes)
        if (!initial && ins.length && outs.length && !outs.some(o => added.includes(o))) enqueue(cb, b, trig)
      })
    })
    if (removed.length && cb.inputs.some(d => isMultiPattern(d.pid) && removed.some(id => idMatches(d.pid, id, null)))) {
      allBindings(cb).forEach(b => enqueue(cb, b, []))
    }
  })
}

function scheduleFlush () {
  if (flushQueued) return
  flushQueued = true
  Promise.resolve().then(() => {
    flushQueued = false
    queueLayoutChanges(false)
    flush()
  })
}

function reachOf (e, graph) {
  const seen = new Set()
  const todo = propIdsOf(e.cb.outputs, e.binding)
  while (todo.length) {
    const p = todo.pop()
    if (!seen.has(p)) (graph.get(p) || []).forEach(([k, outs]) => k !== e.key && todo.push(...outs), seen.add(p))
  }
  return seen
}

function pageGraph () {
  const graph = new Map()
  callbacks.forEach(cb => allBindings(cb).forEach(b => {
    const inst = [keyOf(cb, b), propIdsOf(cb.outputs, b)]
    propIdsOf(cb.inputs, b).forEach(p => graph.set(p, (graph.get(p) || []).concat([inst])))
  }))
  return graph
}

function flush () {
  pending.forEach(e => { const running = inflight.get(e.key); if (running && running.job) running.abandon = true })
  const others = [...pending.values(), ...inflight.values()]
  const reach = new Map()
  let graph
  const blocked = e => {
    const own = propIdsOf(e.cb.outputs, e.binding)
    const ins = propIdsOf(e.cb.inputs, e.binding).filter(p => !own.includes(p))
    return others.some(o => o.key !== e.key && ins.some(p => (reach.get(o) || reach.set(o, reachOf(o, graph = graph || pageGraph())).get(o)).has(p)))
  }
  let ready = [...pending.values()].filter(e => !(e.cb.background && inflight.has(e.key)) && !blocked(e))
  if (!ready.length && !inflight.size) ready = [...pending.values()] // a cycle: run them anyway
  ready.forEach(e => {
    pending.delete(e.key)
    const g = e.group
    const ins = propIdsOf(e.cb.inputs, e.binding)
    if (g && !e.real && ins.length && !e.cb.inputs.every(d => isMultiPattern(d.pid)) && ins.every(p => g.all.has(p) && !g.upd.has(p))) done(e, [])
    else run(e)
  })
  checkIdle()
}

function done (e, updated, outs) {
  if (!e.group) return
  ;(outs || propIdsOf(e.cb.outputs, e.binding)).forEach(p => e.group.all.add(p))
  updated.forEach(p => e.group.upd.add(p))
}

function checkIdle () {
  if (started && !pending.size && !active.size && !flushQueued && !loadsInFlight) idleWaiters.splice(0).forEach(fn => fn())
}

const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' }
const headers = () => {
  const n = config.csrf_token_name + '='
  const c = document.cookie.split('; ').find(s => s.startsWith(n))
  return c ? { ...JSON_HEADERS, [config.csrf_header_name]: decodeURIComponent(c.slice(n.length)) } : JSON_HEADERS
}

async function run (entry) {
  const r = resolveCallback(entry.cb, entry.binding)
  if (!r) return done(entry, []) || scheduleFlush()
  entry.outNodes = r.outputs.flatMap(o => o.nodes)
  inflight.set(entry.key, entry)
  active.add(entry)
  markLoading(entry, 1)
  setRunning(entry.cb, 'running')
  let result, error
  try {
    if (entry.cb.clientside) await loadExt('Clientside')
    result = await (entry.cb.clientside ? ext.runClientside : postCallback)(entry, r)
    Object.assign(config, result && result.config)
    if (result) await ensureLoaded([result.response, result.sideUpdate])
    if (result && [result.response, result.sideUpdate].some(hasPatch)) await loadExt('Patch')
  } catch (err) { error = err }
  active.delete(entry)
  const newest = inflight.get(entry.key) === entry
  if (newest) inflight.delete(entry.key)
  markLoading(entry, -1)
  if (newest) setRunning(entry.cb, 'runningOff')
  const updated = []
  if (newest && !pending.has(entry.key)) {
    try {
      if (error) throw error
      if (result) updated.push(...applyUpdates(result.response, entry.key), ...applyUpdates(result.sideUpdate, entry.key))
    } catch (err) { reportCallbackError(entry.cb, r, err) }
  }
  done(entry, updated, r.outputs.flatMap((o, i) => o.nodes.map(n => n.idStr + '.' + entry.cb.outputs[i].prop)))
  scheduleFlush()
}

async function postCallback (entry, r) {
  const cb = entry.cb
  const outs = r.outputs.map(o => o.items)
  const body = { output: cb.output }
  if (!cb.noOutput) body.outputs = cb.declaredList ? outs : outs[0]
  body.inputs = r.inputs.map(x => x.items)
  if (cb.state.length) body.state = r.state.map(x => x.items)
  body.changedPropIds = [...entry.changed]
  const first = await postJson(body, ext.jobQuery ? ext.jobQuery(entry) : '')
  if (!first || !first.cacheKey) return first
  await loadExt('Background')
  return ext.pollJob(entry, body, first, postJson)
}

async function postJson (body, query) {
  let res
  try {
    res = await fetch(config.requests_pathname_prefix + '_dash-update-component' + query, {
      method: 'POST', headers: headers(), credentials: 'same-origin', body: JSON.stringify(body)
    })
  } catch (err) {
    throw Object.assign(new Error(`The request failed (${err.message}). Is the server running?`), { status: 0 })
  }
  if (res.status === 204) return null
  const json = await res.json().catch(() => null)
  if (res.ok && json) return json
  const e = Object.assign({}, json, json && json.error)
  throw Object.assign(new Error(e.message || (res.ok
    ? 'The server did not answer with JSON.'
    : `The server answered ${res.status} ${res.statusText}.`)), {
    status: res.status, exception: e.exception || null, traceback: e.traceback || null
  })
}

//= Applying outputs
function applyUpdates (updates, src) {
  const applied = []
  if (!isObj(updates)) return applied
  for (const idStr in updates) {
    const node = registry.get(normalizeIdStr(idStr))
    if (!node) continue
    const props = { ...updates[idStr] }
    try { // each output on its own: one that fails never stops the others
      for (const k in props) if (isPatch(props[k])) props[k] = ext.applyPatch(node.props[k], props[k])
      applied.push(...Object.keys(props).map(k => node.idStr + '.' + k))
      setProps(node, props, false, src)
    } catch (err) { reportApplyError(node, Object.keys(props), err) }
  }
  return applied
}

function setRunning (cb, which) { if (cb.running) ext.applyPropIds(cb.running[which]) }

//= Extensions: files in components.json, loaded on first use
const ext = {}
function loadExt (name) { return Promise.all((filesOf('_dash_renderer', name) || []).map(loadScript)) }
function isPatch (v) { return isObj(v) && v.__dash_patch_update === '__dash_patch_update' }
function hasPatch (u) { return isObj(u) && Object.values(u).some(p => isObj(p) && Object.values(p).some(isPatch)) }

let savedTitle = null
function markLoading (entry, delta) {
  entry.outNodes.forEach(n => {
    n.loading = Math.max(0, n.loading + delta)
    if (!n.elt) return
    if (n.loading) n.elt.setAttribute('data-dash-is-loading', 'true')
    else n.elt.removeAttribute('data-dash-is-loading')
  })
  const busy = active.size > 0
  if (busy && savedTitle === null && config.update_title) {
    savedTitle = document.title
    document.title = config.update_title
  } else if (!busy && savedTitle !== null) {
    if (document.title === config.update_title) document.title = savedTitle
    savedTitle = null
  }
}

//= Events and errors
function triggerEvent (elt, name, detail) {
  return (elt || document).dispatchEvent(new CustomEvent(name, { bubbles: true, detail }))
}

function reportCallbackError (cb, r, err) {
  const targets = r.outputs.flatMap((o, i) => [].concat(o.items).map(it => stringifyId(it.id) + '.' + cb.outputs[i].prop))
  const first = r.outputs.flatMap(o => o.nodes).find(n => n.elt)
  report('Callback error updating ' + (targets.join(', ') || cb.output), err, first && first.elt, cb.output,
    err.traceback || (err.status === undefined && err.stack) || null)
}

function reportApplyError (node, keys, err) {
  report('Error applying ' + keys.map(k => node.idStr + '.' + k).join(', '), err, node.elt, node.idStr + '.' + keys[0], null)
}

function report (title, err, elt, output, traceback) {
  console.error(title + ': ' + err.message + (traceback ? '\n' + traceback : ''))
  triggerEvent(elt || root.elt, 'dash:callbackError',
    { output, title, message: err.message, status: err.status, exception: err.exception || null, traceback })
  if (config.debug) showErrorOverlay(title, err, traceback)
}

function showErrorOverlay (title, err, traceback) {
  loadExt('Overlay').then(() => ext.showErrorOverlay(title, err, traceback))
}

function showLoadError (message) {
  console.error('dash: ' + message)
  root.elt.replaceChildren(el('div', 'dash-load-error', message))
  triggerEvent(root.elt, 'dash:loadError', { message })
  started = true
  checkIdle()
}

//= Initialization
function setupClientside () {
  const dc = window.dash_clientside = window.dash_clientside || {}
  dc.no_update = dc.no_update || { description: 'Return it to leave an output unchanged.' }
  dc.PreventUpdate = dc.PreventUpdate || { description: 'Throw it to update nothing.' }
  dc.set_props = (id, props) => {
    const node = registry.get(stringifyId(id))
    if (node) setPropsLoaded(node, props)
  }
}

async function getJson (route) {
  const res = await fetch(config.requests_pathname_prefix + route, { headers: headers(), credentials: 'same-origin' })
  if (!res.ok) throw new Error(`Loading '${route}' failed: the server answered ${res.status} ${res.statusText}.`)
  return res.json()
}

async function start () {
  readConfig()
  // Plotly's root id; '_dash-app-root' for older index strings
  root.elt = document.getElementById('react-entry-point') || document.getElementById('_dash-app-root')
  if (!root.elt) return console.error("dash: no '#react-entry-point' element on the page; nothing to render.")
  try {
    const [layout, deps] = await Promise.all([getJson('_dash-layout'), getJson('_dash-dependencies')])
    const specs = Array.isArray(deps) ? deps : []
    if (/\[\\?"(?:MATCH|ALL|ALLSMALLER)\\?"\]/.test(JSON.stringify(specs))) {
      await loadExt('Patterns')
      ;({ idMatches, isMultiPattern, hasMatchKey, bindingFrom, allBindings, concreteId, findNodes } = ext.patterns)
    }
    if (specs.some(s => s.running)) await loadExt('Running')
    setCallbacks(specs)
    root.props.children = layout
    await ensureLoaded(layout)
  } catch (err) {
    return showLoadError(err.message)
  }
  setChildren(root, root.elt)
  if (config.debug) (config.validation_warnings || []).forEach(m => showErrorOverlay('ID not found in layout', { message: m }))
  queueLayoutChanges(true)
  started = true
  scheduleFlush()
  triggerEvent(root.elt, 'dash:ready', {})
}

function nodeById (id) {
  const node = registry.get(stringifyId(id))
  if (!node) throw new Error(`No component with id '${stringifyId(id)}' is on the page.`)
  return node
}

Object.assign(dashRenderer, {
  config,
  setProps (id, props) { return setPropsLoaded(nodeById(id), props) },
  getProps (id) { return registry.has(stringifyId(id)) ? { ...nodeById(id).props } : null },
  whenIdle () { return new Promise(resolve => { idleWaiters.push(resolve); checkIdle() }) },
  define,
  ext,
  kit: {
    config, el, applyAttr, applyBase, setStyle, setProps, setChildren, renderValue, destroyNode, walk, textOf,
    normalizeOptions, isObj, isComponent, sameValue, sameJson, isSafeUrl, widget, stringifyId, triggerEvent,
    loadScript, ensureLoaded, applyUpdates,
    inflight, scheduleFlush
  },
  internal: {
    registry, inflight, root, components,
    idMatches: (...a) => idMatches(...a),
    get callbacks () { return callbacks }
  }
})

setupClientside()
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
else start()
})()
