// dcc.Download: saves `data` ({content, filename, base64, type}) as a file when a callback sets it.
;(function (R) {
'use strict'

function save (node) {
  const p = node.props
  const d = p.data
  if (!d || d.content == null) return
  const b64 = d.base64 != null ? d.base64 : !!p.base64
  const body = b64 ? Uint8Array.from(atob(d.content), c => c.charCodeAt(0)) : d.content
  const url = URL.createObjectURL(new Blob([body], { type: d.type || p.type || 'text/plain' }))
  const a = document.createElement('a')
  a.href = url
  a.download = d.filename || 'download'
  a.hidden = true
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60000)
}

R.define('dash_core_components', 'Download', {
  create: () => null,
  update (node, keys) { if (keys.includes('data')) save(node) }
})
})(window.dash_renderer)
