// dcc.Slider/RangeSlider; dash/renderer/README.md, "Slider".
;(function (R) {
'use strict'
const { el, applyBase, setStyle, setProps, textOf, isObj, isComponent, widget, loadScript, config } = R.kit

const dec = x => (String(x).split('.')[1] || '').length

function send (node, values, done) {
  const range = node.type === 'RangeSlider'
  if (range && done) values.sort((a, b) => a - b)
  const value = range ? values : values[0]
  node.dragging = !done
  node.inputs.forEach((input, k) => { input.value = values[k] })
  setProps(node, done || node.props.updatemode === 'drag' ? { drag_value: value, value } : { drag_value: value }, true)
  sync(node)
}

function boxes (node, p, n) {
  const on = p.allow_direct_input !== false && p.step !== null && !p.vertical && n <= 2
  const { elt, boxes: list, s } = node
  const step = node.inputs[0].step
  elt.classList.toggle('dash-slider--inputs', on)
  elt.classList.toggle('dash-slider--input-min', on && n === 2)
  while (list.length > (on ? n : 0)) list.pop().remove()
  if (!on) return
  const digits = Math.max(String(Math.floor(s.max)).length, String(Math.floor(s.min)).length)
  const decimals = dec(step)
  elt.style.setProperty('--dash-slider-box', (digits + (decimals && decimals + 1)) + 'ch')
  while (list.length < n) {
    const box = elt.appendChild(el('input', 'dash-slider-input'))
    const i = list.push(box) - 1
    box.type = 'number'
    const put = done => { // the range input clamps and steps the number
      const input = node.inputs[i]
      const other = node.inputs[1 - i]
      const v = parseFloat(box.value)
      const old = input.value
      input.value = v
      if (other && (i ? +input.value < +other.value : +input.value > +other.value)) input.value = other.value
      if (done || +input.value === v) send(node, node.inputs.map(x => +x.value), done)
      else input.value = old
      if (done) box.value = input.value
    }
    box.oninput = () => put(false)
    box.onchange = () => box.value !== '' && put(true)
    box.onblur = () => { box.value = node.inputs[i].value }
  }
  list.forEach((box, i) => {
    box.classList.toggle('dash-slider-input--min', n === 2 && !i)
    box.setAttribute('aria-label', n === 2 ? (i ? 'Range end' : 'Range start') : 'Value')
    Object.assign(box, { min: s.min, max: s.max, step, disabled: !!p.disabled })
    if (document.activeElement !== box) box.value = node.inputs[i].value
  })
}

function label (v, min, max) {
  const t = Math.log10(Math.abs(v))
  if (!v || (t > -3 && t < 4)) return String(v)
  const mean = (Math.abs(max) + Math.abs(min)) / 2
  const e = Math.max(-8, Math.min(8, Math.floor(Math.log10(mean) / 3))) * 3
  return (v < 0 ? '-' : '') + Math.round(Math.abs(v) / 10 ** e).toLocaleString('en-US') + 'yzafpn\u00b5m kMGTPEZY'[8 + e / 3].trim()
}

function autoMarks (min, max, step, width) {
  const chars = Math.max(label(min, min, max).length, label(max, min, max).length)
  const count = Math.max(3, Math.min(50, Math.floor(width / (chars * 10 + 20)) + 1))
  const raw = (max - min) / (count - 1) / step
  const mag = 10 ** Math.floor(Math.log10(raw))
  const n = raw / mag
  const gap = Math.round(Math.max(1, (n <= 1.5 ? 1 : n <= 2.25 ? 2 : n <= 3.5 ? 2.5 : n <= 5 ? 5 : 10) * mag)) * step
  const d = dec(step)
  const at = []
  for (let v = min + gap; v < max && at.length < 100; v += gap) {
    at.push(step < 10 ? (d ? +v.toFixed(d) : v) : +(Math[d ? 'round' : 'trunc'](v / step) * step).toFixed(d))
  }
  if (at.length > 1 && max - at[at.length - 2] <= 1.5 * gap) at.pop()
  return Object.fromEntries([min, ...at, max].map(v => [v, label(v, min, max)]))
}

function stepOf (p, min, max) {
  if (p.step) return p.step
  if (p.min == null || p.max == null || (p.step === undefined && Number.isInteger(min) && Number.isInteger(max))) return 1
  const v = (Math.abs(max - min) + Number.EPSILON) / 100
  const m = 10 ** Math.floor(Math.log10(v))
  return [m, 2 * m, 5 * m].sort((a, b) => Math.abs(a - v) - Math.abs(b - v))[0]
}

function sync (node) {
  const p = node.props
  const range = node.type === 'RangeSlider'
  let keys = isObj(p.marks) ? Object.keys(p.marks).filter(k => k !== '' && !isNaN(k)) : []
  if (keys.length > 500) {
    console.error(`dash: slider '${node.idStr}': over 500 marks; drawing generated ones.`)
    keys = []
  }
  const nums = keys.map(Number)
  const min = p.min != null ? p.min : nums.length ? Math.min(...nums) : 0
  const max = p.max != null ? p.max : nums.length ? Math.max(...nums) : 1
  const width = node.width = p.vertical ? node.elt.clientHeight : node.elt.clientWidth
  let marks = p.marks
  let shown = keys.filter(k => k >= min && k <= max)
  node.auto = marks !== null && !shown.length
  if (node.auto) shown = Object.keys(marks = autoMarks(min, max, p.step == null ? 1 : p.step, width || 330))
  node.at = shown.map(Number)
  const s = node.s = { min, max, span: max - min || 1, side: p.vertical ? 'bottom' : 'left' }
  s.pos = (v, cls) => {
    const e = el('span', cls)
    e.style[s.side] = ((p.reverse ? max - v : v - min) / s.span * 100) + '%'
    return e
  }
  const given = range ? (Array.isArray(p.value) ? p.value : [min, max]) : [p.value == null ? min : p.value]
  const vals = given.map(v => Math.min(max, Math.max(min, v)))
  if (p.value != null && vals.some((v, i) => v !== given[i])) {
    queueMicrotask(() => setProps(node, { value: range ? vals : vals[0] }, true))
  }
  if (p.value != null && !node.dragging && JSON.stringify(p.value) !== JSON.stringify(p.drag_value)) {
    queueMicrotask(() => node.dead || setProps(node, { drag_value: node.props.value }, true)) // as in Plotly Dash 4
  }
  applyBase(node, 'dash-slider' + (range ? ' dash-range-slider' : ''))
  while (node.inputs.length > vals.length) node.inputs.pop().remove()
  while (node.inputs.length < vals.length) {
    const input = node.track.appendChild(el('input'))
    input.type = 'range'
    const commit = done => {
      const v = +input.value
      if (node.props.step === null && nums.length) input.value = nums.reduce((a, b) => Math.abs(b - v) < Math.abs(a - v) ? b : a)
      send(node, node.inputs.map(i => +i.value), done)
    }
    input.oninput = () => commit(false)
    input.onchange = () => commit(true)
    input.onkeydown = e => { // RangeSlider: Home/End move the lowest/highest handle to min/max
      const k = { Home: 1, End: 2 }[e.key]
      if (!range || !k) return
      e.preventDefault()
      const t = node.inputs.slice().sort((a, b) => a.value - b.value).at(1 - k)
      t.value = t[k > 1 ? 'max' : 'min']
      commit(true)
    }
    node.inputs.push(input)
  }
  node.inputs.forEach((input, i) => {
    Object.assign(input, { min, max, step: p.step === null ? 'any' : stepOf(p, min, max), disabled: !!p.disabled })
    input.style.direction = !p.vertical === !!p.reverse ? 'rtl' : ''
    if (!node.dragging) input.value = vals[i]
  })
  const now = node.inputs.map(i => +i.value).sort((a, b) => a - b)
  s.lo = range ? now[0] : min
  s.hi = now[now.length - 1]
  s.on = p.included !== false
  const fill = s.pos(p.reverse ? s.hi : s.lo, 'dash-slider-fill')
  fill.style[p.vertical ? 'height' : 'width'] = ((s.hi - s.lo) / s.span * 100) + '%'
  s.dot = v => s.pos(v, 'dash-slider-dot' + (s.on && v >= s.lo && v <= s.hi ? ' is-active' : ''))
  node.marks.replaceChildren(...(s.on ? [fill] : []), ...shown.flatMap(k => {
    const m = marks[k]
    const text = s.pos(+k, 'dash-slider-mark')
    text.textContent = typeof m === 'string' ? m : textOf(isObj(m) && !isComponent(m) ? m.label : m) || +k
    if (isObj(m)) setStyle(text, m.style)
    return [s.dot(+k), text]
  }))
  boxes(node, p, vals.length)
  const extras = R.internal.components.dash_core_components.SliderExtras
  if (extras) extras.decorate(node)
  else if (p.tooltip || p.vertical || p.dots || p.pushable) {
    Promise.all(config.components.dash_core_components.SliderExtras.map(loadScript)).then(() => node.dead || sync(node))
  }
}

const def = widget('div', sync, (node, elt) => {
  Object.assign(node, { inputs: [], boxes: [] })
  const watch = new ResizeObserver(() => node.auto && (node.props.vertical ? elt.clientHeight : elt.clientWidth) !== node.width && sync(node))
  watch.observe(elt) // generated marks follow the slider's size
  node.cleanups.push(() => watch.disconnect())
  elt.append(node.marks = el('div', 'dash-slider-marks'), node.track = el('div', 'dash-slider-track'), node.tips = el('div', 'dash-slider-tips'))
})
R.define('dash_core_components', 'Slider', def)
R.define('dash_core_components', 'RangeSlider', def)
})(window.dash_renderer)
