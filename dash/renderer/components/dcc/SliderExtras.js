// Slider/RangeSlider features fetched after a slider's first render: the number boxes of allow_direct_input
// (Plotly's default: shown unless step=None, vertical or > 2 handles), tooltip, vertical, dots at each step and
// RangeSlider pushable. Not a Plotly component: Slider.js asks for the type 'SliderExtras' and calls
// decorate(node) after each sync.
;(function (R) {
'use strict'
const { el, setStyle, setProps, isObj } = R.kit

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

function direct (node) {
  const p = node.props
  const n = node.inputs.length
  const on = p.allow_direct_input !== false && p.step !== null && !p.vertical && n <= 2
  const boxes = node.boxes = node.boxes || []
  node.elt.classList.toggle('dash-slider--inputs', on)
  node.elt.classList.toggle('dash-slider--input-min', on && n === 2)
  while (boxes.length > (on ? n : 0)) boxes.pop().remove()
  if (!on) return
  const digits = Math.max(String(Math.floor(node.s.max)).length, String(Math.floor(node.s.min)).length)
  const decimals = (String(node.inputs[0].step).split('.')[1] || '').length
  node.elt.style.setProperty('--dash-slider-box', (digits + (decimals && decimals + 1)) + 'ch')
  while (boxes.length < n) {
    const box = node.elt.appendChild(el('input', 'dash-slider-input'))
    box.type = 'number'
    const i = boxes.push(box) - 1
    const send = (values, done) => {
      const value = node.type === 'RangeSlider' ? values : values[0]
      node.dragging = !done
      node.inputs.forEach((input, k) => { input.value = values[k] })
      setProps(node, done || node.props.updatemode === 'drag' ? { drag_value: value, value } : { drag_value: value }, true)
      R.internal.components.dash_core_components[node.type].update(node, [])
    }
    box.oninput = () => { const values = typed(node, i, parseFloat(box.value)); if (values) send(values, false) }
    box.onchange = () => {
      if (box.value === '') return
      send(typed(node, i, parseFloat(box.value), true), true)
      box.value = node.inputs[i].value
    }
    box.onblur = () => { box.value = node.inputs[i].value }
  }
  boxes.forEach((box, i) => {
    box.classList.toggle('dash-slider-input--min', n === 2 && !i)
    box.setAttribute('aria-label', n === 2 ? (i ? 'Range end' : 'Range start') : 'Value')
    Object.assign(box, { min: node.s.min, max: node.s.max, step: node.inputs[0].step, disabled: !!p.disabled })
    if (document.activeElement !== box) box.value = node.inputs[i].value
  })
}

function decorate (node) {
  const p = node.props
  const s = node.s
  const vert = !!p.vertical
  node.elt.classList.toggle('dash-slider--vertical', vert)
  node.elt.style.height = vert ? (p.verticalHeight || 400) + 'px' : ''
  const tip = isObj(p.tooltip) ? p.tooltip : null
  const fn = tip && (window.dccFunctions || {})[tip.transform]
  node.tips.replaceChildren(...(tip ? node.inputs.map(input => {
    const t = s.pos(+input.value, 'dash-slider-tooltip dash-slider-tooltip--' + (tip.placement || (vert ? 'right' : 'top')) + (tip.always_visible ? ' is-visible' : ''))
    t.textContent = String(tip.template || '{value}').split('{value}').join(fn ? fn(+input.value) : input.value)
    setStyle(t, tip.style)
    return t
  }) : []))
  if (p.dots && p.step > 0 && s.span / p.step <= 500) {
    node.marks.append(...Array.from({ length: Math.floor(s.span / p.step) + 1 }, (_, i) => s.dot(s.min + i * p.step)))
  }
  direct(node)
  push(node)
  // drag_value follows value, as in Plotly Dash 4: when the slider is built and when a callback sets value
  const v = p.value
  if (v != null && !node.dragging && JSON.stringify(v) !== JSON.stringify(p.drag_value)) {
    queueMicrotask(() => node.dead || setProps(node, { drag_value: node.props.value }, true))
  }
}

/** RangeSlider pushable (a number): a dragged handle stops that far from its neighbours. Wraps the handles'
 * own input/change handlers (Slider.js) once, so the value is clamped before they read it. */
function push (node) {
  node.inputs.forEach((input, i) => {
    if (input.pushWrapped) return
    input.pushWrapped = true
    const keep = () => {
      const gap = +node.props.pushable
      if (node.type !== 'RangeSlider' || !(gap > 0)) return
      const lo = node.inputs[i - 1]
      const hi = node.inputs[i + 1]
      if (lo) input.value = Math.max(+input.value, +lo.value + gap)
      if (hi) input.value = Math.min(+input.value, +hi.value - gap)
    }
    const onInput = input.oninput
    const onChange = input.onchange
    input.oninput = () => { keep(); onInput() }
    input.onchange = () => { keep(); onChange() }
  })
}

R.define('dash_core_components', 'SliderExtras', { create: () => null, decorate })
})(window.dash_renderer)
