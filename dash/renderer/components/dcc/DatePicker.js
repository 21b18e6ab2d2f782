// dcc.DatePickerSingle and dcc.DatePickerRange: text inputs plus our own keyboard-usable calendar.
;(function (R) {
'use strict'
const { el, applyAttr, setStyle, setProps, widget, stringifyId } = R.kit
let count = 0

//= Dates: plain 'YYYY-MM-DD' strings, compared as strings; Date objects only at noon UTC for arithmetic
const iso = d => d.toISOString().slice(0, 10)
const parse = s => typeof s === 'string' && /^\d{4}-\d\d-\d\d/.test(s) ? new Date(s.slice(0, 10) + 'T12:00:00Z') : null
const day = s => { const d = parse(s); return d ? iso(d) : null }
const addDays = (s, n) => { const d = parse(s); d.setUTCDate(d.getUTCDate() + n); return iso(d) }
const nights = (a, b) => Math.abs(parse(a) - parse(b)) / 864e5
const addMonths = (s, n) => {
  const d = parse(s)
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1, 12))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate()
  target.setUTCDate(Math.min(d.getUTCDate(), last))
  return iso(target)
}
const today = () => { const t = new Date(); return iso(new Date(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), 12))) }
const names = (opt, len) => Array.from({ length: len }, (_, i) => new Intl.DateTimeFormat(undefined, Object.assign({ timeZone: 'UTC' }, opt))
  .format(len === 12 ? new Date(Date.UTC(2000, i, 1, 12)) : new Date(Date.UTC(2000, 0, 2 + i, 12))))
const MONTHS = names({ month: 'long' }, 12)
const MON = names({ month: 'short' }, 12)
const DAYS = names({ weekday: 'long' }, 7) // Sunday first
const DY = names({ weekday: 'short' }, 7)
const pad = (n, w) => String(n).padStart(w, '0')
const ord = n => n + (['th', 'st', 'nd', 'rd'][(n % 100 > 10 && n % 100 < 14) || n % 10 > 3 ? 0 : n % 10])

/** moment.js-style format: YYYY YY Q MMMM MMM MM M DD D Do dddd ddd dd d X x, [literal]. */
const TOKENS = /\[([^\]]*)]|YYYY|YY|Q|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|d|X|x/g
function format (s, fmt) {
  const d = parse(s)
  if (!d) return ''
  const y = d.getUTCFullYear(); const m = d.getUTCMonth(); const dd = d.getUTCDate(); const w = d.getUTCDay()
  const t = Date.UTC(y, m, dd)
  const v = { YYYY: y, YY: pad(y % 100, 2), Q: Math.floor(m / 3) + 1, MMMM: MONTHS[m], MMM: MON[m], MM: pad(m + 1, 2), M: m + 1, Do: ord(dd), DD: pad(dd, 2), D: dd, dddd: DAYS[w], ddd: DY[w], dd: DY[w].slice(0, 2), d: w, X: t / 1000, x: t }
  return (fmt || 'YYYY-MM-DD').replace(TOKENS, (tok, lit) => lit != null ? lit : v[tok])
}
/** Reads text typed in `fmt` (numbers and month names); also accepts ISO. null when it is not a date. */
function read (text, fmt) {
  text = text.trim()
  if (/^\d{4}-\d\d-\d\d$/.test(text)) return day(text) === text ? text : null
  const order = []
  const rx = (fmt || 'YYYY-MM-DD').replace(/[.*+?^${}()|\\]/g, '\\$&').replace(TOKENS, (tok, lit) => {
    if (lit != null) return lit
    order.push(tok)
    return /^M{3,4}$/.test(tok) ? '([^\\d\\s,.]+)' : /^d/.test(tok) ? '[^\\d\\s,.]+' : '(\\d+)(?:st|nd|rd|th)?'
  }).replace(/\\\[|\\]/g, '')
  const match = new RegExp('^' + rx + '$', 'i').exec(text)
  if (!match) return null
  let y = null; let m = null; let d = 1
  order.filter(tok => !/^d/.test(tok)).forEach((tok, i) => {
    const g = match[i + 1]
    if (tok[0] === 'Y') y = tok === 'YY' ? 2000 + +g : +g
    else if (tok === 'MMMM' || tok === 'MMM') m = [MONTHS, MON].map(a => a.findIndex(n => n.toLowerCase() === g.toLowerCase())).find(i => i >= 0)
    else if (tok[0] === 'M') m = +g - 1
    else if (tok[0] === 'D') d = +g
  })
  if (y == null || m == null || m < 0) return null
  const s = pad(y, 4) + '-' + pad(m + 1, 2) + '-' + pad(d, 2)
  return day(s) === s ? s : null
}

