// DataTable export: CSV text and a minimal XLSX workbook (stored zip + SpreadsheetML), built in the
// browser like Plotly's, then downloaded through a Blob link. Pure builders on dash_renderer.table.exporter.
;(function (R) {
'use strict'

/** Header rows for export_headers: 'none' | 'ids' | 'names' | 'display' (merged names shown once). */
function headerRows (columns, mode, merge) {
  if (mode === 'none') return []
  if (mode === 'ids') return [columns.map(c => c.id)]
  const depth = columns.reduce((n, c) => Math.max(n, Array.isArray(c.name) ? c.name.length : 1), 1)
  const label = (c, r) => Array.isArray(c.name) ? c.name[Math.min(r, c.name.length - 1)] : c.name
  const rows = []
  for (let r = 0; r < depth; r++) {
    rows.push(columns.map((c, i) => {
      const text = label(c, r)
      if (mode === 'display' && merge && i > 0) {
        let same = true
        for (let k = 0; k <= r; k++) if (label(columns[i - 1], k) !== label(c, k)) same = false
        if (same) return ''
      }
      return text
    }))
  }
  return rows
}

function csvField (v) {
  if (v == null) return ''
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v)
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s
}

/** Rows (arrays of values) as CSV: comma separated, quoted when needed, lines joined by \n. */
function csv (rows) { return rows.map(r => r.map(csvField).join(',')).join('\n') }

//= XLSX ==========================
const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()
function crc32 (bytes) {
  let c = 0xFFFFFFFF
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8)
  return (c ^ 0xFFFFFFFF) >>> 0
}

/** A zip archive of {name: string} files, stored without compression. */
function zip (files) {
  const enc = new TextEncoder()
  const chunks = []
  const central = []
  let offset = 0
  const u16 = n => [n & 0xFF, (n >>> 8) & 0xFF]
  const u32 = n => [n & 0xFF, (n >>> 8) & 0xFF, (n >>> 16) & 0xFF, (n >>> 24) & 0xFF]
  for (const name in files) {
    const data = enc.encode(files[name])
    const nameBytes = enc.encode(name)
    const crc = crc32(data)
    const common = [...u16(20), ...u16(0x0800), ...u16(0), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0)]
    const local = new Uint8Array([...u32(0x04034b50), ...common])
    chunks.push(local, nameBytes, data)
    central.push(new Uint8Array([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset)]), nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const size = central.reduce((n, c) => n + c.length, 0)
  const count = Object.keys(files).length
  const end = new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(size), ...u32(offset), ...u16(0)])
  const all = chunks.concat(central, [end])
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0))
  let p = 0
  for (const c of all) { out.set(c, p); p += c.length }
  return out
}

function xmlText (s) {
  return String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
}
function colName (i) {
  let s = ''
  for (i++; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + (i - 1) % 26) + s
  return s
}

/** Rows (arrays of values) as the bytes of an .xlsx workbook with one sheet named 'SheetJS'. */
function xlsx (rows) {
  const sheetRows = rows.map((row, r) => '<row r="' + (r + 1) + '">' + row.map((v, c) => {
    const ref = colName(c) + (r + 1)
    if (v == null || v === '') return ''
    if (typeof v === 'number' && isFinite(v)) return `<c r="${ref}"><v>${v}</v></c>`
    if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`
    const s = typeof v === 'object' ? JSON.stringify(v) : String(v)
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(s)}</t></is></c>`
  }).join('') + '</row>').join('')
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  const ns = 'http://schemas.openxmlformats.org'
  return zip({
    '[Content_Types].xml': head + `<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': head + `<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': head + `<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="SheetJS" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': head + `<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': head + `<worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`
  })
}

/** Saves text or bytes as a file through a temporary Blob URL (no inline script; CSP-safe). */
function download (content, filename, type) {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

R.table = R.table || {}
R.table.exporter = { headerRows, csv, xlsx, zip, download }
})(window.dash_renderer)
