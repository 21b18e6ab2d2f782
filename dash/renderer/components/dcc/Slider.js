// dcc.Slider/RangeSlider: range inputs on a track, marks with dots, allow_direct_input's number boxes.
// tooltip, vertical, dots and pushable: SliderExtras.js, fetched when a slider sets one.
;(function (R) {
'use strict'
const { el, applyBase, setStyle, setProps, textOf, isObj, isComponent, widget, loadScript, config } = R.kit

function send (node, values, done) {
  const range = node.type === 'RangeSlider'
  if (range && done) values.sort((a, b) => a - b)
  const value = range ? values : values[0]
  node.dragging = !done
  node.inputs.forEach((input, k) => { input.value = values[k] })
  setProps(node, done || node.props.updatemode === 'drag' ? { drag_value: value, value } : { drag_value: value }, true)
  sync(node)
}

/** The handles' values with box i set to v, or null when v is not a number on the slider (min..max, on a step). */
function typed (node, i, v, clamp) {
  const s = node.s
  const now = node.inputs.map(input => +input.value)
  const step = +node.inputs[0].step || 1
  const lo = i && now.length > 1 ? now[0] : s.min
  const hi = !i && now.length > 1 ? now[1] : s.max
  if (clamp) {
    v = Math.min(hi, Math.max(lo, isNaN(v) ? (i ? s.max : s.min) : v))
    v = +(s.min + Math.round((v - s.min) / step) * step).toFixed((String(step).split('.')[1] || '').length)
    if (v > hi) v -= step
  } else if (isNaN(v) || v < lo || v > hi || Math.abs((v - s.min) / step - Math.round((v - s.min) / step)) > 1e-6) return null
  now[i] = v
  return now
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
  const decimals = (String(step).split('.')[1] || '').length
  elt.style.setProperty('--dash-slider-box', (digits + (decimals && decimals + 1)) + 'ch')
  while (list.length < n) {
    const box = elt.appendChild(el('input', 'dash-slider-input'))
    const i = list.push(box) - 1
    box.type = 'number'
    box.oninput = () => { const v = typed(node, i, parseFloat(box.value)); if (v) send(node, v, false) }
    box.onchange = () => {
      if (box.value === '') return
      send(node, typed(node, i, parseFloat(box.value), true), true)
      box.value = node.inputs[i].value
    }
    box.onblur = () => { box.value = node.inputs[i].value }
  }
  list.forEach((box, i) => {
    box.classList.toggle('dash-slider-input--min', n === 2 && !i)
    box.setAttribute('aria-label', n === 2 ? (i ? 'Range end' : 'Range start') : 'Value')
    Object.assign(box, { min: s.min, max: s.max, step, disabled: !!p.disabled })
    if (document.activeElement !== box) box.value = node.inputs[i].value
  })
}

function sync (node) {
  const p = node.props
  const range = node.type === 'RangeSlider'
  const keys = isObj(p.marks) ? Object.keys(p.marks).filter(k => k !== '' && !isNaN(k)) : []
  const nums = keys.map(Number)
  const min = p.min != null ? p.min : nums.length ? Math.min(...nums) : 0
  const max = p.max != null ? p.max : nums.length ? Math.max(...nums) : 10
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
    node.inputs.push(input)
  }
  node.inputs.forEach((input, i) => {
    Object.assign(input, { min, max, step: p.step === null ? 'any' : p.step || 1, disabled: !!p.disabled })
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
  node.marks.replaceChildren(...(s.on ? [fill] : []), ...keys.flatMap((k, i) => {
    const m = p.marks[k]
    const label = s.pos(nums[i], 'dash-slider-mark')
    label.textContent = textOf(isObj(m) && !isComponent(m) ? m.label : m)
    if (isObj(m)) setStyle(label, m.style)
    return [s.dot(nums[i]), label]
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
  elt.append(node.marks = el('div', 'dash-slider-marks'), node.track = el('div', 'dash-slider-track'), node.tips = el('div', 'dash-slider-tips'))
})
R.define('dash_core_components', 'Slider', def)
R.define('dash_core_components', 'RangeSlider', def)
})(window.dash_renderer)