//= Calendar =======================
function blocked (p, s) {
  return (p.min_date_allowed && s < day(p.min_date_allowed)) || (p.max_date_allowed && s > day(p.max_date_allowed)) ||
    (p.disabled_days || []).some(x => day(x) === s)
}

function calendar (node) {
  const p = node.props
  const range = node.type === 'DatePickerRange'
  const [start, end] = node.sel()
  const first = p.first_day_of_week || 0
  const cal = node.cal
  cal.replaceChildren()
  cal.hidden = !node.open
  cal.className = 'dash-datepicker-calendar' + (p.calendar_orientation === 'vertical' ? ' is-vertical' : '') +
    (p.with_portal || p.with_full_screen_portal ? ' is-portal' : '') + (p.with_full_screen_portal ? ' is-fullscreen' : '')
  if (!node.open) return
  const nav = (label, n) => {
    const b = el('button', 'dash-datepicker-nav', label)
    b.type = 'button'
    b.setAttribute('aria-label', n < 0 ? 'Previous month' : 'Next month')
    b.onmousedown = e => e.preventDefault()
    b.onclick = () => { node.focus = addMonths(node.focus, n); calendar(node) }
    return b
  }
  const size = (p.day_size || 34) + 'px'
  const months = Math.max(1, p.number_of_months_shown || (range ? 2 : 1))
  const base = node.focus.slice(0, 8) + '01'
  cal.append(nav('‹', -1), nav('›', 1))
  for (let k = 0; k < months; k++) {
    const month = addMonths(base, k)
    const grid = el('table', 'dash-datepicker-month')
    grid.setAttribute('role', 'grid')
    const caption = grid.appendChild(el('caption', null, format(month, p.month_format || 'MMMM YYYY')))
    caption.setAttribute('aria-live', 'polite')
    const head = grid.appendChild(el('tr'))
    for (let i = 0; i < 7; i++) head.appendChild(el('th', null, DY[(first + i) % 7].slice(0, 2))).title = DAYS[(first + i) % 7]
    let cell = addDays(month, -((parse(month).getUTCDay() - first + 7) % 7))
    while (cell.slice(0, 7) <= month.slice(0, 7) || (parse(cell).getUTCDay() !== first)) {
      if (parse(cell).getUTCDay() === first) grid.appendChild(el('tr'))
      const inMonth = cell.slice(0, 7) === month.slice(0, 7)
      const td = grid.lastChild.appendChild(el('td'))
      td.style.width = td.style.height = size
      if (inMonth || p.show_outside_days) {
        const s = cell
        const b = td.appendChild(el('button', 'dash-datepicker-day', String(parse(s).getUTCDate())))
        b.type = 'button'
        b.dataset.date = s
        b.setAttribute('aria-label', format(s, 'dddd, MMMM D, YYYY'))
        // while a range has its start only, days closer to it than minimum_nights (either side) cannot end it
        const off = blocked(p, s) || (range && start && !end && s !== start && nights(s, start) < (p.minimum_nights || 0))
        b.setAttribute('aria-disabled', String(!!off)) // still focusable, so the keyboard can move past it
        const picked = s === start || s === end
        b.setAttribute('aria-selected', String(!!picked))
        b.classList.toggle('is-selected', !!picked)
        b.classList.toggle('is-in-range', !!(range && start && end && s > start && s < end))
        b.classList.toggle('is-outside', !inMonth)
        b.classList.toggle('is-today', s === today())
        b.tabIndex = s === node.focus && inMonth ? 0 : -1
        b.onmousedown = e => e.preventDefault()
        b.onclick = () => off || pick(node, s)
      }
      cell = addDays(cell, 1)
    }
    cal.appendChild(grid)
  }
  if (node.keyboard) {
    const target = cal.querySelector(`[data-date="${node.focus}"]:not(.is-outside)`)
    if (target) target.focus()
  }
}

