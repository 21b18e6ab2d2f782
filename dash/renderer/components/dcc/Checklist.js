// dcc.Checklist and dcc.RadioItems: label-wrapped checkboxes or radios.
;(function (R) {
'use strict'
const { el, applyBase, setStyle, setProps, renderValue, destroyNode, normalizeOptions, sameValue, widget } = R.kit

let radioCount = 0
function syncChoices (node) {
  const p = node.props
  const multi = node.type === 'Checklist'
  applyBase(node, (multi ? 'dash-checklist' : 'dash-radioitems') + (p.inline ? ' dash-inline' : ''))
  node.kids.forEach(destroyNode)
  node.kids = []
  const opts = normalizeOptions(p.options)
  const values = multi ? [].concat(p.value == null ? [] : p.value) : [p.value]
  const kept = values.filter(v => opts.some(o => sameValue(v, o.value)))
  if (multi && kept.length < values.length) queueMicrotask(() => setProps(node, { value: kept }, true))
  const inputs = []
  node.elt.replaceChildren(...opts.map(o => {
    const label = el('label', p.labelClassName)
    const input = el('input', p.inputClassName)
    inputs.push(input)
    setStyle(label, p.labelStyle)
    setStyle(input, p.inputStyle)
    input.type = multi ? 'checkbox' : 'radio'
    if (!multi) input.name = node.radioName
    input.checked = values.some(v => v != null && sameValue(v, o.value))
    input.disabled = !!(o.disabled || p.disabled)
    input.addEventListener('change', () => {
      setProps(node, { value: multi ? opts.filter((_, i) => inputs[i].checked).map(x => x.value) : o.value }, true)
    })
    label.append(input, ...renderValue(o.label, node, []))
    return label
  }))
}

const choicesDef = widget('div', syncChoices, node => { node.radioName = 'dash-radio-' + (++radioCount) })

R.define('dash_core_components', 'Checklist', choicesDef)
R.define('dash_core_components', 'RadioItems', choicesDef)
})(window.dash_renderer)
