// dcc.Clipboard: a copy button; copies `content` or the text of the component `target_id`.
;(function (R) {
'use strict'
const { el, applyAttr, setStyle, setProps, renderValue, destroyNode, stringifyId, widget } = R.kit

async function copy (node) {
  const p = node.props
  let text = p.content
  if (p.target_id != null) {
    const target = document.getElementById(stringifyId(p.target_id))
    text = target ? ('value' in target && typeof target.value === 'string' ? target.value : target.innerText) : ''
  }
  if (text == null) return
  try {
    if (p.html_content != null && window.ClipboardItem) {
      await navigator.clipboard.write([new ClipboardItem({
        'text/plain': new Blob([String(text)], { type: 'text/plain' }),
        'text/html': new Blob([String(p.html_content)], { type: 'text/html' })
      })])
    } else await navigator.clipboard.writeText(String(text))
  } catch (err) {
    console.error('dash: dcc.Clipboard could not copy: ' + err.message)
    return
  }
  node.copied = true
  sync(node)
  setTimeout(() => { node.copied = false; if (!node.dead) sync(node) }, 1000)
}

function sync (node) {
  const p = node.props
  const elt = node.elt
  applyAttr(elt, 'id', p.id)
  applyAttr(elt, 'title', p.title)
  applyAttr(elt, 'className', ['dash-clipboard', p.className].filter(Boolean).join(' '))
  elt.removeAttribute('style')
  setStyle(elt, p.style)
  node.kids.forEach(destroyNode)
  node.kids = []
  const shown = node.copied ? (p.copied_children != null ? p.copied_children : '✓') : (p.children != null ? p.children : '⧉')
  elt.replaceChildren(...renderValue(shown, node, []))
  elt.setAttribute('aria-label', node.copied ? 'Copied' : 'Copy to clipboard')
}

R.define('dash_core_components', 'Clipboard', widget('button', sync, (node, elt) => {
  elt.type = 'button'
  elt.addEventListener('click', () => {
    setProps(node, { n_clicks: (node.props.n_clicks || 0) + 1 }, true)
    // a callback on n_clicks may set `content`: copy once it has answered
    R.whenIdle().then(() => copy(node))
  })
}))
})(window.dash_renderer)
