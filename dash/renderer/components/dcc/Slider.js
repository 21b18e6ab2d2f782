// dcc.Slider/RangeSlider; more in SliderExtras.js.
;(function (R) {
'use strict'
const { el, applyBase, setStyle, setProps, textOf, isObj, isComponent, widget, loadScript, config } = R.kit

function sync (node) {
  const p = node.props
  const range = node.type === 'RangeSlider'
  const keys = isObj(p.marks) ? Object.keys(p.marks).filter(k => k !== '' && !isNaN(k)) : []
  const nums = node.nums = keys.map(Number)
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
  applyBase(node, 'dash-slider' + (range ? ' dash-range-slider' : ''))
  while (node.inputs.length > vals.length) node.inputs.pop().remove()
  while (node.inputs.length < vals.length) {
    const input = node.track.appendChild(el('input'))
    const idx = node.inputs.push(input) - 1
    input.type = 'range'
    const commit = done => {
      if (node.props.step === null && node.nums.length) {
        input.value = node.nums.reduce((a, b) => Math.abs(b - input.value) < Math.abs(a - input.value) ? b : a)
      }
      const all = node.inputs.map(i => Number(i.value))
      if (range && done) all.sort((a, b) => a - b)
      const value = range ? all : all[idx]
      node.dragging = !done
      setProps(node, done || node.props.updatemode === 'drag' ? { drag_value: value, value } : { drag_value: value }, true)
      sync(node)
    }
    input.oninput = () => commit(false)
    input.onchange = () => commit(true)
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
  const extras = (R.internal.components.dash_core_components || {}).SliderExtras
  if (extras) extras.decorate(node)
  else Promise.all(config.components.dash_core_components.SliderExtras.map(loadScript)).then(() => node.dead || sync(node))
}

const def = widget('div', sync, (node, elt) => {
  node.inputs = []
  elt.append(node.marks = el('div', 'dash-slider-marks'), node.track = el('div', 'dash-slider-track'), node.tips = el('div', 'dash-slider-tips'))
})
R.define('dash_core_components', 'Slider', def)
R.define('dash_core_components', 'RangeSlider', def)
})(window.dash_renderer)
