// dcc.Slider and dcc.RangeSlider: one <input type=range> per handle, marks with dots, tooltips.
;(function (R) {
'use strict'
const { el, applyBase, setStyle, setProps, textOf, isObj, isComponent, widget } = R.kit

function sync (node) {
  const p = node.props
  const range = node.type === 'RangeSlider'
  const vert = !!p.vertical
  // mark keys are read by their own string ("10.0" stays "10.0"); positions are their numbers
  const keys = isObj(p.marks) ? Object.keys(p.marks).filter(k => k !== '' && !isNaN(k)) : []
  const nums = node.nums = keys.map(Number)
  const min = p.min != null ? p.min : nums.length ? Math.min(...nums) : 0
  const max = p.max != null ? p.max : nums.length ? Math.max(...nums) : 10
  const span = max - min || 1
  const pos = (v, cls) => {
    const e = el('span', cls)
    e.style[vert ? 'bottom' : 'left'] = ((p.reverse ? max - v : v - min) / span * 100) + '%'
    return e
  }
  const given = range ? (Array.isArray(p.value) ? p.value : [min, max]) : [p.value == null ? min : p.value]
  const vals = given.map(v => Math.min(max, Math.max(min, v)))
  if (p.value != null && vals.some((v, i) => v !== given[i])) { // clamped into min..max: written back
    queueMicrotask(() => setProps(node, { value: range ? vals : vals[0] }, true))
  }
  applyBase(node, 'dash-slider' + (range ? ' dash-range-slider' : '') + (vert ? ' dash-slider--vertical' : ''))
  node.elt.style.height = vert ? (p.verticalHeight || 400) + 'px' : ''
  while (node.inputs.length > vals.length) node.inputs.pop().remove()
  while (node.inputs.length < vals.length) {
    const input = node.track.appendChild(el('input'))
    const idx = node.inputs.push(input) - 1
    input.type = 'range'
    const commit = done => {
      if (node.props.step === null && node.nums.length) { // step=None: snap to the nearest mark
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
  const tip = isObj(p.tooltip) ? p.tooltip : null
  const fn = tip && (window.dccFunctions || {})[tip.transform]
  const tips = []
  node.inputs.forEach((input, i) => {
    Object.assign(input, { min, max, step: p.step === null ? 'any' : p.step || 1, disabled: !!p.disabled })
    input.style.direction = vert === !p.reverse ? 'rtl' : ''
    if (!node.dragging) input.value = vals[i]
    if (!tip) return
    const t = tips[i] = pos(+input.value, 'dash-slider-tooltip dash-slider-tooltip--' + (tip.placement || (vert ? 'right' : 'top')) + (tip.always_visible ? ' is-visible' : ''))
    t.textContent = String(tip.template || '{value}').split('{value}').join(fn ? fn(+input.value) : input.value)
    setStyle(t, tip.style)
  })
  node.tips.replaceChildren(...tips)
  const now = node.inputs.map(i => +i.value).sort((a, b) => a - b)
  const lo = range ? now[0] : min
  const hi = now[now.length - 1]
  const on = p.included !== false
  const fill = pos(p.reverse ? hi : lo, 'dash-slider-fill')
  fill.style[vert ? 'height' : 'width'] = ((hi - lo) / span * 100) + '%'
  const dot = v => pos(v, 'dash-slider-dot' + (on && v >= lo && v <= hi ? ' is-active' : ''))
  const steps = p.dots && p.step > 0 && span / p.step <= 500 ? Array.from({ length: Math.floor(span / p.step) + 1 }, (_, i) => min + i * p.step) : []
  node.marks.replaceChildren(...(on ? [fill] : []), ...steps.map(dot), ...keys.flatMap((k, i) => {
    const m = p.marks[k]
    const label = pos(nums[i], 'dash-slider-mark')
    label.textContent = textOf(isObj(m) && !isComponent(m) ? m.label : m)
    if (isObj(m)) setStyle(label, m.style)
    return [dot(nums[i]), label]
  }))
}

const def = widget('div', sync, (node, elt) => {
  node.inputs = []
  elt.append(node.marks = el('div', 'dash-slider-marks'), node.track = el('div', 'dash-slider-track'), node.tips = el('div', 'dash-slider-tips'))
})
R.define('dash_core_components', 'Slider', def)
R.define('dash_core_components', 'RangeSlider', def)
})(window.dash_renderer)