const KEYS = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }
function onKey (node, e) {
  const p = node.props
  const s = node.focus
  const w = (parse(s).getUTCDay() - (p.first_day_of_week || 0) + 7) % 7
  const rtl = p.is_RTL && /Left|Right/.test(e.key) ? -1 : 1
  const next = KEYS[e.key] ? addDays(s, KEYS[e.key] * rtl) : e.key === 'PageUp' ? addMonths(s, e.shiftKey ? -12 : -1)
    : e.key === 'PageDown' ? addMonths(s, e.shiftKey ? 12 : 1) : e.key === 'Home' ? addDays(s, -w) : e.key === 'End' ? addDays(s, 6 - w) : null
  if (next) {
    e.preventDefault()
    node.focus = next
    node.keyboard = true
    calendar(node)
  } else if (e.key === 'Escape') {
    e.preventDefault()
    close(node, true)
  } else if ((e.key === 'Enter' || e.key === ' ') && e.target.dataset && e.target.dataset.date) {
    e.preventDefault()
    if (e.target.getAttribute('aria-disabled') !== 'true') pick(node, e.target.dataset.date)
  }
}

//= Choosing =======================
function pick (node, s) {
  const p = node.props
  if (node.type === 'DatePickerSingle') {
    setProps(node, { date: s }, true)
    if (!p.stay_open_on_select) close(node, true)
    return sync(node)
  }
  // Plotly Dash 4.4.1: with a start and no end, a day completes the range (a day before the start becomes the
  // start; minimum_nights counts either way); otherwise (nothing, or a whole range, set) it is a new start and
  // the end is cleared. 'singledate' sends (start, None) first, 'bothdates' only the whole range.
  const [start, end] = node.sel()
  if (start && !end) {
    if (nights(s, start) < (p.minimum_nights || 0)) return
    node.pending = null
    setProps(node, s < start ? { start_date: s, end_date: start } : { start_date: start, end_date: s }, true)
    node.editing = 'start'
    if (!p.stay_open_on_select) close(node, true)
  } else {
    node.pending = p.updatemode === 'bothdates' ? [s, null] : null
    if (!node.pending) setProps(node, end ? { start_date: s, end_date: null } : { start_date: s }, true)
    node.editing = 'end'
    node.inputs[1].focus()
  }
  sync(node)
}

function openAt (node, which) {
  if (node.props.disabled) return
  node.editing = which
  const [start, end] = node.sel()
  const p = node.props
  node.focus = day((which === 'end' ? end || start : start) || p.initial_visible_month || p.max_date_allowed && today() > day(p.max_date_allowed) && p.max_date_allowed || today())
  node.open = true
  calendar(node)
}

function close (node, refocus) {
  if (!node.open) return
  node.open = false
  node.keyboard = false
  node.pending = null
  calendar(node)
  if (refocus) {
    node.quiet = true // focusing the input again must not reopen the calendar
    node.inputs[node.editing === 'end' ? 1 : 0].focus()
    node.quiet = false
  }
}

function typed (node, i) {
  const p = node.props
  const text = node.inputs[i].value
  const key = node.type === 'DatePickerSingle' ? 'date' : i ? 'end_date' : 'start_date'
  const s = text ? read(text, p.display_format) : null
  node.shown[i] = null // written again even with the focus in it: the date it took, or the current one
  if (text && (!s || blocked(p, s))) return sync(node) // not a date we can take: show the current one again
  if (s !== day(p[key])) setProps(node, { [key]: s }, true)
  sync(node)
}

