// Host for third-party component suites (dash-bootstrap-components, dash-ag-grid, ...): React components
// rendered inside our DOM tree. Loaded on demand by renderer.js, only when a layout or a callback answer
// contains a component of a registered suite (config.components[ns]['*'], set by the server).
// The server lists React 18.3.1, ReactDOM and PropTypes (vendor/, unmodified npm builds) and the suite's
// own files before this one, so all of them have run when the first suite component is built.
//
// Model: every suite component is one of our nodes (so ids, callbacks and loading work as for html/dcc).
// A suite component whose parent is ours gets a container <div style="display:contents"> and is mounted
// with ReactDOM.createRoot, or, when an ancestor suite component hosts that DOM, as a portal inside it
// (React context such as MantineProvider reaches it). Inside, suite children are React elements; our
// html/dcc children are their DOM elements hosted by a small React component.
;(function (R) {
'use strict'
// Loaded again (its URL then names the suite) when a callback answer registers a suite imported inside the
// callback (`_allow_dynamic_callbacks`): the host is already running, so it only takes on the new namespaces.
if (R.ext.defineSuites) return R.ext.defineSuites()
const { config, renderValue, destroyNode, setProps, isObj, isComponent, stringifyId, ensureLoaded, scheduleFlush } = R.kit
/** The page's suites ({namespaces, children_props}); a callback answer may replace it with a larger one. */
const suites = () => config.suites || { namespaces: {}, children_props: {} }
const React = window.React
const ReactDOM = window.ReactDOM
const h = React.createElement
const DashContext = React.createContext({})

//= The store suites read (loading state) =====
/** Every live node the host knows: suite nodes and the html/dcc nodes directly inside them. */
const hosted = new Set()
const listeners = new Set()
let storeVersion = 0
let stateCache = null

function notify () {
  storeVersion++
  stateCache = null
  listeners.forEach(fn => fn())
}
// A callback starts or ends when the core adds or removes its entry in `inflight` (just before it marks
// its outputs loading or done): the loading state changes then.
const inflight = R.kit.inflight
;['set', 'delete'].forEach(name => {
  const own = inflight[name]
  inflight[name] = function (...args) { const result = own.apply(this, args); notify(); return result }
})

/** [node, prop] for every output of a running server callback (Plotly marks no clientside outputs). */
function runningOutputs () {
  const out = []
  const seen = new Set()
  inflight.forEach(e => {
    if (e.cb.clientside || !e.outNodes) return
    e.outNodes.forEach(n => e.cb.outputs.forEach(d => {
      const key = n.idStr + '.' + d.prop
      if (seen.has(key) || !R.internal.idMatches(d.pid, n.id, e.binding)) return
      seen.add(key)
      out.push([n, d.prop])
    }))
  })
  return out
}

/** Paths of the nodes inside a hosted html/dcc node (its kids, their kids...), Plotly-style. */
function descend (node, path, into) {
  const c = node.props.children
  const at = Array.isArray(c) ? c.map((v, j) => isComponent(v) ? j : -1).filter(j => j >= 0) : null
  node.kids.forEach((kid, i) => {
    if (kid.suite || hosted.has(kid)) return // has its own path
    const rel = at ? ['props', 'children', at[i] != null ? at[i] : i] : ['props', 'children']
    const p = path.concat(rel)
    into.set(kid, p)
    descend(kid, p, into)
  })
}

/** Plotly's `state.loading`: {JSON path: [{path, property, id}]} for the outputs of running callbacks.
 * A node outside every suite tree gets a path of its own that no suite component's path is a prefix of. */
function loadingState () {
  const paths = new Map()
  hosted.forEach(node => { if (!node.suite) descend(node, pathOf(node), paths) })
  const loading = {}
  runningOutputs().forEach(([n, property]) => {
    const path = hosted.has(n) ? pathOf(n) : paths.get(n) || ['components', 'outside', n.idStr]
    const key = JSON.stringify(path)
    ;(loading[key] = loading[key] || []).push({ path, property, id: n.idStr })
  })
  return loading
}

const store = {
  getState () {
    if (!stateCache) stateCache = { loading: loadingState(), config }
    return stateCache
  },
  subscribe (fn) { listeners.add(fn); return () => listeners.delete(fn) },
  dispatch (action) { return action }
}

//= Paths and layout lookups =====
let rootCount = 0

/** Where a node sits, Plotly-style: its root's path, then "props", prop, index... for each level. */
function pathOf (node) {
  const h = node.host
  if (!h) return []
  return h.parent ? pathOf(h.parent).concat(h.rel) : h.rootPath
}

function layoutOf (node) { return { type: node.type, namespace: node.ns, props: node.props } }

function nodeAtPath (path) {
  let best = null
  let bestLen = -1
  hosted.forEach(node => {
    const p = pathOf(node)
    if (p.length > bestLen && p.length <= path.length && p.every((k, i) => k === path[i])) { best = node; bestLen = p.length }
  })
  return best ? { node: best, rest: path.slice(bestLen) } : null
}

function getLayout (pathOrId) {
  if (Array.isArray(pathOrId)) {
    const found = nodeAtPath(pathOrId)
    if (!found) return undefined
    let value = layoutOf(found.node)
    for (const k of found.rest) {
      if (value == null) return undefined
      value = value[k]
    }
    return value
  }
  const idStr = stringifyId(pathOrId)
  const node = R.internal.registry.get(idStr)
  if (!node) throw new TypeError(`No component with the id '${idStr}' is on the page.`)
  return layoutOf(node)
}

//= Rendering =====
/** react-redux-like useSelector over the host's store: re-renders when the selected value changes. */
function useSelector (selector, equal) {
  const same = equal || ((a, b) => a === b)
  const memo = React.useRef(null)
  const read = () => {
    const m = memo.current
    if (m && m.version === storeVersion && m.selector === selector) return m.value
    const value = selector(store.getState())
    const keep = m && same(m.value, value) ? m.value : value
    memo.current = { version: storeVersion, selector, value: keep }
    return keep
  }
  return React.useSyncExternalStore(store.subscribe, read)
}

function contextOf (node) {
  // useLoading/isLoading: the running outputs at the component's own path (or opts.rawPath,
  // componentPath + opts.extraPath), kept by opts.filterFunc(entry) when given.
  const busyAt = (state, opts) => {
    const o = opts || {}
    const path = o.rawPath || pathOf(node).concat(o.extraPath || [])
    const list = state.loading[JSON.stringify(path)] || []
    return (o.filterFunc ? list.filter(o.filterFunc) : list).length > 0
  }
  return {
    componentPath: pathOf(node),
    isLoading: opts => busyAt(store.getState(), opts),
    useLoading: opts => useSelector(state => busyAt(state, opts)),
    useSelector,
    useStore: () => store,
    useDispatch: () => store.dispatch
  }
}

/** Hosts one of our DOM elements (an html/dcc component) inside a React tree; suite components built
 * inside that DOM later are rendered here as portals, so they share the React context above. */
function DomHost ({ node }) {
  const ref = React.useRef(null)
  const [, setTick] = React.useState(0)
  React.useLayoutEffect(() => {
    const box = ref.current
    const elt = node.elt
    hostBoxes.set(box, node)
    node.portals = node.portals || new Set()
    node.rerenderPortals = () => setTick(t => t + 1)
    if (elt) box.appendChild(elt)
    return () => {
      hostBoxes.delete(box)
      node.rerenderPortals = null
      if (elt && elt.parentNode === box) box.removeChild(elt)
    }
  }, [node])
  const portals = [...(node.portals || [])].map(s => ReactDOM.createPortal(h(Wrapper, { node: s }), s.elt, s.idStr || String(s.host.uid)))
  return h(React.Fragment, null, h('div', { ref, style: { display: 'contents' } }), ...portals)
}
/** DOM box -> the hosted html/dcc node it shows (to find the React tree above a new suite root). */
const hostBoxes = new WeakMap()

/** Renders one suite node: looks up window[ns][type], passes props, setProps and children. */
function Wrapper ({ node }) {
  const [, setTick] = React.useState(0)
  React.useLayoutEffect(() => {
    node.host.rerender = () => setTick(t => t + 1)
    return () => { node.host.rerender = null }
  }, [node])
  const ctx = React.useMemo(() => contextOf(node), [node, node.host.version])
  return h(DashContext.Provider, { value: ctx }, renderSuite(node))
}

function ErrorBox (message) { return h('div', { className: 'dash-unsupported' }, message) }

function renderSuite (node) {
  const lib = window[node.ns]
  if (!lib) return ErrorBox(`The component suite '${node.ns}' did not load, so '${node.ns}.${node.type}' cannot be shown.`)
  const Comp = lib[node.type]
  if (!Comp) return ErrorBox(`The component '${node.type}' is not in '${node.ns}' (version mismatch between its Python and JavaScript parts?).`)
  const host = node.host
  const props = {}
  for (const k in node.props) if (k !== 'children') props[k] = k in host.elements ? host.elements[k] : node.props[k]
  if (isObj(props.id)) props.id = stringifyId(props.id)
  props.setProps = host.setProps
  if (Comp.dashRenderType) props.dashRenderType = host.renderType
  const kids = host.elements.children
  if (suites().props_check && Comp.propTypes) checkProps(node, Comp.propTypes, Object.assign({ children: kids }, props))
  if (kids === undefined || (Array.isArray(kids) && !kids.length)) return h(Comp, props)
  return Array.isArray(kids) ? h(Comp, props, ...kids) : h(Comp, props, kids)
}

//= dev_tools_props_check =====
// The server then loads PropTypes' checking build; suites whose validators come from it (dash-ag-grid,
// dash-daq) get each failed check in the error overlay, once per message, as Plotly's dev tools show them.
const PROP_TYPES_SECRET = 'SECRET_DO_NOT_PASS_THIS_OR_YOU_WILL_BE_FIRED' // how PropTypes lets a caller run a validator
const reported = new Set()

function checkProps (node, specs, values) {
  const name = `${node.ns}.${node.type}`
  for (const key in specs) {
    let err = null
    try {
      if (typeof specs[key] === 'function') err = specs[key](values, key, name, 'prop', key, PROP_TYPES_SECRET)
    } catch (thrown) { err = thrown }
    if (!err || !err.message) continue
    const message = err.message + (node.idStr != null ? ` (the component with id '${node.idStr}')` : '')
    if (reported.has(message)) continue
    reported.add(message)
    console.error('dash: ' + message)
    const files = (config.components._dash_renderer || {}).Overlay || []
    Promise.all(files.map(R.kit.loadScript)).then(() => R.ext.showErrorOverlay(`Invalid prop of ${name}`, { message }))
  }
}

/** The props of `node` that may hold components: children plus the first key of each children_props path. */
function componentProps (node) {
  const paths = (suites().children_props[node.ns] || {})[node.type] || []
  const names = new Set(['children'])
  paths.forEach(p => names.add(String(p).split(/[.[{]/)[0]))
  return names
}

/** A prop value with every component in it built as a node and replaced by a React element. */
function toElements (node, value, rel) {
  if (Array.isArray(value)) return value.map((v, i) => toElements(node, v, rel.concat(i)))
  if (isComponent(value)) return buildKid(node, value, rel)
  if (isObj(value)) {
    const out = {}
    for (const k in value) out[k] = toElements(node, value[k], rel.concat(k))
    return out
  }
  return value
}

/** The node a suite create() is being called for, while its parent builds it (see buildKid). */
let building = null

function buildKid (parent, json, rel) {
  const isSuite = json.namespace in suites().namespaces
  if (isSuite) building = { parent, rel }
  const before = parent.kids.length
  renderValue(json, parent, [])
  building = null
  const kid = parent.kids[before]
  if (!kid) return null
  const prop = rel.length > 1 ? rel[1] : 'children'
  parent.host.kidsByProp[prop] = (parent.host.kidsByProp[prop] || []).concat(kid)
  if (!kid.host) { // one of ours: hosted as a DOM element
    kid.host = { parent, rel }
    track(kid)
  }
  const key = kid.idStr != null ? kid.idStr : rel.join(',')
  const common = { key, componentPath: pathOf(kid), _passedComponent: layoutOf(kid), _newRender: true, _dashprivate_error: null }
  return kid.suite ? h(Wrapper, Object.assign({ node: kid }, common)) : h(DomHost, Object.assign({ node: kid }, common))
}

function track (node) {
  hosted.add(node)
  node.cleanups.push(() => { hosted.delete(node); notify() })
}

function buildProps (node, names) {
  const host = node.host
  names.forEach(name => {
    (host.kidsByProp[name] || []).forEach(kid => {
      destroyNode(kid)
      const i = node.kids.indexOf(kid)
      if (i >= 0) node.kids.splice(i, 1)
    })
    host.kidsByProp[name] = []
    if (!(name in node.props)) { delete host.elements[name]; return }
    host.elements[name] = toElements(node, node.props[name], ['props', name])
  })
}

function rerender (node) {
  node.host.version++
  if (node.host.rerender) node.host.rerender()
  const parent = node.host.parent
  if (parent && parent.suite && parent.host.rerender) parent.host.rerender() // dashChildrenUpdate
}

/** After `node` moved under another tree (mount found one around it), the component elements in its props
 * carry their new componentPath (dbc reads the layout of its children by that path), and so on inside. */
function refreshPaths (node) {
  const fix = v => {
    if (Array.isArray(v)) return v.map(fix)
    if (React.isValidElement(v)) {
      const kid = v.props.node
      if (!kid) return v
      if (kid.suite) refreshPaths(kid)
      return React.cloneElement(v, { componentPath: pathOf(kid) })
    }
    if (isObj(v)) {
      const out = {}
      for (const k in v) out[k] = fix(v[k])
      return out
    }
    return v
  }
  for (const k in node.host.elements) node.host.elements[k] = fix(node.host.elements[k])
  node.host.version++
}

/** Mounts a suite node that sits in our DOM: as a portal of the React tree around it, or its own root. */
function mount (node) {
  if (node.dead) return
  if (!node.elt.isConnected) return requestAnimationFrame(() => mount(node))
  let box = node.elt.parentNode
  while (box && !hostBoxes.has(box)) box = box.parentNode
  const around = box && hostBoxes.get(box)
  if (around) {
    node.host.parent = around
    node.host.rel = ['props', 'children', 'portal' + node.host.uid]
    refreshPaths(node) // its children were built under its own root's path
    around.portals.add(node)
    if (around.rerenderPortals) around.rerenderPortals()
    node.cleanups.push(() => { around.portals.delete(node); if (around.rerenderPortals) around.rerenderPortals() })
  } else {
    const root = ReactDOM.createRoot(node.elt)
    root.render(h(Wrapper, { node }))
    node.cleanups.push(() => setTimeout(() => root.unmount(), 0))
  }
  notify()
}

const suiteDef = {
  /** The component's own persistence defaults: `defaultProps` first, then `dashPersistence` (Plotly's
   * order), and its `persistenceTransforms` for 'prop.part' entries of persisted_props. */
  persistence (node) {
    const Comp = (window[node.ns] || {})[node.type]
    if (!Comp) return null
    const d = Comp.defaultProps || {}
    const p = Comp.dashPersistence || {}
    return {
      persisted_props: d.persisted_props || p.persisted_props,
      persistence_type: d.persistence_type || p.persistence_type,
      transforms: Comp.persistenceTransforms
    }
  },
  create (node) {
    const place = building
    building = null
    const uid = ++rootCount
    node.suite = true
    node.host = {
      uid,
      parent: place ? place.parent : null,
      rel: place ? place.rel : null,
      rootPath: ['components', 'root' + uid],
      version: 0,
      renderType: 'parent',
      elements: {},
      kidsByProp: {},
      rerender: null,
      setProps (partial) {
        const changed = {}
        let any = false
        for (const k in partial) {
          if (JSON.stringify(partial[k]) === JSON.stringify(node.props[k])) continue
          changed[k] = partial[k]
          any = true
        }
        if (!any) return
        setProps(node, changed, 'checked') // compared above
        const holders = componentProps(node)
        const rebuilt = Object.keys(changed).filter(k => holders.has(k))
        if (rebuilt.length) buildProps(node, rebuilt)
        node.host.renderType = 'internal'
        rerender(node)
      }
    }
    track(node)
    node.cleanups.push(() => dropExternalsUnder(pathOf(node)))
    buildProps(node, componentProps(node))
    if (place) return null
    const elt = document.createElement('div')
    elt.style.display = 'contents'
    elt.className = 'dash-suite-root'
    node.elt = elt
    Promise.resolve().then(() => mount(node))
    return elt
  },
  update (node, keys) {
    const holders = componentProps(node)
    const rebuilt = keys.filter(k => holders.has(k))
    if (rebuilt.length) buildProps(node, rebuilt)
    node.host.renderType = 'callback'
    rerender(node)
  }
}

//= Navigation =====
// Suites' links push history and announce it; our dcc.Location follows, and NavLinks with `active` listen for
// _dashprivate_historychange, sent on every history change. dcc/Location.js does both once it is loaded.
const historyChanged = e => {
  if (R.kit.syncLocations) e.type === '_dashprivate_pushstate' && R.kit.syncLocations()
  else window.dispatchEvent(new CustomEvent('_dashprivate_historychange'))
}
window.addEventListener('_dashprivate_pushstate', historyChanged)
window.addEventListener('popstate', historyChanged)

//= window.dash_component_api =====
// Plotly's contract: the component joins the layout at `componentPath` when the wrapper mounts (replacing
// what an earlier wrapper left there); a new `component.props` updates it, and callbacks fire for the
// changed props; on unmount it leaves the layout only when `temp` is true. With temp=false (the default) it
// stays: its id keeps its props, callbacks still read and write them, until a wrapper mounts at that path.
const externals = new Map() // JSON(componentPath) -> {owner, element}

/** A suite component left the page: what ExternalWrappers kept inside its layout path leaves with it. */
function dropExternalsUnder (path) {
  const prefix = JSON.stringify(path).slice(0, -1)
  externals.forEach((made, key) => {
    if (!key.startsWith(prefix + ',')) return
    made.owner.kids.forEach(destroyNode)
    externals.delete(key)
  })
}

function placeExternal (key, component, componentPath) {
  const old = externals.get(key)
  if (old) old.owner.kids.forEach(destroyNode)
  const owner = { kids: [], cleanups: [], props: {}, host: { kidsByProp: {}, elements: {} }, suite: true }
  owner.host.rootPath = componentPath
  const made = { owner, element: buildKid(owner, component, []) } // the component sits at componentPath itself
  externals.set(key, made)
  scheduleFlush() // its callbacks run as for any component added to the page
  return made
}

function ExternalWrapper ({ component, componentPath, temp = false }) {
  const path = React.useMemo(() => componentPath || ['components', 'external' + (++rootCount)], [componentPath])
  const key = JSON.stringify(path)
  const [made, setMade] = React.useState(null)
  const latest = React.useRef(component)
  latest.current = component
  React.useLayoutEffect(() => {
    let placed = null
    let gone = false
    ensureLoaded(component).then(() => {
      if (!gone) setMade(placed = placeExternal(key, latest.current, path))
    })
    return () => {
      gone = true
      if (!temp || !placed) return
      placed.owner.kids.forEach(destroyNode)
      if (externals.get(key) === placed) externals.delete(key)
    }
  }, [key])
  const props = component && component.props
  React.useLayoutEffect(() => {
    const node = made && made.owner.kids[0]
    if (!node) return
    if (node.dead || node.type !== component.type || node.ns !== component.namespace) {
      ensureLoaded(component).then(() => setMade(placeExternal(key, latest.current, path)))
      return
    }
    const changed = {}
    for (const k in props) if (JSON.stringify(props[k]) !== JSON.stringify(node.props[k])) changed[k] = props[k]
    if (Object.keys(changed).length) ensureLoaded(changed).then(() => setProps(node, changed, false))
  }, [props])
  return made ? made.element : null
}

window.dash_component_api = Object.assign(window.dash_component_api || {}, {
  ExternalWrapper,
  getLayout,
  stringifyId,
  useDashContext: () => React.useContext(DashContext),
  DashContext,
  devtool: { DevtoolContext: React.createContext({}), useDevtool: () => ({}), useDevtoolMenuButtonClassName: () => '' },
  callbackGraphTime: ''
})

R.ext.defineSuites = () => {
  for (const ns in suites().namespaces) if (!R.internal.components[ns]) R.define(ns, '*', suiteDef)
}
R.ext.defineSuites()
})(window.dash_renderer)
