// The browser side of our Dash-compatible framework: one dependency-free file, shipped unbuilt.
// It reads the JSON config tag, fetches the layout and the callback list, renders the component tree
// with plain DOM calls and runs callbacks as described in docs/protocol.md.
(function () {
  'use strict'

  /** The public object, bound in Initialization. */
  const dashRenderer = {
    version: '0.1.0',
    /** @type {typeof config} */
    config: null,
    /** Set props of a component by id, like a callback output would. */
    setProps: null,
    /** A copy of the props of a component by id, or null. */
    getProps: null,
    /** A promise resolved once no callback is queued or running. */
    whenIdle: null,
    /** Internals, exposed for tests only: not a stable API. */
    internal: null
  }
  window.dash_renderer = dashRenderer

  //= ==================================================================
  // Config
  //= ==================================================================
  const config = {
    /** Prefix of every route; always ends in '/'. @default '/' */
    requests_pathname_prefix: '/',
    /** @default null */
    url_base_pathname: null,
    /** Show the on-page error overlay for failed callbacks. @default false */
    debug: false,
    /** @default false */
    suppress_callback_exceptions: false,
    /** document.title while any callback runs; null or '' leaves the title alone. @default 'Updating...' */
    update_title: 'Updating...',
    /** URL of plotly.js, or null when the plotly package is not installed. @default null */
    plotlyjs_url: null,
    /** @default null */
    dash_version: null
  }

  function readConfig () {
    const elt = document.getElementById('_dash-config')
    if (!elt) return
    try {
      Object.assign(config, JSON.parse(elt.textContent))
    } catch (err) {
      console.error('dash: the #_dash-config script does not hold valid JSON; using defaults.', err)
    }
  }

  //= ==================================================================
  // Utilities
  //= ==================================================================
  function isObj (v) { return v !== null && typeof v === 'object' && !Array.isArray(v) }
  function isComponent (v) { return isObj(v) && typeof v.type === 'string' && isObj(v.props) }

  /** Dict ids become compact, sorted-key JSON; string ids stay as they are. */
  function stringifyId (id) {
    if (!isObj(id)) return String(id)
    return '{' + Object.keys(id).sort().map(k => JSON.stringify(k) + ':' + JSON.stringify(id[k])).join(',') + '}'
  }
  function sortedId (id) {
    if (!isObj(id)) return id
    const out = {}
    Object.keys(id).sort().forEach(k => { out[k] = id[k] })
    return out
  }
  function normalizeIdStr (s) {
    if (s[0] === '{') { try { return stringifyId(JSON.parse(s)) } catch (err) {} }
    return s
  }
  function propIdOf (id, prop) { return stringifyId(id) + '.' + prop }
  function sameValue (a, b) {
    return a === b || (a != null && b != null && typeof a !== 'object' && typeof b !== 'object' && String(a) === String(b))
  }
  function el (tag, className, text) {
    const elt = document.createElement(tag)
    if (className) elt.className = className
    if (text != null) elt.textContent = text
    return elt
  }

  const UNSAFE_URL = /^(?:javascript|data|vbscript):/i
  const IMAGE_DATA_URL = /^data:image\/(?:png|gif|jpe?g|webp|bmp|avif);/i
  /** False for javascript:, data: and vbscript: URLs, whatever the case, spaces or control characters. */
  function isSafeUrl (url, allowImageData) {
    const s = String(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    if (allowImageData && IMAGE_DATA_URL.test(s)) return true
    return !UNSAFE_URL.test(s)
  }

  const UNITLESS = new Set(['opacity', 'zIndex', 'fontWeight', 'lineHeight', 'flex', 'flexGrow', 'flexShrink',
    'order', 'zoom', 'columnCount', 'fillOpacity', 'strokeOpacity', 'strokeWidth', 'gridRow', 'gridColumn',
    'tabSize', 'orphans', 'widows', 'aspectRatio'])
  /** Styles go through the CSSOM only (never the style attribute), so a strict CSP keeps working. */
  function setStyle (elt, style) {
    const old = elt._dashStyle || {}
    const next = isObj(style) ? style : {}
    for (const k in old) { if (!(k in next)) writeStyle(elt, k, '') }
    for (const k in next) {
      let v = next[k]
      if (v == null) v = ''
      else if (typeof v === 'number' && v !== 0 && !UNITLESS.has(k) && k.slice(0, 2) !== '--') v = v + 'px'
      writeStyle(elt, k, String(v))
    }
    elt._dashStyle = next
  }
  function writeStyle (elt, k, v) {
    if (k.slice(0, 2) === '--') elt.style.setProperty(k, v)
    else elt.style[k] = v
  }

  const ATTR_NAMES = { className: 'class', htmlFor: 'for' }
  const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'cite', 'background',
    'xlink:href', 'ping', 'codebase', 'srcset', 'manifest', 'longdesc', 'usemap'])
  const STRING_BOOLS = /^(?:data-|aria-|draggable$|contenteditable$|spellcheck$)/
  const NOT_ATTRS = new Set(['children', 'style', 'n_clicks', 'n_clicks_timestamp', 'key', 'loading_state',
    'disable_n_clicks', 'setProps', 'dangerouslySetInnerHTML', 'srcDoc', 'srcdoc'])

  /** Writes one prop as a DOM attribute, dropping event handlers and unsafe URLs. */
  function applyAttr (elt, key, value) {
    if (NOT_ATTRS.has(key)) return
    const name = ATTR_NAMES[key] || key
    const lower = name.toLowerCase()
    if (lower.slice(0, 2) === 'on') return
    if (key === 'id' && value != null) value = stringifyId(value)
    if ((key === 'value' || key === 'checked') && key in elt && elt.tagName !== 'OPTION') {
      elt[key] = key === 'checked' ? !!value : (value == null ? '' : String(value))
      return
    }
    if (URL_ATTRS.has(lower) && value != null && value !== false &&
        !isSafeUrl(value, lower === 'src' && /^(?:IMG|SOURCE)$/.test(elt.tagName))) {
      value = lower === 'href' ? '#' : null
    }
    try {
      if (value == null || (value === false && !STRING_BOOLS.test(lower))) elt.removeAttribute(name)
      else if (value === true && !STRING_BOOLS.test(lower)) elt.setAttribute(name, '')
      else if (typeof value === 'object') elt.setAttribute(name, JSON.stringify(value))
      else elt.setAttribute(name, String(value))
    } catch (err) {
      console.warn(`dash: cannot set the attribute '${name}'.`, err)
    }
  }
  function applyAttrs (elt, props, keys) {
    keys.forEach(k => { if (k in props) applyAttr(elt, k, props[k]) })
  }

  /** Plain text of a label that may be a string, a number or a component. */
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
    if (isObj(options)) return Object.keys(options).map(k => ({ label: options[k], value: k }))
    return []
  }

  //= ==================================================================
  // Layout -> DOM
  //= ==================================================================
  /** id string -> node. A node is one rendered component: {type, ns, props, id, idStr, elt, kids, def}. */
  const registry = new Map()
  /** Nodes with an id built or destroyed since the last scheduling pass. */
  let addedNodes = []
  let removedIds = []
  const root = { kids: [], props: {}, elt: null }

  function buildNode (json, parent) {
    const node = { type: json.type, ns: json.namespace, props: Object.assign({}, json.props), parent, kids: [], cleanups: [], loading: 0 }
    node.def = (components[node.ns] || {})[node.type] || (node.ns === 'dash_html_components' ? htmlDef : unknownDef)
    if (node.props.id != null) {
      node.id = node.props.id
      node.idStr = stringifyId(node.id)
      if (registry.has(node.idStr)) console.warn(`dash: duplicate component id '${node.idStr}'; the last one wins.`)
      registry.set(node.idStr, node)
      addedNodes.push(node)
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

  /** Renders a children value (string, number, component, list) into DOM nodes; components become kids. */
  function renderValue (value, node, out) {
    if (value == null || typeof value === 'boolean') return out
    if (Array.isArray(value)) {
      value.forEach(v => renderValue(v, node, out))
    } else if (isComponent(value)) {
      const kid = buildNode(value, node)
      node.kids.push(kid)
      if (kid.elt) out.push(kid.elt)
    } else {
      out.push(document.createTextNode(typeof value === 'object' ? JSON.stringify(value) : String(value)))
    }
    return out
  }

  function setChildren (node, target) {
    node.kids.forEach(destroyNode)
    node.kids = []
    target.replaceChildren(...renderValue(node.props.children, node, []))
  }

  /** Calls fn on every node of the tree, in document order. */
  function walk (node, fn) {
    fn(node)
    node.kids.forEach(k => walk(k, fn))
  }

  /** Props changed by a callback or by the user: update the DOM (unless fromUser) and trigger callbacks. */
  function setProps (node, props, fromUser) {
    if (node.dead) return
    const keys = []
    for (const k in props) {
      if (fromUser && props[k] === node.props[k]) continue
      node.props[k] = props[k]
      keys.push(k)
    }
    if (!keys.length) return
    if (!fromUser && node.def.update) node.def.update(node, keys)
    notifyChanged(node, keys)
  }

  //= ==================================================================
  // Components (html + dcc)
  //= ==================================================================
  const TAG_NAMES = { ObjectEl: 'object', MapEl: 'map' }

  const htmlDef = {
    create (node) {
      let tag = TAG_NAMES[node.type] || node.type.toLowerCase()
      if (!/^[a-z][a-z0-9-]*$/.test(tag)) tag = 'div'
      if (tag === 'script') { // an html.Script never runs: keep it inert
        const elt = el('template')
        elt.setAttribute('data-dash-type', 'Script')
        return elt
      }
      const elt = document.createElement(tag)
      for (const k in node.props) applyAttr(elt, k, node.props[k])
      setStyle(elt, node.props.style)
      node.elt = elt
      setChildren(node, elt)
      if ((node.id != null || 'n_clicks' in node.props) && !node.props.disable_n_clicks) {
        elt.addEventListener('click', () => {
          setProps(node, { n_clicks: (node.props.n_clicks || 0) + 1, n_clicks_timestamp: Date.now() }, true)
        })
      }
      return elt
    },
    update (node, keys) {
      if (node.elt.tagName === 'TEMPLATE') return
      keys.forEach(k => {
        if (k === 'children') setChildren(node, node.elt)
        else if (k === 'style') setStyle(node.elt, node.props.style)
        else applyAttr(node.elt, k, node.props[k])
      })
    }
  }

  const unknownDef = {
    create (node) {
      const msg = `The component '${node.ns}.${node.type}' is not supported by this renderer.`
      console.warn('dash: ' + msg)
      const elt = el('div', 'dash-unsupported', msg)
      if (node.idStr != null) elt.id = node.idStr
      return elt
    }
  }

  /** id, class (base class first), style and title, shared by dcc components. */
  function applyBase (node, elt, baseClass) {
    const p = node.props
    applyAttr(elt, 'id', p.id)
    applyAttr(elt, 'title', p.title)
    const cls = [baseClass, p.className].filter(Boolean).join(' ')
    if (cls) elt.className = cls
    else elt.removeAttribute('class')
    setStyle(elt, p.style)
  }

  const NUMBER_TYPES = new Set(['number', 'range'])
  function readInput (elt, type) {
    if (!NUMBER_TYPES.has(type)) return elt.value
    if (elt.value === '') return null
    const n = Number(elt.value)
    return isNaN(n) ? null : n
  }
  const INPUT_ATTRS = ['placeholder', 'disabled', 'min', 'max', 'step', 'maxLength', 'minLength', 'pattern',
    'readOnly', 'required', 'size', 'list', 'name', 'inputMode', 'autoComplete', 'autoFocus', 'spellCheck',
    'rows', 'cols', 'wrap', 'accessKey', 'tabIndex', 'multiple', 'accept']

  function syncTextInput (node) {
    const elt = node.elt
    const p = node.props
    applyBase(node, elt)
    applyAttrs(elt, p, INPUT_ATTRS)
    if (elt.tagName === 'INPUT') elt.type = p.type || 'text'
    const v = p.value == null ? '' : String(p.value)
    if (elt.value !== v && !(NUMBER_TYPES.has(p.type) && sameValue(readInput(elt, p.type), p.value))) elt.value = v
  }

  /** Input and Textarea: value as you type (or on blur/Enter with debounce), n_submit, n_blur. */
  function textInputDef (tag) {
    return {
      create (node) {
        const elt = el(tag)
        node.elt = elt
        let timer = null
        const commit = extra => {
          clearTimeout(timer)
          setProps(node, Object.assign({ value: readInput(elt, node.props.type) }, extra), true)
        }
        elt.addEventListener('input', () => {
          const d = node.props.debounce
          if (d === true) return
          if (typeof d === 'number' && d > 0) {
            clearTimeout(timer)
            timer = setTimeout(commit, d * 1000)
          } else commit()
        })
        if (tag === 'input') {
          elt.addEventListener('keydown', e => {
            if (e.key === 'Enter' && !e.isComposing) commit({ n_submit: (node.props.n_submit || 0) + 1, n_submit_timestamp: Date.now() })
          })
        }
        elt.addEventListener('blur', () => commit({ n_blur: (node.props.n_blur || 0) + 1, n_blur_timestamp: Date.now() }))
        node.cleanups.push(() => clearTimeout(timer))
        syncTextInput(node)
        return elt
      },
      update: syncTextInput
    }
  }

  function syncDropdown (node) {
    const p = node.props
    const elt = node.elt
    const multi = !!p.multi
    applyBase(node, elt, 'dash-dropdown')
    elt.multiple = multi
    elt.disabled = !!p.disabled
    const opts = node.opts = normalizeOptions(p.options)
    const values = multi ? (Array.isArray(p.value) ? p.value : p.value == null ? [] : [p.value]) : [p.value]
    const items = []
    if (!multi && (p.clearable !== false || p.value == null)) {
      const empty = el('option', null, p.placeholder == null ? '' : String(p.placeholder))
      empty.value = ''
      if (p.clearable === false) empty.disabled = true
      items.push(empty)
    }
    let anySelected = false
    opts.forEach((o, i) => {
      const opt = el('option', null, textOf(o.label))
      opt.value = String(i)
      opt.disabled = !!o.disabled
      if (o.title != null) opt.title = String(o.title)
      opt.selected = values.some(v => v != null && sameValue(v, o.value))
      anySelected = anySelected || opt.selected
      items.push(opt)
    })
    elt.replaceChildren(...items)
    if (!multi && !anySelected) elt.selectedIndex = items.length && items[0].value === '' ? 0 : -1
  }

  /** A native <select>: single or multi. Option values are indexes so value types survive. */
  const dropdownDef = {
    create (node) {
      const elt = node.elt = el('select')
      elt.addEventListener('change', () => {
        const opts = node.opts
        const value = node.props.multi
          ? Array.from(elt.selectedOptions).filter(o => o.value !== '').map(o => opts[+o.value].value)
          : (elt.value === '' ? null : opts[+elt.value].value)
        setProps(node, { value }, true)
      })
      syncDropdown(node)
      return elt
    },
    update: syncDropdown
  }

  function sliderBounds (p) {
    const marks = isObj(p.marks) ? Object.keys(p.marks).map(Number).filter(n => !isNaN(n)) : []
    const min = p.min != null ? p.min : marks.length ? Math.min(...marks) : 0
    const max = p.max != null ? p.max : marks.length ? Math.max(...marks) : 10
    return { min, max }
  }

  function syncSlider (node) {
    const p = node.props
    const range = node.type === 'RangeSlider'
    const { min, max } = sliderBounds(p)
    applyBase(node, node.elt, range ? 'dash-slider dash-range-slider' : 'dash-slider')
    let values = range ? (Array.isArray(p.value) ? p.value : [min, max]) : [p.value == null ? min : p.value]
    while (node.inputs.length > values.length) node.inputs.pop().remove()
    while (node.inputs.length < values.length) {
      const input = el('input')
      input.type = 'range'
      const idx = node.inputs.length
      const commit = mode => {
        const nums = node.inputs.map(i => Number(i.value))
        if (range && mode !== 'drag') nums.sort((a, b) => a - b)
        const value = range ? nums : nums[idx]
        const updatemode = node.props.updatemode || 'mouseup'
        const props = { drag_value: value }
        if (mode === 'change' || updatemode === 'drag') props.value = value
        setProps(node, props, true)
        if (range && mode === 'change') syncSlider(node)
      }
      input.addEventListener('input', () => commit('drag'))
      input.addEventListener('change', () => commit('change'))
      node.inputs.push(input)
      node.track.appendChild(input)
    }
    values = values.slice()
    node.inputs.forEach((input, i) => {
      input.min = String(min)
      input.max = String(max)
      input.step = p.step === null ? 'any' : String(p.step == null ? 1 : p.step)
      input.disabled = !!p.disabled
      if (values[i] != null && Number(input.value) !== values[i]) input.value = String(values[i])
    })
    const marks = []
    if (isObj(p.marks) && max > min) {
      for (const k in p.marks) {
        const m = p.marks[k]
        const span = el('span', 'dash-slider-mark', textOf(isObj(m) && !isComponent(m) ? m.label : m))
        if (isObj(m) && isObj(m.style)) setStyle(span, m.style)
        span.style.left = ((Number(k) - min) / (max - min) * 100) + '%'
        marks.push(span)
      }
    }
    node.marks.replaceChildren(...marks)
  }

  /** Slider and RangeSlider: <input type=range> (one per handle) with marks as labels. */
  const sliderDef = {
    create (node) {
      const elt = node.elt = el('div')
      node.track = el('div', 'dash-slider-track')
      node.marks = el('div', 'dash-slider-marks')
      node.inputs = []
      elt.append(node.track, node.marks)
      syncSlider(node)
      return elt
    },
    update: syncSlider
  }

  let radioCount = 0
  function syncChoices (node) {
    const p = node.props
    const multi = node.type === 'Checklist'
    applyBase(node, node.elt, (multi ? 'dash-checklist' : 'dash-radioitems') + (p.inline ? ' dash-inline' : ''))
    node.kids.forEach(destroyNode)
    node.kids = []
    const opts = normalizeOptions(p.options)
    const values = multi ? (Array.isArray(p.value) ? p.value : []) : [p.value]
    const labels = opts.map(o => {
      const label = el('label', p.labelClassName)
      setStyle(label, p.labelStyle)
      const input = el('input', p.inputClassName)
      setStyle(input, p.inputStyle)
      input.type = multi ? 'checkbox' : 'radio'
      if (!multi) input.name = node.radioName
      input.checked = values.some(v => v != null && sameValue(v, o.value))
      input.disabled = !!(o.disabled || p.disabled)
      input.addEventListener('change', () => {
        const value = multi
          ? opts.filter((_, i) => node.elt.querySelectorAll('input')[i].checked).map(x => x.value)
          : o.value
        setProps(node, { value }, true)
      })
      label.append(input, ...renderValue(o.label, node, []))
      return label
    })
    node.elt.replaceChildren(...labels)
  }

  /** Checklist and RadioItems: label-wrapped checkboxes or radios. */
  const choicesDef = {
    create (node) {
      node.elt = el('div')
      node.radioName = 'dash-radio-' + (++radioCount)
      syncChoices(node)
      return node.elt
    },
    update: syncChoices
  }

  function storageOf (node) {
    try {
      const t = node.props.storage_type
      return t === 'local' ? window.localStorage : t === 'session' ? window.sessionStorage : null
    } catch (err) {
      return null
    }
  }

  /** Store: no DOM. A local/session stored value wins over the layout's data. */
  const storeDef = {
    create (node) {
      const storage = storageOf(node)
      if (!storage || node.idStr == null) return null
      const raw = storage.getItem(node.idStr)
      if (raw != null) {
        try { node.props.data = JSON.parse(raw) } catch (err) { console.warn(`dash: ignoring bad stored data for '${node.idStr}'.`) }
      } else if (node.props.data !== undefined) {
        storage.setItem(node.idStr, JSON.stringify(node.props.data))
      }
      if (storage === window.localStorage) {
        const onStorage = e => {
          if (e.storageArea !== storage || e.key !== node.idStr) return
          try { setProps(node, { data: e.newValue == null ? null : JSON.parse(e.newValue) }, true) } catch (err) {}
        }
        window.addEventListener('storage', onStorage)
        node.cleanups.push(() => window.removeEventListener('storage', onStorage))
      }
      return null
    },
    update (node, keys) {
      const storage = storageOf(node)
      if (keys.includes('clear_data') && node.props.clear_data) {
        node.props.clear_data = false
        if (storage) storage.removeItem(node.idStr)
        setProps(node, { data: null }, true)
        return
      }
      if (keys.includes('data')) {
        node.props.modified_timestamp = Date.now()
        if (storage) storage.setItem(node.idStr, JSON.stringify(node.props.data))
      }
    }
  }

  function restartInterval (node) {
    clearInterval(node.timer)
    const p = node.props
    node.timer = setInterval(() => {
      const n = node.props.n_intervals || 0
      const max = node.props.max_intervals
      if (node.props.disabled || (max != null && max >= 0 && n >= max)) return
      setProps(node, { n_intervals: n + 1 }, false)
    }, p.interval == null ? 1000 : Math.max(1, p.interval))
  }

  /** Interval: n_intervals grows every `interval` ms; stopped when removed from the page. */
  const intervalDef = {
    create (node) {
      restartInterval(node)
      node.cleanups.push(() => clearInterval(node.timer))
      return null
    },
    update (node, keys) {
      if (keys.some(k => k === 'interval' || k === 'disabled' || k === 'max_intervals')) restartInterval(node)
    }
  }

  const locations = new Set()
  function locationProps () {
    const l = window.location
    return { pathname: l.pathname, search: l.search, hash: l.hash, href: l.href }
  }
  /** Brings every dcc.Location in line with window.location, firing callbacks for props that changed. */
  function syncLocations () {
    const now = locationProps()
    locations.forEach(node => setProps(node, now, true))
  }
  function navigate (href, refresh) {
    if (refresh) {
      window.location.assign(href)
      return
    }
    if (href !== window.location.href) window.history.pushState({}, '', href)
    syncLocations()
  }

  /** Location: no DOM; mirrors window.location; setting pathname etc. pushes history. */
  const locationDef = {
    create (node) {
      Object.assign(node.props, locationProps())
      locations.add(node)
      node.cleanups.push(() => locations.delete(node))
      return null
    },
    update (node, keys) {
      const p = node.props
      let href
      if (keys.includes('href') && p.href) href = p.href
      else if (keys.some(k => k === 'pathname' || k === 'search' || k === 'hash')) {
        href = (p.pathname || window.location.pathname) + (p.search || '') + (p.hash || '')
      } else return
      if (!isSafeUrl(href)) return console.error(`dash: refusing to navigate to the unsafe URL '${href}'.`)
      navigate(new URL(href, window.location.href).href, p.refresh === true)
    }
  }

  function syncLink (node) {
    const p = node.props
    applyBase(node, node.elt)
    applyAttr(node.elt, 'href', p.href)
    applyAttr(node.elt, 'target', p.target)
    setChildren(node, node.elt)
  }

  /** Link: an <a> that navigates with pushState (no reload unless refresh=true). */
  const linkDef = {
    create (node) {
      const elt = node.elt = el('a')
      elt.addEventListener('click', e => {
        const p = node.props
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
        if (p.target && p.target !== '_self') return
        if (!p.href || !isSafeUrl(p.href)) return
        const url = new URL(p.href, window.location.href)
        if (url.origin !== window.location.origin) return
        e.preventDefault()
        navigate(url.href, p.refresh === true)
      })
      syncLink(node)
      return elt
    },
    update: syncLink
  }

  function syncMarkdown (node) {
    const p = node.props
    applyBase(node, node.elt, 'dash-markdown')
    let text = Array.isArray(p.children) ? p.children.map(textOf).join('\n') : textOf(p.children)
    if (p.dedent !== false) text = dedent(text)
    node.elt.replaceChildren()
    markdownInto(node.elt, text, { allowHtml: p.dangerously_allow_html === true, linkTarget: p.link_target })
  }
  const markdownDef = {
    create (node) {
      node.elt = el('div')
      syncMarkdown(node)
      return node.elt
    },
    update: syncMarkdown
  }

  let plotlyPromise = null
  function loadPlotly () {
    if (window.Plotly) return Promise.resolve(window.Plotly)
    if (!plotlyPromise) {
      plotlyPromise = new Promise((resolve, reject) => {
        const s = document.createElement('script')
        s.src = config.plotlyjs_url
        s.addEventListener('load', () => resolve(window.Plotly))
        s.addEventListener('error', () => {
          plotlyPromise = null
          reject(new Error(`Could not load plotly.js from '${config.plotlyjs_url}'.`))
        })
        document.head.appendChild(s)
      })
    }
    return plotlyPromise
  }

  const POINT_KEYS = ['curveNumber', 'pointNumber', 'pointNumbers', 'pointIndex', 'x', 'y', 'z', 'text',
    'hovertext', 'customdata', 'lat', 'lon', 'location', 'label', 'value', 'percent', 'id', 'bbox', 'marker.color']
  function eventPoints (e) {
    if (!e) return null
    const out = {
      points: (e.points || []).map(pt => {
        const o = {}
        POINT_KEYS.forEach(k => { if (pt[k] !== undefined && typeof pt[k] !== 'function') o[k] = pt[k] })
        return o
      })
    }
    if (e.range) out.range = e.range
    if (e.lassoPoints) out.lassoPoints = e.lassoPoints
    return out
  }

  function drawGraph (node) {
    const p = node.props
    applyBase(node, node.elt, 'dash-graph')
    if (!config.plotlyjs_url) {
      node.elt.replaceChildren(el('div', 'dash-graph-missing',
        "dcc.Graph needs the 'plotly' Python package: pip install plotly"))
      return
    }
    loadPlotly().then(Plotly => {
      if (node.dead) return
      const fig = isObj(p.figure) ? p.figure : {}
      const result = Plotly.react(node.elt, fig.data || [], fig.layout || {}, Object.assign({}, p.config))
      return Promise.resolve(result).then(() => bindGraphEvents(node))
    }).catch(err => console.error('dash: ' + err.message, err))
  }
  function bindGraphEvents (node) {
    const gd = node.elt
    if (node.bound || typeof gd.on !== 'function') return
    node.bound = true
    const set = props => setProps(node, props, true)
    gd.on('plotly_click', e => set({ clickData: eventPoints(e) }))
    gd.on('plotly_hover', e => set({ hoverData: eventPoints(e) }))
    gd.on('plotly_unhover', () => { if (node.props.clear_on_unhover) set({ hoverData: null }) })
    gd.on('plotly_selected', e => set({ selectedData: eventPoints(e) }))
    gd.on('plotly_deselect', () => set({ selectedData: null }))
    gd.on('plotly_relayout', e => set({ relayoutData: e }))
  }

  /** Graph: plotly.js loaded once, lazily; a visible message when plotly is not installed. */
  const graphDef = {
    create (node) {
      node.elt = el('div')
      node.cleanups.push(() => { if (window.Plotly && node.bound) window.Plotly.purge(node.elt) })
      drawGraph(node)
      return node.elt
    },
    update (node, keys) {
      if (keys.some(k => k === 'figure' || k === 'config' || k === 'style' || k === 'className')) drawGraph(node)
    }
  }

  const components = {
    dash_core_components: {
      Input: textInputDef('input'),
      Textarea: textInputDef('textarea'),
      Dropdown: dropdownDef,
      Slider: sliderDef,
      RangeSlider: sliderDef,
      Checklist: choicesDef,
      RadioItems: choicesDef,
      Store: storeDef,
      Interval: intervalDef,
      Location: locationDef,
      Link: linkDef,
      Markdown: markdownDef,
      Graph: graphDef
    }
  }

  //= ==================================================================
  // Markdown -> DOM (our own small converter; no innerHTML unless dangerously_allow_html)
  //= ==================================================================
  const MD = {
    fence: /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/,
    heading: /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/,
    hr: /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/,
    quote: /^ {0,3}> ?/,
    list: /^( {0,3})([-*+]|\d{1,9}[.)])(?:[ \t]+(.*)|$)/,
    code: /^(?: {4}|\t)/,
    html: /^ {0,3}<\/?[a-zA-Z!]/,
    setext: /^ {0,3}(=+|-+)[ \t]*$/
  }

  function dedent (text) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n')
    let min = Infinity
    lines.forEach(l => { if (l.trim()) min = Math.min(min, /^[ \t]*/.exec(l)[0].length) })
    return min === Infinity ? text : lines.map(l => l.slice(min)).join('\n')
  }

  function markdownInto (target, text, opts) {
    const o = { allowHtml: opts.allowHtml, linkTarget: opts.linkTarget, raw: [] }
    renderBlocks(text.replace(/\r\n?/g, '\n').split('\n'), target, o)
    if (o.raw.length) { // dangerously_allow_html: the documented opt-in, raw HTML goes in as written
      target.innerHTML = target.innerHTML.replace(/<!--dash-raw:(\d+)-->/g, (_, n) => o.raw[+n])
    }
    return target
  }

  function startsBlock (line, o) {
    return MD.fence.test(line) || MD.heading.test(line) || MD.hr.test(line) || MD.quote.test(line) ||
      MD.list.test(line) || (o.allowHtml && MD.html.test(line))
  }

  function renderBlocks (lines, parent, o) {
    let i = 0
    while (i < lines.length) {
      const line = lines[i]
      let m
      if (!line.trim()) {
        i++
      } else if ((m = MD.fence.exec(line))) {
        const body = []
        i++
        while (i < lines.length && !lines[i].trim().startsWith(m[1])) body.push(lines[i++])
        i++
        const code = el('code', m[2] ? 'language-' + m[2] : null, body.join('\n'))
        parent.appendChild(el('pre')).appendChild(code)
      } else if ((m = MD.heading.exec(line))) {
        renderInline(m[2] || '', parent.appendChild(el('h' + m[1].length)), o)
        i++
      } else if (MD.hr.test(line)) {
        parent.appendChild(el('hr'))
        i++
      } else if (MD.quote.test(line)) {
        const body = []
        while (i < lines.length && lines[i].trim() && (MD.quote.test(lines[i]) || !startsBlock(lines[i], o))) {
          body.push(lines[i++].replace(MD.quote, ''))
        }
        renderBlocks(body, parent.appendChild(el('blockquote')), o)
      } else if (MD.list.test(line)) {
        i = renderList(lines, i, parent, o)
      } else if (MD.code.test(line)) {
        const body = []
        while (i < lines.length && (MD.code.test(lines[i]) || !lines[i].trim())) body.push(lines[i++].replace(MD.code, ''))
        while (body.length && !body[body.length - 1].trim()) body.pop()
        parent.appendChild(el('pre')).appendChild(el('code', null, body.join('\n')))
      } else if (o.allowHtml && MD.html.test(line)) {
        const body = []
        while (i < lines.length && lines[i].trim()) body.push(lines[i++])
        o.raw.push(body.join('\n'))
        parent.appendChild(document.createComment('dash-raw:' + (o.raw.length - 1)))
      } else {
        const body = [line.trim()]
        i++
        let tag = 'p'
        while (i < lines.length && lines[i].trim()) {
          if ((m = MD.setext.exec(lines[i]))) {
            tag = m[1][0] === '=' ? 'h1' : 'h2'
            i++
            break
          }
          if (startsBlock(lines[i], o)) break
          body.push(lines[i++].replace(/^[ \t]+/, ''))
        }
        renderInline(body.join('\n'), parent.appendChild(el(tag)), o)
      }
    }
  }

  function renderList (lines, i, parent, o) {
    const first = MD.list.exec(lines[i])
    const ordered = /\d/.test(first[2])
    const list = parent.appendChild(el(ordered ? 'ol' : 'ul'))
    if (ordered && parseInt(first[2], 10) !== 1) list.start = parseInt(first[2], 10)
    let tight = true
    const items = []
    while (i < lines.length) {
      const m = MD.list.exec(lines[i])
      if (!m || /\d/.test(m[2]) !== ordered || MD.hr.test(lines[i])) break
      const indent = m[1].length + m[2].length + 1
      const item = [m[3] || '']
      i++
      while (i < lines.length) {
        const l = lines[i]
        const lead = /^ */.exec(l)[0].length
        if (!l.trim()) item.push('')
        else if (lead >= indent || (lead > m[1].length && MD.list.test(l))) item.push(l.slice(Math.min(lead, indent)))
        else if (item[item.length - 1] !== '' && !startsBlock(l, o)) item.push(l)
        else break
        i++
      }
      let blanks = 0
      while (item.length > 1 && item[item.length - 1] === '') { item.pop(); blanks++ }
      if (item.includes('') || (blanks && i < lines.length && MD.list.test(lines[i]))) tight = false
      items.push(item)
    }
    items.forEach(item => {
      const li = list.appendChild(el('li'))
      renderBlocks(item, li, o)
      if (tight) {
        Array.from(li.children).forEach(c => { if (c.tagName === 'P') c.replaceWith(...c.childNodes) })
      }
    })
    return i
  }

  const MD_INLINE = {
    escape: /^\\([\\`*_{}[\]()#+\-.!~<>|"'])/,
    code: /^(`+)([\s\S]*?[^`])\1(?!`)/,
    link: /^!?\[((?:\[[^\]]*\]|\\.|[^[\]\\])*)\]\(\s*<?([^\s<>()]*(?:\([^\s()]*\)[^\s<>()]*)*)>?(?:\s+("[^"]*"|'[^']*'))?\s*\)/,
    autolink: /^<((?:https?|mailto|ftp):[^\s<>]*)>/i,
    html: /^(?:<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->)/,
    strong: /^(?:\*\*(?=\S)([\s\S]*?\S)\*\*(?!\*)|__(?=\S)([\s\S]*?\S)__(?!\w))/,
    em: /^(?:\*(?=[^\s*])([\s\S]*?[^\s*])\*(?!\*)|_(?=[^\s_])([\s\S]*?[^\s_])_(?!\w))/,
    del: /^~~(?=\S)([\s\S]*?\S)~~/,
    br: /^(?: {2,}|\\)\n/
  }

  function renderInline (text, parent, o) {
    let buf = ''
    const add = node => {
      if (buf) parent.appendChild(document.createTextNode(buf))
      buf = ''
      return parent.appendChild(node)
    }
    let i = 0
    while (i < text.length) {
      const c = text[i]
      const rest = text.slice(i)
      const prevWord = i > 0 && /\w/.test(text[i - 1])
      let m
      if (c === '\\' && (m = MD_INLINE.escape.exec(rest))) {
        buf += m[1]
      } else if (c === '`' && (m = MD_INLINE.code.exec(rest))) {
        let code = m[2].replace(/\n/g, ' ')
        if (/^ .* $/.test(code)) code = code.slice(1, -1)
        add(el('code', null, code))
      } else if ((c === '[' || (c === '!' && text[i + 1] === '[')) && (m = MD_INLINE.link.exec(rest))) {
        const title = m[3] && m[3].slice(1, -1)
        if (c === '!') {
          if (isSafeUrl(m[2], true)) {
            const img = add(el('img'))
            img.src = m[2]
            img.alt = m[1]
            if (title) img.title = title
          } else buf += m[1]
        } else {
          const a = add(el('a'))
          if (isSafeUrl(m[2])) a.href = m[2]
          if (title) a.title = title
          if (o.linkTarget) {
            a.target = o.linkTarget
            a.rel = 'noopener noreferrer'
          }
          renderInline(m[1], a, o)
        }
      } else if (c === '<' && (m = MD_INLINE.autolink.exec(rest))) {
        const a = add(el('a', null, m[1]))
        a.href = m[1]
      } else if (c === '<' && o.allowHtml && (m = MD_INLINE.html.exec(rest))) {
        o.raw.push(m[0])
        add(document.createComment('dash-raw:' + (o.raw.length - 1)))
      } else if ((c === '*' || (c === '_' && !prevWord)) && (m = MD_INLINE.strong.exec(rest))) {
        renderInline(m[1] || m[2], add(el('strong')), o)
      } else if ((c === '*' || (c === '_' && !prevWord)) && (m = MD_INLINE.em.exec(rest))) {
        renderInline(m[1] || m[2], add(el('em')), o)
      } else if (c === '~' && (m = MD_INLINE.del.exec(rest))) {
        renderInline(m[1], add(el('del')), o)
      } else if ((c === ' ' || c === '\\') && (m = MD_INLINE.br.exec(rest))) {
        add(el('br'))
      } else {
        buf += c
        i++
        continue
      }
      i += m[0].length
    }
    if (buf) parent.appendChild(document.createTextNode(buf))
  }

  //= ==================================================================
  // Dependency graph
  //= ==================================================================
  /** Parsed callbacks: {index, output, outputs, inputs, state, declaredList, clientside, preventInitial, hasMatch}. */
  let callbacks = []
  /** input property name -> callbacks with an input on that property. */
  const byInputProp = new Map()

  function wildcardOf (v) { return Array.isArray(v) && v.length === 1 && typeof v[0] === 'string' ? v[0] : null }
  function isMultiPattern (pid) {
    return isObj(pid) && Object.keys(pid).some(k => { const w = wildcardOf(pid[k]); return w === 'ALL' || w === 'ALLSMALLER' })
  }
  function hasMatchKey (pid) { return isObj(pid) && Object.keys(pid).some(k => wildcardOf(pid[k]) === 'MATCH') }

  function parseDep (d, suffix) {
    const raw = String(d.property)
    const at = raw.indexOf('@')
    const pid = typeof d.id === 'string' && d.id[0] === '{' ? JSON.parse(d.id) : d.id
    return { pid, prop: at < 0 ? raw : raw.slice(0, at), rawProp: at < 0 && suffix ? raw + suffix : raw }
  }

  /** Parts of Plotly's output key: "..a.x...b.y.." -> ["a.x", "b.y"]. */
  function outputKeyParts (key) {
    return /^\.\..*\.\.$/.test(key) ? key.slice(2, -2).split('...') : [key]
  }

  function parseCallback (spec, index) {
    const key = String(spec.output || '')
    const parts = outputKeyParts(key)
    let outputs = []
    if (Array.isArray(spec.outputs)) {
      outputs = spec.outputs.map((d, i) => {
        const dup = /@[0-9a-f]+$/.exec(parts[i] || '')
        return parseDep(d, dup && dup[0])
      })
    } else if (!spec.no_output) {
      outputs = parts.map(p => {
        const dot = p.lastIndexOf('.')
        return parseDep({ id: p.slice(0, dot), property: p.slice(dot + 1) })
      })
    }
    if (spec.no_output) outputs = []
    const inputs = (spec.inputs || []).map(d => parseDep(d))
    const state = (spec.state || []).map(d => parseDep(d))
    const cb = {
      index,
      output: key,
      outputs,
      inputs,
      state,
      noOutput: !!spec.no_output,
      declaredList: /^\.\..*\.\.$/.test(key) || (!!spec.multi && !(outputs.length === 1 && isMultiPattern(outputs[0].pid))),
      clientside: spec.clientside_function || null,
      preventInitial: spec.prevent_initial_call === true
    }
    cb.matchPattern = [...outputs, ...inputs].map(d => d.pid).find(hasMatchKey) || null
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

  /** Does a concrete id fit a dependency id? binding holds the MATCH values of one callback instance. */
  function idMatches (pid, id, binding) {
    if (!isObj(pid)) return !isObj(id) && String(pid) === String(id)
    if (!isObj(id)) return false
    const keys = Object.keys(pid)
    if (keys.length !== Object.keys(id).length) return false
    return keys.every(k => {
      if (!(k in id)) return false
      const w = wildcardOf(pid[k])
      if (w === 'ALL') return true
      if (w === 'MATCH') return !binding || !(k in binding) || sameJson(id[k], binding[k])
      if (w === 'ALLSMALLER') return !binding || !(k in binding) || id[k] < binding[k]
      return sameJson(id[k], pid[k])
    })
  }
  function sameJson (a, b) { return a === b || JSON.stringify(a) === JSON.stringify(b) }

  function bindingFrom (pid, id) {
    const b = {}
    if (isObj(pid)) Object.keys(pid).forEach(k => { if (wildcardOf(pid[k]) === 'MATCH') b[k] = id[k] })
    return b
  }

  /** Every MATCH binding present in the page for a callback ({} for callbacks without MATCH). */
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
    walk(root, n => { if (n !== root && isObj(n.id) && idMatches(pid, n.id, binding)) out.push(n) })
    return out
  }

  /** The concrete id of a non-ALL dependency, or undefined when a MATCH key has no binding. */
  function concreteId (pid, binding) {
    if (!isObj(pid)) return pid
    const id = {}
    for (const k of Object.keys(pid)) {
      if (wildcardOf(pid[k]) === 'MATCH') {
        if (!binding || !(k in binding)) return undefined
        id[k] = binding[k]
      } else id[k] = pid[k]
    }
    return id
  }

  /** Resolves one dependency: {items, nodes} where items is one {id, property[, value]} or a list of them. */
  function resolveDep (d, binding, withValue, outputProp) {
    const item = (id, node) => {
      const it = { id: sortedId(id), property: outputProp ? d.rawProp : d.prop }
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

  /** Everything one callback instance needs to run, or null when its inputs are not on the page. */
  function resolveCallback (cb, binding) {
    const inputs = []
    const state = []
    const outputs = []
    for (const d of cb.inputs) {
      const r = resolveDep(d, binding, true)
      if (!r || (!r.many && !r.node)) return null
      inputs.push(r)
    }
    for (const d of cb.state) {
      const r = resolveDep(d, binding, true)
      if (!r) return null
      state.push(r)
    }
    let present = 0
    for (const d of cb.outputs) {
      const r = resolveDep(d, binding, false, true)
      if (!r) return null
      present += r.nodes.length
      outputs.push(r)
    }
    if (cb.outputs.length && !present) return null
    return { inputs, state, outputs }
  }

  /** "id.prop" strings of the components a list of dependencies points at, for one binding. */
  function propIdsOf (deps, binding) {
    const out = []
    deps.forEach(d => {
      const r = resolveDep(d, binding, false)
      if (r) r.nodes.forEach(n => out.push(n.idStr + '.' + d.prop))
    })
    return out
  }

  //= ==================================================================
  // Callback requests
  //= ==================================================================
  /** key -> {key, cb, binding, changed: Set}: instances waiting to run. */
  const pending = new Map()
  /** key -> entry: instances with a request (or clientside call) under way. */
  const inflight = new Map()
  let flushQueued = false
  let idleWaiters = []

  function instanceKey (cb, binding) { return cb.index + ':' + stringifyId(binding) }

  function enqueue (cb, binding, changed) {
    const key = instanceKey(cb, binding)
    let entry = pending.get(key)
    if (!entry) {
      entry = { key, cb, binding, changed: new Set() }
      pending.set(key, entry)
    }
    changed.forEach(c => entry.changed.add(c))
    scheduleFlush()
  }

  /** A user or callback changed props of a node: queue every callback with one of them as input. */
  function notifyChanged (node, keys) {
    if (node.idStr == null) return
    keys.forEach(prop => {
      const cbs = byInputProp.get(prop)
      if (!cbs) return
      const changed = [node.idStr + '.' + prop]
      cbs.forEach(cb => cb.inputs.forEach(d => {
        if (d.prop !== prop || !idMatches(d.pid, node.id, null)) return
        const bindings = hasMatchKey(d.pid) ? [bindingFrom(d.pid, node.id)] : allBindings(cb)
        bindings.forEach(b => { if (idMatches(d.pid, node.id, b)) enqueue(cb, b, changed) })
      }))
    })
    scheduleFlush()
  }

  /** New components get their own initial calls; added or removed ones re-run ALL callbacks over them. */
  function queueLayoutChanges (initial) {
    const added = addedNodes.filter(n => !n.dead)
    const removed = removedIds
    addedNodes = []
    removedIds = []
    if (!added.length && !removed.length) return
    callbacks.forEach(cb => {
      if (cb.preventInitial) return
      added.forEach(n => {
        const out = cb.outputs.find(d => idMatches(d.pid, n.id, null))
        const inputs = cb.inputs.filter(d => idMatches(d.pid, n.id, null))
        if (!out && !inputs.length) return
        const pid = (out || inputs[0]).pid
        const bindings = hasMatchKey(pid) ? [bindingFrom(pid, n.id)] : allBindings(cb)
        const changed = out || initial ? [] : inputs.map(d => n.idStr + '.' + d.prop)
        bindings.forEach(b => enqueue(cb, b, changed))
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

  /** Starts every queued instance whose inputs are not outputs of another queued or running one. */
  function flush () {
    const writers = new Map()
    const note = entry => propIdsOf(entry.cb.outputs, entry.binding).forEach(p => {
      if (!writers.has(p)) writers.set(p, new Set())
      writers.get(p).add(entry.key)
    })
    pending.forEach(note)
    inflight.forEach(note)
    let ready = []
    pending.forEach(e => {
      if (inflight.has(e.key)) return
      const waits = propIdsOf(e.cb.inputs, e.binding).some(p => { const w = writers.get(p); return w && [...w].some(k => k !== e.key) })
      if (!waits) ready.push(e)
    })
    if (!ready.length && !inflight.size) ready = [...pending.values()] // a cycle: run them anyway
    ready.forEach(e => {
      pending.delete(e.key)
      run(e)
    })
    checkIdle()
  }

  let started = false
  function checkIdle () {
    if (!started || pending.size || inflight.size || flushQueued) return
    const waiters = idleWaiters
    idleWaiters = []
    waiters.forEach(fn => fn())
  }

  function jsonHeaders () {
    const headers = { Accept: 'application/json', 'Content-Type': 'application/json' }
    if (config.csrf_token_name) {
      const m = document.cookie.split('; ').find(c => c.startsWith(config.csrf_token_name + '='))
      if (m) headers[config.csrf_header_name || 'X-CSRFToken'] = decodeURIComponent(m.slice(config.csrf_token_name.length + 1))
    }
    return headers
  }

  async function run (entry) {
    const { cb, binding } = entry
    const r = resolveCallback(cb, binding)
    if (!r) return checkIdle()
    entry.outNodes = r.outputs.flatMap(o => o.nodes)
    inflight.set(entry.key, entry)
    markLoading(entry, 1)
    let result = null
    let error = null
    try {
      result = cb.clientside ? await runClientside(entry, r) : await postCallback(entry, r)
    } catch (err) {
      error = err
    }
    inflight.delete(entry.key)
    markLoading(entry, -1)
    if (pending.has(entry.key)) {
      // inputs changed while this ran: the newer call is queued, this answer is stale
    } else if (error) {
      reportCallbackError(cb, r, error)
    } else if (result) {
      applyUpdates(result.response)
      applyUpdates(result.sideUpdate)
    }
    scheduleFlush()
  }

  async function postCallback (entry, r) {
    const { cb } = entry
    const outs = r.outputs.map(o => o.items)
    const body = { output: cb.output }
    if (!cb.noOutput) body.outputs = cb.declaredList ? outs : outs[0]
    body.inputs = r.inputs.map(x => x.items)
    if (cb.state.length) body.state = r.state.map(x => x.items)
    body.changedPropIds = [...entry.changed]
    let res
    try {
      res = await fetch(config.requests_pathname_prefix + '_dash-update-component', {
        method: 'POST', headers: jsonHeaders(), credentials: 'same-origin', body: JSON.stringify(body)
      })
    } catch (err) {
      throw Object.assign(new Error(`The request failed: ${err.message}. Is the server running?`), { status: 0 })
    }
    if (res.status === 204) return null
    const text = await res.text()
    let json = null
    try { json = text ? JSON.parse(text) : null } catch (err) {}
    if (!res.ok || !json) {
      const e = (json && json.error) || {}
      const msg = e.message || (res.ok ? 'The server answered with something that is not JSON.' : `The server answered ${res.status} ${res.statusText}.`)
      throw Object.assign(new Error(msg), {
        status: res.status,
        exception: e.exception || (json && json.exception) || null,
        traceback: e.traceback || (json && json.traceback) || null,
        body: json || text
      })
    }
    return json
  }

  async function runClientside (entry, r) {
    const { cb } = entry
    const dc = window.dash_clientside
    const ns = dc[cb.clientside.namespace]
    const fn = ns && ns[cb.clientside.function_name]
    if (typeof fn !== 'function') {
      throw new Error(`The clientside function '${cb.clientside.namespace}.${cb.clientside.function_name}' is not defined. ` +
        'Define it in a script in the assets folder, or pass its source to clientside_callback().')
    }
    const valueOf = x => Array.isArray(x.items) ? x.items.map(i => i.value) : x.items.value
    const mapOf = list => {
      const out = {}
      list.forEach(x => [].concat(x.items).forEach(i => { out[propIdOf(i.id, i.property)] = i.value }))
      return out
    }
    const triggered = [...entry.changed].map(p => {
      const dot = p.lastIndexOf('.')
      const node = registry.get(p.slice(0, dot))
      return { prop_id: p, value: node ? node.props[p.slice(dot + 1)] : undefined }
    })
    const first = triggered.length ? registry.get(triggered[0].prop_id.slice(0, triggered[0].prop_id.lastIndexOf('.'))) : null
    dc.callback_context = {
      triggered,
      triggered_id: first ? first.id : null,
      inputs: mapOf(r.inputs),
      states: mapOf(r.state),
      inputs_list: r.inputs.map(x => x.items),
      states_list: r.state.map(x => x.items),
      outputs_list: r.outputs.map(x => x.items)
    }
    let result
    try {
      result = await fn(...r.inputs.map(valueOf), ...r.state.map(valueOf))
    } catch (err) {
      if (err === dc.PreventUpdate || (err && err.constructor === dc.PreventUpdate)) return null
      throw err
    }
    if (result === dc.no_update) return null
    const values = cb.declaredList ? result : [result]
    if (cb.declaredList && !Array.isArray(result)) {
      throw new Error(`The clientside callback for '${cb.output}' must return a list with one value per output.`)
    }
    const response = {}
    const put = (node, prop, v) => {
      if (v === dc.no_update || !node) return
      response[node.idStr] = response[node.idStr] || {}
      response[node.idStr][prop] = v
    }
    r.outputs.forEach((o, i) => {
      const prop = cb.outputs[i].prop
      if (o.many) {
        if (values[i] === dc.no_update) return
        o.nodes.forEach((n, j) => put(n, prop, Array.isArray(values[i]) ? values[i][j] : values[i]))
      } else put(o.node, prop, values[i])
    })
    return { response }
  }

  //= ==================================================================
  // Applying outputs
  //= ==================================================================
  function applyUpdates (updates) {
    if (!isObj(updates)) return
    for (const idStr in updates) {
      const node = registry.get(normalizeIdStr(idStr))
      if (!node) continue
      const props = Object.assign({}, updates[idStr])
      for (const k in props) {
        if (isObj(props[k]) && props[k].__dash_patch_update) props[k] = applyPatch(node.props[k], props[k].operations || [])
      }
      setProps(node, props, false)
    }
  }

  function clone (v) { return v == null ? v : JSON.parse(JSON.stringify(v)) }

  /** Applies the operations of a Patch() answer to a copy of the current value. */
  function applyPatch (value, ops) {
    const top = { v: clone(value) }
    ops.forEach(op => {
      const path = ['v', ...(op.location || [])]
      const key = path.pop()
      let parent = top
      path.forEach(k => {
        if (parent[k] == null) parent[k] = typeof k === 'number' ? [] : {}
        parent = parent[k]
      })
      const p = op.params || {}
      const cur = parent[key]
      const idx = i => (i < 0 && Array.isArray(cur) ? cur.length + i : i)
      switch (op.operation) {
        case 'Assign': parent[key] = p.value; break
        case 'Delete': if (Array.isArray(parent)) parent.splice(key, 1); else delete parent[key]; break
        case 'Append': parent[key] = (cur || []).concat([p.value]); break
        case 'Prepend': parent[key] = [p.value].concat(cur || []); break
        case 'Extend': parent[key] = (cur || []).concat(p.value); break
        case 'Insert': cur.splice(idx(p.index), 0, p.value); break
        case 'Merge': parent[key] = Object.assign(cur || {}, p.value); break
        case 'Clear': parent[key] = Array.isArray(cur) ? [] : {}; break
        case 'Reverse': cur.reverse(); break
        case 'Remove': parent[key] = cur.filter(x => !sameJson(x, p.value)); break
        case 'Add': parent[key] = cur + p.value; break
        case 'Sub': parent[key] = cur - p.value; break
        case 'Mul': parent[key] = cur * p.value; break
        case 'Div': parent[key] = cur / p.value; break
        default: console.warn(`dash: unknown patch operation '${op.operation}'.`)
      }
    })
    return top.v
  }

  let savedTitle = null
  /** Outputs of running callbacks carry data-dash-is-loading; the title shows config.update_title. */
  function markLoading (entry, delta) {
    entry.outNodes.forEach(n => {
      n.loading = Math.max(0, n.loading + delta)
      if (!n.elt || n.elt.nodeType !== 1) return
      if (n.loading) n.elt.setAttribute('data-dash-is-loading', 'true')
      else n.elt.removeAttribute('data-dash-is-loading')
    })
    const busy = inflight.size > 0
    if (busy && savedTitle === null && config.update_title) {
      savedTitle = document.title
      document.title = config.update_title
    } else if (!busy && savedTitle !== null) {
      if (document.title === config.update_title) document.title = savedTitle
      savedTitle = null
    }
  }

  //= ==================================================================
  // Events and errors
  //= ==================================================================
  function triggerEvent (elt, name, detail) {
    return (elt || document).dispatchEvent(new CustomEvent(name, { bubbles: true, detail }))
  }

  function reportCallbackError (cb, r, err) {
    const targets = cb.noOutput
      ? 'a callback with no output'
      : r.outputs.flatMap((o, i) => [].concat(o.items).map(it => stringifyId(it.id) + '.' + cb.outputs[i].prop)).join(', ') || cb.output
    const title = 'Callback error updating ' + targets
    const traceback = err.traceback || (err.status === undefined && err.stack) || ''
    console.error(title + ': ' + err.message + (traceback ? '\n' + traceback : ''))
    const first = r.outputs.flatMap(o => o.nodes).find(n => n.elt)
    triggerEvent(first ? first.elt : root.elt, 'dash:callbackError', {
      output: cb.output, title, message: err.message, status: err.status, exception: err.exception || null, traceback: traceback || null
    })
    if (config.debug) showErrorOverlay(title, err, traceback)
  }

  function showErrorOverlay (title, err, traceback) {
    let box = document.getElementById('_dash-error-overlay')
    if (!box) {
      box = el('div', 'dash-error-overlay')
      box.id = '_dash-error-overlay'
      box.setAttribute('role', 'alert')
      const head = box.appendChild(el('div', 'dash-error-head', 'Errors'))
      const close = head.appendChild(el('button', 'dash-error-close', '\u00d7'))
      close.type = 'button'
      close.setAttribute('aria-label', 'Close')
      close.addEventListener('click', () => box.remove())
      box.appendChild(el('div', 'dash-error-list'))
      document.body.appendChild(box)
    }
    const item = el('div', 'dash-error')
    item.appendChild(el('div', 'dash-error-title', title))
    item.appendChild(el('div', 'dash-error-message', err.message))
    if (err.exception) item.appendChild(el('div', 'dash-error-exception', err.exception))
    if (traceback) item.appendChild(el('pre', 'dash-error-traceback', traceback))
    box.querySelector('.dash-error-list').appendChild(item)
  }

  function showLoadError (message) {
    console.error('dash: ' + message)
    if (root.elt) root.elt.replaceChildren(el('div', 'dash-load-error', message))
    triggerEvent(root.elt, 'dash:loadError', { message })
    started = true
    checkIdle()
  }

  //= ==================================================================
  // Initialization
  //= ==================================================================
  function setupClientside () {
    const dc = window.dash_clientside = window.dash_clientside || {}
    if (!dc.no_update) dc.no_update = { description: 'Return this from a clientside callback to leave an output unchanged.' }
    if (!dc.PreventUpdate) dc.PreventUpdate = { description: 'Throw this from a clientside callback to update nothing.' }
    dc.set_props = (id, props) => {
      const node = registry.get(stringifyId(id))
      if (node) setProps(node, props, false)
    }
  }

  async function getJson (route) {
    const res = await fetch(config.requests_pathname_prefix + route, { headers: jsonHeaders(), credentials: 'same-origin' })
    if (!res.ok) throw new Error(`Loading '${route}' failed: the server answered ${res.status} ${res.statusText}.`)
    return res.json()
  }

  async function start () {
    readConfig()
    root.elt = document.getElementById('_dash-app-root')
    if (!root.elt) return console.error("dash: no element with id '_dash-app-root' on the page; nothing to render.")
    let layout, deps
    try {
      [layout, deps] = await Promise.all([getJson('_dash-layout'), getJson('_dash-dependencies')])
      setCallbacks(Array.isArray(deps) ? deps : [])
    } catch (err) {
      return showLoadError(err.message)
    }
    root.props.children = layout
    setChildren(root, root.elt)
    window.addEventListener('popstate', syncLocations)
    queueLayoutChanges(true)
    started = true
    scheduleFlush()
    triggerEvent(root.elt, 'dash:ready', {})
  }

  Object.assign(dashRenderer, {
    config,
    setProps (id, props) {
      const node = registry.get(stringifyId(id))
      if (!node) throw new Error(`No component with id '${stringifyId(id)}' is on the page.`)
      setProps(node, props, false)
    },
    getProps (id) {
      const node = registry.get(stringifyId(id))
      return node ? Object.assign({}, node.props) : null
    },
    whenIdle () {
      return new Promise(resolve => { idleWaiters.push(resolve); checkIdle() })
    },
    internal: {
      registry, pending, inflight, root, isSafeUrl, stringifyId, idMatches, applyPatch, markdownInto,
      get callbacks () { return callbacks }
    }
  })

  setupClientside()
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
