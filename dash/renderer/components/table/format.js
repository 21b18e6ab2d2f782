// Number formats for dash_table columns: a d3-format subset driven by column.format
// {locale, nully, prefix, specifier}. Pure functions on dash_renderer.table.format.
;(function (R) {
'use strict'

const SPEC = /^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-zA-Z%])?$/
const DEFAULT_LOCALE = { symbol: ['$', ''], decimal: '.', group: ',', grouping: [3], percent: '%', separate_4digits: true }
const SI = ['y', 'z', 'a', 'f', 'p', 'n', 'µ', 'm', '', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y']

/** Parses a d3 specifier such as '$,.2f' into its parts; null when it is not one. */
function parseSpecifier (s) {
  const m = SPEC.exec(String(s == null ? '' : s))
  if (!m) return null
  return {
    fill: m[1] === undefined ? ' ' : m[1], align: m[2] || '>', sign: m[3] || '-', symbol: m[4] || '',
    zero: !!m[5], width: m[6] ? +m[6] : 0, comma: !!m[7], precision: m[8] ? +m[8].slice(1) : null,
    trim: !!m[9], type: m[10] || ''
  }
}

/** Removes trailing zeros after the decimal point ('1.500' -> '1.5', '2.000e+3' -> '2e+3'). */
function trimZeros (s) {
  return s.replace(/(\.\d*?)0+(?=e|$)/, '$1').replace(/\.(?=e|$)/, '')
}

/** A number as plain decimal digits (no exponent), rounded to p significant digits. */
function toSignificantFixed (x, p) {
  const r = Number(x.toPrecision(p))
  if (r === 0) return '0'
  const exp = Math.floor(Math.log10(Math.abs(r)))
  return r.toFixed(Math.max(0, Math.min(100, p - 1 - exp)))
}

function groupDigits (int, locale) {
  const grouping = locale.grouping || [3]
  const sep = locale.group
  if (!sep || (locale.separate_4digits === false && int.length === 4)) return int
  const parts = []
  let i = int.length
  let g = 0
  while (i > 0) {
    const size = grouping[Math.min(g, grouping.length - 1)] || 3
    parts.unshift(int.slice(Math.max(0, i - size), i))
    i -= size
    g++
  }
  return parts.join(sep)
}

/** digits for |x| according to the type; returns [body, suffix]. */
function digitsOf (ax, spec, prefixValue) {
  const p = spec.precision
  switch (spec.type) {
    case 'f': return [ax.toFixed(p == null ? 6 : Math.min(p, 100)), '']
    case 'e': return [ax.toExponential(p == null ? 6 : Math.min(p, 100)), '']
    case 'g': return [ax.toPrecision(p == null ? 6 : Math.max(1, Math.min(p, 100))), '']
    case 'r': return [toSignificantFixed(ax, p == null ? 6 : Math.max(1, p)), '']
    case '%': return [(ax * 100).toFixed(p == null ? 6 : p), '%']
    case 'p': return [toSignificantFixed(ax * 100, p == null ? 6 : Math.max(1, p)), '%']
    case 'd': return [Math.round(ax).toString(10), '']
    case 'b': return [Math.round(ax).toString(2), '']
    case 'o': return [Math.round(ax).toString(8), '']
    case 'x': return [Math.round(ax).toString(16), '']
    case 'X': return [Math.round(ax).toString(16).toUpperCase(), '']
    case 'c': return [String(ax), '']
    case 's': {
      let exp = prefixValue ? Math.round(Math.log10(prefixValue)) : (ax === 0 ? 0 : Math.floor(Math.log10(ax)))
      let k = Math.max(-8, Math.min(8, Math.floor(exp / 3)))
      if (prefixValue) k = Math.max(-8, Math.min(8, Math.round(exp / 3)))
      exp = k * 3
      const scaled = ax / Math.pow(10, exp)
      const body = prefixValue ? scaled.toFixed(p == null ? 0 : p) : toSignificantFixed(scaled, p == null ? 6 : Math.max(1, p))
      return [body, SI[k + 8]]
    }
    default: { // none: like ~g with 12 significant digits, never exponent for ordinary numbers
      const body = p == null ? String(Number(ax.toPrecision(12))) : toSignificantFixed(ax, Math.max(1, p))
      return [body, '']
    }
  }
}

/**
 * A formatter value -> string for a column format {locale, nully, prefix, specifier} and the table's
 * locale_format. Numbers are formatted; null/NaN/'' show `nully`; other values are shown as they are.
 */
function formatter (format, tableLocale) {
  const f = format || {}
  const locale = Object.assign({}, DEFAULT_LOCALE, tableLocale || {}, f.locale || {})
  const spec = parseSpecifier(f.specifier)
  const nully = f.nully === undefined ? '' : f.nully
  const numerals = Array.isArray(locale.numerals) && locale.numerals.length === 10 ? locale.numerals : null
  return value => {
    if (value == null || value === '' || (typeof value === 'number' && isNaN(value))) return nully == null ? '' : String(nully)
    if (typeof value !== 'number' || !spec || !f.specifier) return textOfValue(value)
    const negative = value < 0 || Object.is(value, -0)
    let [body, suffix] = digitsOf(Math.abs(value), spec, f.prefix)
    if (spec.trim) body = trimZeros(body)
    if (suffix === '%') suffix = locale.percent
    let [int, frac] = body.split('.')
    let expo = ''
    const e = /e.*$/.exec(frac || int)
    if (e) {
      expo = e[0]
      if (frac) frac = frac.slice(0, -expo.length); else int = int.slice(0, -expo.length)
    }
    // a value that rounds to zero loses its minus sign (d3 does the same)
    const isZero = !/[1-9a-fA-F]/.test(int + (frac || ''))
    const neg = negative && !isZero
    let prefix = ''
    if (spec.symbol === '$') prefix = locale.symbol[0] || ''
    else if (spec.symbol === '#') prefix = { b: '0b', o: '0o', x: '0x', X: '0x' }[spec.type] || ''
    if (spec.symbol === '$') suffix += locale.symbol[1] || ''
    const signBefore = neg ? (spec.sign === '(' ? '(' : '-') : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : ''
    const signAfter = neg && spec.sign === '(' ? ')' : ''
    if (spec.comma && !spec.zero) int = groupDigits(int, locale)
    let digits = int + (frac != null && frac !== '' ? locale.decimal + frac : '') + expo
    const before = signBefore + prefix
    const after = suffix + signAfter
    if (spec.zero) {
      const padLen = spec.width - before.length - after.length - digits.length
      if (padLen > 0) int = '0'.repeat(padLen) + int
      if (spec.comma) int = groupDigits(int, locale)
      digits = int + (frac != null && frac !== '' ? locale.decimal + frac : '') + expo
    }
    if (numerals) digits = digits.replace(/[0-9]/g, d => numerals[+d])
    let out = before + digits + after
    const pad = spec.width - out.length
    if (pad > 0 && !spec.zero) {
      const fill = spec.fill.repeat(pad)
      if (spec.align === '<') out = out + fill
      else if (spec.align === '^') out = fill.slice(0, pad >> 1) + out + fill.slice(pad >> 1)
      else if (spec.align === '=') out = before + fill + digits + after
      else out = fill + out
    }
    return out
  }
}

function textOfValue (v) {
  if (v == null) return ''
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}

R.table = R.table || {}
R.table.format = { formatter, parseSpecifier, textOfValue }
})(window.dash_renderer)