function sync (node) {
  const p = node.props
  const range = node.type === 'DatePickerRange'
  // as in Plotly Dash, the id is the (start) input's; the box around the inputs gets id + '-wrapper'
  const id = p.id == null ? null : stringifyId(p.id)
  applyAttr(node.box, 'id', id && id + '-wrapper')
  applyAttr(node.elt, 'className', ['dash-datepicker', range && 'dash-datepicker--range', p.className].filter(Boolean).join(' '))
  node.elt.dir = p.is_RTL ? 'rtl' : ''
  node.elt.removeAttribute('style')
  setStyle(node.elt, p.style)
  const values = node.sel()
  const holders = range ? [p.start_date_placeholder_text || 'Start Date', p.end_date_placeholder_text || 'End Date'] : [p.placeholder == null ? 'Select Date' : p.placeholder]
  node.inputs.forEach((input, i) => {
    // the text follows the date (a pick, Enter, clear, a callback, display_format); a render that changes
    // neither keeps what the user is typing
    const text = values[i] ? format(values[i], p.display_format) : ''
    if (text !== node.shown[i] || document.activeElement !== input) input.value = node.shown[i] = text
    input.placeholder = holders[i]
    input.setAttribute('aria-label', holders[i]) // as in Plotly Dash 4.4.1
    input.disabled = !!p.disabled
    applyAttr(input, 'id', (i ? p.end_date_id || (id && id + '-end-date') : range && p.start_date_id) || id)
  })
  node.clear.hidden = !(p.clearable && values.some(Boolean) && !p.disabled)
  calendar(node)
}

function setup (node, elt) {
  const range = node.type === 'DatePickerRange'
  const id = 'dash-datepicker-' + (++count)
  node.shown = []
  node.sel = () => node.pending || (range ? [day(node.props.start_date), day(node.props.end_date)] : [day(node.props.date)])
  node.inputs = (range ? ['start', 'end'] : ['start']).map((which, i) => {
    const input = el('input', 'dash-datepicker-input')
    input.type = 'text'
    input.autocomplete = 'off'
    input.setAttribute('aria-haspopup', 'dialog')
    input.setAttribute('aria-controls', id)
    input.onfocus = () => { if (!node.quiet && (!node.open || node.editing !== which)) openAt(node, which) }
    input.onclick = () => { if (!node.open) openAt(node, which) }
    input.onchange = () => typed(node, i)
    input.onkeydown = e => {
      if (e.key === 'ArrowDown' && node.open) {
        e.preventDefault()
        node.keyboard = true
        calendar(node)
      } else if (e.key === 'Escape' || e.key === 'Tab') close(node, false)
      else if (e.key === 'Enter') typed(node, i)
    }
    return input
  })
  const clear = node.clear = el('button', 'dash-datepicker-clear', '×')
  clear.type = 'button'
  clear.setAttribute('aria-label', 'Clear dates')
  clear.onclick = () => {
    node.pending = null
    setProps(node, range ? { start_date: null, end_date: null } : { date: null }, true)
    sync(node)
    if (node.props.reopen_calendar_on_clear) openAt(node, 'start')
  }
  node.cal = el('div')
  node.cal.id = id
  node.cal.setAttribute('role', 'dialog')
  node.cal.setAttribute('aria-label', 'Calendar')
  node.cal.onkeydown = e => onKey(node, e)
  const box = node.box = el('div', 'dash-datepicker-inputs')
  box.append(node.inputs[0], ...(range ? [el('span', 'dash-datepicker-arrow', '→'), node.inputs[1]] : []), clear)
  elt.append(box, node.cal)
  const outside = e => { if (node.open && !elt.contains(e.target)) close(node, false) }
  document.addEventListener('mousedown', outside)
  node.cleanups.push(() => document.removeEventListener('mousedown', outside))
}

R.define('dash_core_components', 'DatePickerSingle', widget('div', sync, setup))
R.define('dash_core_components', 'DatePickerRange', widget('div', sync, setup))
R.internal.datePicker = { format, read }
})(window.dash_renderer)
