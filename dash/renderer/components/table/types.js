// DataTable column types and the clipboard's text: what a user's edit or paste becomes (Plotly's rules for
// column `type`, `on_change` {action: coerce|validate|none, failure: reject|accept|default} and `validation`
// {allow_null, default, allow_YY}), and tab-separated text with quoted cells. Pure functions on
// dash_renderer.table.types, loaded before DataTable.js (components.json); tested from Chromium.
;(function (R) {
'use strict'

/** undefined, null, NaN and +-Infinity: the values allow_null admits (as null). */
function isNully (v) {
  return v == null || (typeof v === 'number' && !isFinite(v))
}

const DATETIME = /^(-?\d{4}|\d{2})(?:-(\d{1,2})(?:-(\d{1,2})(?:[ Tt](\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/
const pad = s => s.length < 2 ? '0' + s : s

/** A 2-digit year as the year in [this year - 70, this year + 29]. */
function fullYear (yy, now) {
  const base = now - 70
  return base + (((yy - base) % 100) + 100) % 100
}

/** The parts of a datetime text ('YYYY[-MM[-DD[ HH[:MM[:SS[.f]]][tz]]]]'), or null when it is no real date. */
function parseDatetime (text, allowYY, now) {
  const m = DATETIME.exec(text)
  if (!m || (m[1].length === 2 && !allowYY)) return null
  const year = m[1].length === 2 ? fullYear(+m[1], now == null ? new Date().getFullYear() : now) : +m[1]
  const month = m[2] == null ? 1 : +m[2]
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  if (!days || (m[3] != null && (+m[3] < 1 || +m[3] > days))) return null
  if ((m[4] != null && +m[4] > 23) || (m[5] != null && +m[5] > 59) || (m[6] != null && +m[6] > 59)) return null
  return { m, year }
}

/** The datetime text as Plotly's coercion writes it: 4-digit year, 2-digit fields, ' ' before the time, no tz. */
function formatDatetime ({ m, year }) {
  const y = m[1].length === 2 ? String(year) : m[1]
  let out = y + (m[2] != null ? '-' + pad(m[2]) : '') + (m[3] != null ? '-' + pad(m[3]) : '')
  if (m[4] != null) out += ' ' + pad(m[4]) + (m[5] != null ? ':' + pad(m[5]) : '') + (m[6] != null ? ':' + pad(m[6]) + (m[7] || '') : '')
  return out
}

const CHECKS = {
  numeric: {
    coerce: v => typeof v === 'number' ? v : typeof v === 'string' && isFinite(Number(v.trim())) ? Number(v.trim()) : undefined,
    validate: v => typeof v === 'number' ? v : undefined
  },
  text: {
    coerce: v => typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v),
    validate: v => typeof v === 'string' ? v : undefined
  },
  datetime: {
    coerce: (v, o) => { const d = typeof v === 'string' && parseDatetime(v.trim(), o.allow_YY); return d ? formatDatetime(d) : undefined },
    validate: (v, o) => typeof v === 'string' && parseDatetime(v.trim(), o.allow_YY) ? v.trim() : undefined
  }
}

/**
 * What a user's value (typed or pasted text, or a value) becomes in `column`: {ok: true, value} or
 * {ok: false} when the column rejects it (on_change.failure 'reject', the default). Columns of type 'any'
 * (the default) and on_change.action 'none' take the value as it is.
 */
function reconcile (column, value) {
  const onChange = column.on_change || {}
  const validation = column.validation || {}
  const check = CHECKS[column.type]
  const action = onChange.action || 'coerce'
  if (!check || action === 'none') return { ok: true, value }
  let out
  // An emptied numeric or datetime cell is no value either (a text cell keeps '').
  if (isNully(value) || (column.type !== 'text' && typeof value === 'string' && !value.trim())) out = validation.allow_null ? null : undefined
  else out = check[action === 'validate' ? 'validate' : 'coerce'](value, validation)
  if (out !== undefined) return { ok: true, value: out }
  if (onChange.failure === 'accept') return { ok: true, value }
  if (onChange.failure === 'default') return { ok: true, value: validation.default === undefined ? null : validation.default }
  return { ok: false }
}

/** Tab-separated text as rows of cells; a cell in double quotes may hold tabs, newlines and "" (one "). */
function parseTsv (text) {
  const rows = [[]]
  let cell = ''
  let i = 0
  let start = true
  const s = String(text).replace(/\r\n?/g, '\n').replace(/\n$/, '')
  while (i < s.length) {
    const ch = s[i]
    if (start && ch === '"') {
      const end = closingQuote(s, i)
      if (end > 0) { cell = s.slice(i + 1, end).replace(/""/g, '"'); i = end + 1; start = false; continue }
    }
    start = false
    if (ch === '\t' || ch === '\n') {
      rows[rows.length - 1].push(cell)
      cell = ''
      start = true
      if (ch === '\n') rows.push([])
    } else cell += ch
    i++
  }
  rows[rows.length - 1].push(cell)
  return rows
}

/** The index of the quote closing a quoted cell that opens at `at`, or -1 when the cell is not quoted. */
function closingQuote (s, at) {
  for (let j = at + 1; j < s.length; j++) {
    if (s[j] !== '"') continue
    if (s[j + 1] === '"') { j++; continue }
    return j + 1 === s.length || s[j + 1] === '\t' || s[j + 1] === '\n' ? j : -1
  }
  return -1
}

/** Rows of texts as tab-separated text; cells holding a tab, newline or quote are quoted. */
function toTsv (rows) {
  return rows.map(r => r.map(c => /[\t\n"]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c).join('\t')).join('\n')
}

R.table = R.table || {}
R.table.types = { reconcile, isNully, parseDatetime, formatDatetime, fullYear, parseTsv, toTsv }
})(window.dash_renderer)
