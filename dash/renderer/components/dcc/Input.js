// dcc.Input and dcc.Textarea: text and number inputs.
;(function (R) {
'use strict'
const { applyAttr, applyBase, setProps, sameValue, widget } = R.kit

const NUMBER_TYPES = new Set(['number', 'range'])
function readInput (elt, type) {
  if (!NUMBER_TYPES.has(type)) return elt.value
  const n = elt.value === '' ? NaN : Number(elt.value)
  return isNaN(n) ? null : n
}
const INPUT_ATTRS = ['placeholder', 'disabled', 'min', 'max', 'step', 'maxLength', 'minLength', 'pattern',
  'readOnly', 'required', 'size', 'list', 'name', 'inputMode', 'autoComplete', 'autoFocus', 'spellCheck',
  'rows', 'cols', 'wrap', 'accessKey', 'tabIndex', 'multiple', 'accept', 'form', 'contentEditable', 'contextMenu',
  'dir', 'hidden', 'lang', 'draggable']

function syncTextInput (node) {
  const { elt, props: p } = node
  applyBase(node)
  INPUT_ATTRS.forEach(k => { if (k in p) applyAttr(elt, k, p[k]) })
  if (elt.tagName === 'INPUT') elt.type = p.type || 'text'
  const v = p.value == null ? '' : String(p.value)
  if (elt.value !== v && !(NUMBER_TYPES.has(p.type) && sameValue(readInput(elt, p.type), p.value))) elt.value = v
}

// value as you type (with debounce: on blur or Enter); n_submit, n_blur, n_clicks (Textarea)
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
    if (tag === 'input') elt.addEventListener('keydown', e => { if (e.key === 'Enter' && !e.isComposing) commit(count('n_submit')) })
    else elt.addEventListener('click', () => setProps(node, count('n_clicks'), true))
    elt.addEventListener('blur', () => commit(count('n_blur')))
    node.cleanups.push(() => clearTimeout(timer))
  })
}

R.define('dash_core_components', 'Input', textInputDef('input'))
R.define('dash_core_components', 'Textarea', textInputDef('textarea'))
})(window.dash_renderer)
