// Slider/RangeSlider features loaded only when a slider uses them: tooltip, vertical, dots at each step.
// Not a Plotly component: Slider.js asks for the type 'SliderExtras' and calls decorate(node) after each sync.
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
  if (p.dots && p.step > 0 && s.span / p.step <= 500) {
    node.marks.append(...Array.from({ length: Math.floor(s.span / p.step) + 1 }, (_, i) => s.dot(s.min + i * p.step)))
  }
}

R.define('dash_core_components', 'SliderExtras', { create: () => null, decorate })
})(window.dash_renderer)
