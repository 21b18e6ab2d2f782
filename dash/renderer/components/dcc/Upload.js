// dcc.Upload: a drop zone and file picker; files arrive as data URLs in `contents`.
;(function (R) {
'use strict'
const { el, applyAttr, setStyle, setProps, setChildren, widget } = R.kit
const ACTIVE = { borderStyle: 'solid', borderColor: '#6c6', backgroundColor: '#eee' }
const REJECT = { borderStyle: 'solid', borderColor: '#c66', backgroundColor: '#eee' }

function accepts (accept, file) {
  if (!accept) return true
  return String(accept).split(',').map(s => s.trim().toLowerCase()).filter(Boolean).some(a =>
    a.startsWith('.') ? file.name.toLowerCase().endsWith(a)
      : a.endsWith('/*') ? (file.type || '').toLowerCase().startsWith(a.slice(0, -1)) : (file.type || '').toLowerCase() === a)
}

function fits (p, file) {
  return accepts(p.accept, file) && file.size >= (p.min_size || 0) && (p.max_size == null || p.max_size < 0 || file.size <= p.max_size)
}

const read = file => new Promise((resolve, reject) => {
  const reader = new FileReader()
  reader.onload = () => resolve(reader.result)
  reader.onerror = () => reject(reader.error)
  reader.readAsDataURL(file)
})

async function upload (node, files) {
  const p = node.props
  let list = Array.from(files)
  const ok = list.filter(f => fits(p, f))
  if (ok.length < list.length) look(node, 'reject')
  list = p.multiple ? ok : ok.slice(0, 1)
  if (!list.length) return
  const contents = await Promise.all(list.map(read))
  const one = (values) => p.multiple ? values : values[0]
  setProps(node, {
    contents: one(contents),
    filename: one(list.map(f => f.name)),
    last_modified: one(list.map(f => f.lastModified / 1000))
  }, true)
}

/** state: '' | 'active' | 'reject' | 'disabled': the matching style_* and className_* apply (to the inner box). */
function look (node, state) {
  const p = node.props
  const zone = node.zone
  node.state = p.disabled ? 'disabled' : state
  zone.removeAttribute('style')
  zone.style.position = 'relative'
  setStyle(zone, p.style)
  const extra = { active: [p.style_active || ACTIVE, p.className_active], reject: [p.style_reject || REJECT, p.className_reject], disabled: [p.style_disabled || { opacity: 0.5 }, p.className_disabled] }[node.state]
  if (extra && !extra[1]) setStyle(zone, extra[0]) // Plotly: a className_* replaces its style_*
  zone.className = [p.className, extra && extra[1]].filter(Boolean).join(' ')
  zone.setAttribute('aria-disabled', String(!!p.disabled))
}

function sync (node, keys) {
  const p = node.props
  applyAttr(node.elt, 'id', p.id)
  if (!keys || keys.includes('children')) {
    setChildren(node, node.zone)
    node.zone.append(node.input)
  }
  const input = node.input
  input.accept = p.accept || ''
  input.multiple = !!p.multiple
  input.disabled = !!p.disabled
  input.webkitdirectory = !!p.enable_folder_selection
  node.zone.tabIndex = p.disabled || p.disable_click ? -1 : 0
  look(node, '')
}

// Plotly's DOM: div#id > div (style, className, the drop zone) > children + a transparent file input
R.define('dash_core_components', 'Upload', widget('div', sync, (node, elt) => {
  const input = node.input = el('input')
  input.type = 'file'
  input.autocomplete = 'off'
  Object.assign(input.style, { position: 'absolute', inset: '0', opacity: '1e-05', pointerEvents: 'none' })
  input.addEventListener('change', () => { upload(node, input.files); input.value = '' })
  const zone = node.zone = el('div')
  zone.setAttribute('role', 'button')
  elt.append(zone)
  const pick = () => { if (!node.props.disabled && !node.props.disable_click) input.click() }
  zone.addEventListener('click', e => { if (e.target !== input) pick() })
  zone.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick() } })
  zone.addEventListener('dragover', e => {
    e.preventDefault()
    if (node.props.disabled) return
    const items = Array.from(e.dataTransfer.items || [])
    const bad = items.some(i => i.kind === 'file' && !accepts(node.props.accept, { name: '', type: i.type }) && node.props.accept && !/(^|,)\s*\./.test(node.props.accept))
    if (node.state !== (bad ? 'reject' : 'active')) look(node, bad ? 'reject' : 'active')
  })
  zone.addEventListener('dragleave', e => { if (!zone.contains(e.relatedTarget)) look(node, '') })
  zone.addEventListener('drop', e => {
    e.preventDefault()
    look(node, '')
    if (!node.props.disabled) upload(node, e.dataTransfer.files)
  })
}))
})(window.dash_renderer)
