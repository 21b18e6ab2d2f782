// Slider/RangeSlider tooltip, vertical, step dots and RangeSlider pushable. Not a Plotly component: Slider.js
// fetches the type 'SliderExtras' when a slider sets one of them, then calls decorate(node) after each sync.
;(function (R) {
'use strict'
const { setStyle, isObj } = R.kit

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
  const step = +node.inputs[0].step // Plotly's rule: steps over 1, at most 100 dots; none where a mark has one
  const count = Math.floor(s.span / step) + 1
  if (p.dots && step > 1 && count <= 100) {
    node.marks.append(...Array.from({ length: count }, (_, i) => s.min + i * step).filter(v => !node.at.includes(v)).map(s.dot))
  }
  push(node)
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
