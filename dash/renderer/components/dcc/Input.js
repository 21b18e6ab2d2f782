// dcc.Input and dcc.Textarea: text and number inputs.
;(function (R) {
'use strict'
const { applyAttr, applyBase, setProps, sameValue, widget } = R.kit

const NUMBER_TYPES = new Set(['number', 'range'])
function readInput (elt, type) {
  if (!NUMBER_TYPES.has(type)) return elt.value
  const n = elt.value === '' || !elt.checkValidity() ? NaN : Number(elt.value) // invalid: None, as in Plotly
  return isNaN(n) ? null : n
}
const NOT_ATTRS = new Set(`value type debounce n_submit n_submit_timestamp n_blur n_blur_timestamp className
  selectionStart selectionEnd selectionDirection persistence persisted_props persistence_type`.split(/\s+/))

function syncTextInput (node) {
  const { elt, props: p } = node
  applyBase(node)
  for (const k in p) if (!NOT_ATTRS.has(k)) applyAttr(elt, k, p[k])
  if (elt.tagName === 'INPUT') {
    elt.type = p.type || 'text'
    if (!('step' in p)) elt.step = 'any' // Plotly's default
  }
  const v = p.value == null ? '' : String(p.value)
  if (elt.value !== v && !(NUMBER_TYPES.has(p.type) && sameValue(readInput(elt, p.type), p.value))) elt.value = v
}

// value as typed; with debounce=True on Enter or blur, with a number that many seconds later (as Plotly)
function textInputDef (tag) {
  return widget(tag, syncTextInput, (node, elt) => {
    let timer = null
    const commit = extra => {
      clearTimeout(timer)
      setProps(node, Object.assign({ value: readInput(elt, node.props.type) }, extra), true)
    }
    const count = name => ({ [name]: (node.props[name] || 0) + 1, [name + '_timestamp']: Date.now() })
    elt.addEventListener('input', () => {
      const d = node.props.debounce
      clearTimeout(timer)
      if (typeof d === 'number' && d > 0) timer = setTimeout(commit, d * 1000)
      else if (d !== true) commit()
    })
    const on = name => node.props.debounce === true ? commit(count(name)) : setProps(node, count(name), true)
    if (tag === 'input') elt.addEventListener('keydown', e => { if (e.key === 'Enter' && !e.isComposing) on('n_submit') })
    else elt.addEventListener('click', () => setProps(node, count('n_clicks'), true))
    elt.addEventListener('blur', () => on('n_blur'))
    node.cleanups.push(() => clearTimeout(timer))
  })
}

R.define('dash_core_components', 'Input', textInputDef('input'))
R.define('dash_core_components', 'Textarea', textInputDef('textarea'))
})(window.dash_renderer)
