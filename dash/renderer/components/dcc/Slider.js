// dcc.Slider and dcc.RangeSlider.
// Loaded on demand by renderer.js (see components.json); plain script, no build step.
;(function (R) {
'use strict'
const { el, applyBase, setStyle, setProps, textOf, isObj, isComponent, widget } = R.kit

function syncSlider (node) {
  const p = node.props
  const range = node.type === 'RangeSlider'
  const keys = isObj(p.marks) ? Object.keys(p.marks).map(Number).filter(n => !isNaN(n)) : []
  const min = p.min != null ? p.min : keys.length ? Math.min(...keys) : 0
  const max = p.max != null ? p.max : keys.length ? Math.max(...keys) : 10
  applyBase(node, range ? 'dash-slider dash-range-slider' : 'dash-slider')
  const values = range ? (Array.isArray(p.value) ? p.value : [min, max]) : [p.value == null ? min : p.value]
  while (node.inputs.length > values.length) node.inputs.pop().remove()
  while (node.inputs.length < values.length) {
    const input = node.track.appendChild(el('input'))
    const idx = node.inputs.push(input) - 1
    input.type = 'range'
    const commit = done => {
      const nums = node.inputs.map(i => Number(i.value))
      if (range && done) nums.sort((a, b) => a - b)
      const value = range ? nums : nums[idx]
      const props = { drag_value: value }
      if (done || node.props.updatemode === 'drag') props.value = value
      setProps(node, props, true)
      if (range && done) syncSlider(node)
    }
    input.addEventListener('input', () => commit(false))
    input.addEventListener('change', () => commit(true))
  }
  node.inputs.forEach((input, i) => {
    input.min = String(min)
    input.max = String(max)
    input.step = p.step === null ? 'any' : String(p.step == null ? 1 : p.step)
    input.disabled = !!p.disabled
    if (values[i] != null && Number(input.value) !== values[i]) input.value = String(values[i])
  })
  node.marks.replaceChildren(...(max > min ? keys : []).map(k => {
    const m = p.marks[k]
    const span = el('span', 'dash-slider-mark', textOf(isObj(m) && !isComponent(m) ? m.label : m))
    if (isObj(m) && isObj(m.style)) setStyle(span, m.style)
    span.style.left = ((k - min) / (max - min) * 100) + '%'
    return span
  }))
}

/** Slider and RangeSlider: one <input type=range> per handle, marks as labels. */
const sliderDef = widget('div', syncSlider, (node, elt) => {
  node.inputs = []
  elt.append(node.track = el('div', 'dash-slider-track'), node.marks = el('div', 'dash-slider-marks'))
})

R.define('dash_core_components', 'Slider', sliderDef)
R.define('dash_core_components', 'RangeSlider', sliderDef)
})(window.dash_renderer)
