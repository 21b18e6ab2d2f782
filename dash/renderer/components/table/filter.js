// dash_table's filter_query language: parse to a tree, compile to a row test, map to per-column cells.
// Pure functions on dash_renderer.table.filter; loaded before DataTable.js (see components.json).
;(function (R) {
'use strict'

const RELATIONAL = { '=': 'eq', eq: 'eq', '!=': 'ne', ne: 'ne', '<': 'lt', lt: 'lt', '<=': 'le', le: 'le',
  '>': 'gt', gt: 'gt', '>=': 'ge', ge: 'ge', contains: 'contains', datestartswith: 'datestartswith' }
const SYMBOL_OF = { eq: '=', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=', contains: 'contains', datestartswith: 'datestartswith' }
const UNARY = ['blank', 'nil', 'bool', 'num', 'object', 'str', 'even', 'odd', 'prime']
const REL_WORD = /^([is]?)(>=|<=|!=|=|<|>|eq|ne|lt|le|gt|ge|contains|datestartswith)(?=[\s{'"`(]|$|[^a-zA-Z_])/
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?(?=[\s)]|$)/i

class FilterError extends Error {}

//= Tokens ========================
/** One token at s[i]: {kind: 'open'|'close'|'and'|'or'|'not'|'rel'|'is'|'field'|'value', ...}. */
function readToken (s, i) {
  const rest = s.slice(i)
  const c = s[i]
  if (c === '(') return { kind: 'open', end: i + 1 }
  if (c === ')') return { kind: 'close', end: i + 1 }
  if (rest.startsWith('&&')) return { kind: 'and', end: i + 2 }
  if (rest.startsWith('||')) return { kind: 'or', end: i + 2 }
  let m = /^(and|or)(?=[\s({'"`]|$)/i.exec(rest)
  if (m) return { kind: m[1].toLowerCase(), end: i + m[0].length }
  m = /^is\s+(\w+)/i.exec(rest)
  if (m) {
    const op = m[1].toLowerCase()
    if (!UNARY.includes(op)) throw new FilterError(`Unknown operator 'is ${m[1]}'; use one of ${UNARY.map(u => 'is ' + u).join(', ')}.`)
    return { kind: 'is', op, end: i + m[0].length }
  }
  m = REL_WORD.exec(rest)
  if (m) return { kind: 'rel', op: RELATIONAL[m[2].toLowerCase()], symbol: m[2], caseMode: m[1] || '', end: i + m[0].length }
  if (c === '!') return { kind: 'not', end: i + 1 }
  if (c === '{') {
    let j = i + 1
    let id = ''
    while (j < s.length && s[j] !== '}') {
      if (s[j] === '\\' && j + 1 < s.length) j++
      id += s[j++]
    }
    if (j >= s.length) throw new FilterError(`The column reference at position ${i} has no closing '}'.`)
    return { kind: 'field', id, end: j + 1 }
  }
  if (c === '"' || c === "'" || c === '`') {
    let j = i + 1
    let text = ''
    while (j < s.length && s[j] !== c) {
      if (s[j] === '\\' && j + 1 < s.length) j++
      text += s[j++]
    }
    if (j >= s.length) throw new FilterError(`The string at position ${i} has no closing ${c}.`)
    return { kind: 'value', value: text, quoted: true, end: j + 1 }
  }
  m = NUMBER.exec(rest)
  if (m) return { kind: 'value', value: Number(m[0]), raw: m[0], end: i + m[0].length }
  m = /^[^\s()]+/.exec(rest)
  return { kind: 'value', value: m[0], end: i + m[0].length }
}

function tokenize (s) {
  const out = []
  let i = 0
  while (i < s.length) {
    if (/\s/.test(s[i])) { i++; continue }
    const tok = readToken(s, i)
    tok.start = i
    out.push(tok)
    i = tok.end
  }
  return out
}

//= Parser ========================
/**
 * Parses a filter_query into a tree of {type, ...}: 'or'/'and' {left, right}, 'not'/'block' {expr},
 * 'rel' {op, caseMode, left, right}, 'is' {op, expr}, 'field' {id}, 'value' {value}.
 * An empty query gives null; a malformed one throws an Error that says where.
 */
function parse (query) {
  const toks = tokenize(String(query == null ? '' : query))
  if (!toks.length) return null
  let k = 0
  const peek = () => toks[k]
  const fail = msg => { throw new FilterError(msg) }
  const orExpr = () => {
    let left = andExpr()
    while (peek() && peek().kind === 'or') { k++; left = { type: 'or', left, right: andExpr() } }
    return left
  }
  const andExpr = () => {
    let left = unary()
    while (peek() && peek().kind === 'and') { k++; left = { type: 'and', left, right: unary() } }
    return left
  }
  const unary = () => {
    const t = peek()
    if (!t) fail('The filter ends where an expression was expected.')
    if (t.kind === 'not') { k++; return { type: 'not', expr: unary() } }
    return comparison()
  }
  const operand = () => {
    const t = toks[k++]
    if (!t) fail('The filter ends where a column or a value was expected.')
    if (t.kind === 'field') return { type: 'field', id: t.id }
    if (t.kind === 'value') return { type: 'value', value: t.value, quoted: !!t.quoted }
    fail(`Expected a column or a value at position ${t.start}.`)
  }
  const comparison = () => {
    const t = peek()
    if (t.kind === 'open') {
      k++
      const e = orExpr()
      if (!peek() || peek().kind !== 'close') fail(`The '(' at position ${t.start} is not closed.`)
      k++
      return { type: 'block', expr: e }
    }
    const left = operand()
    const op = peek()
    if (op && op.kind === 'rel') {
      k++
      return { type: 'rel', op: op.op, caseMode: op.caseMode, left, right: operand() }
    }
    if (op && op.kind === 'is') { k++; return { type: 'is', op: op.op, expr: left } }
    if (left.type === 'field') fail(`The column {${left.id}} needs an operator after it, e.g. {${left.id}} = 3.`)
    return left // a bare value: true when truthy (Plotly allows e.g. "true")
  }
  const tree = orExpr()
  if (k < toks.length) fail(`Unexpected text at position ${toks[k].start}: '${String(query).slice(toks[k].start, toks[k].start + 20)}'.`)
  return tree
}

/** The tree as Plotly's derived_filter_query_structure-like JSON (type/subType/value/left/right). */
function structure (tree) {
  if (!tree) return null
  switch (tree.type) {
    case 'and': case 'or':
      return { type: 'logical-operator', subType: tree.type === 'and' ? '&&' : '||', value: tree.type === 'and' ? '&&' : '||', left: structure(tree.left), right: structure(tree.right) }
    case 'block': return { type: 'open-block', subType: '()', value: '()', block: structure(tree.expr) }
    case 'not': return { type: 'unary-operator', subType: '!', value: '!', block: structure(tree.expr) }
    case 'is': return { type: 'unary-operator', subType: 'is ' + tree.op, value: 'is ' + tree.op, left: structure(tree.expr) }
    case 'rel': return { type: 'relational-operator', subType: SYMBOL_OF[tree.op], value: tree.caseMode + SYMBOL_OF[tree.op], left: structure(tree.left), right: structure(tree.right) }
    case 'field': return { type: 'expression', subType: 'field', value: tree.id }
    default: return { type: 'expression', subType: 'value', value: tree.value }
  }
}

//= Evaluation ====================
function isNumeric (v) { return typeof v === 'number' ? !isNaN(v) : typeof v === 'string' && v.trim() !== '' && !isNaN(Number(v)) }
function isPrime (n) {
  if (!Number.isInteger(n) || n < 2) return false
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false
  return true
}
function fold (v, insensitive) { return insensitive ? String(v).toLowerCase() : String(v) }

/** a op b for one pair of values; null/undefined never compare (except ne). */
function relate (op, a, b, insensitive) {
  if (a == null || b == null || a === '') return op === 'ne' ? !(a == null && b == null) : false
  if (op === 'contains') return fold(a, insensitive).includes(fold(b, insensitive))
  if (op === 'datestartswith') return String(a).startsWith(String(b))
  let x = a
  let y = b
  if (isNumeric(a) && isNumeric(b) && (typeof a === 'number' || typeof b === 'number')) {
    x = Number(a); y = Number(b)
  } else if (typeof a !== 'number' || typeof b !== 'number') {
    x = fold(a, insensitive); y = fold(b, insensitive)
  }
  switch (op) {
    case 'eq': return x === y
    case 'ne': return x !== y
    case 'lt': return x < y
    case 'le': return x <= y
    case 'gt': return x > y
    default: return x >= y
  }
}

function unaryTest (op, v) {
  switch (op) {
    case 'blank': return v == null || (typeof v === 'string' && v.trim() === '')
    case 'nil': return v == null
    case 'bool': return typeof v === 'boolean'
    case 'num': return typeof v === 'number' && !isNaN(v)
    case 'object': return v !== null && typeof v === 'object'
    case 'str': return typeof v === 'string'
    case 'even': return typeof v === 'number' && Number.isInteger(v) && v % 2 === 0
    case 'odd': return typeof v === 'number' && Number.isInteger(v) && Math.abs(v % 2) === 1
    default: return isPrime(v)
  }
}

/**
 * A function row -> bool for a tree. caseOf(columnId) gives 'sensitive' or 'insensitive' (the default
 * for relational operators without an i/s prefix).
 */
function compile (tree, caseOf) {
  if (!tree) return () => true
  const getter = e => e.type === 'field' ? row => row[e.id] : () => e.value
  switch (tree.type) {
    case 'and': { const l = compile(tree.left, caseOf); const r = compile(tree.right, caseOf); return row => l(row) && r(row) }
    case 'or': { const l = compile(tree.left, caseOf); const r = compile(tree.right, caseOf); return row => l(row) || r(row) }
    case 'block': return compile(tree.expr, caseOf)
    case 'not': { const e = compile(tree.expr, caseOf); return row => !e(row) }
    case 'is': { const g = getter(tree.expr); return row => unaryTest(tree.op, g(row)) }
    case 'rel': {
      const l = getter(tree.left)
      const r = getter(tree.right)
      const col = tree.left.type === 'field' ? tree.left.id : tree.right.type === 'field' ? tree.right.id : null
      const insensitive = tree.caseMode === 'i' || (tree.caseMode === '' && !!caseOf && caseOf(col) === 'insensitive')
      return row => relate(tree.op, l(row), r(row), insensitive)
    }
    case 'field': return row => !!row[tree.id]
    default: return () => !!tree.value
  }
}

/** Indices of rows (in order) that pass the query. */
function apply (rows, query, caseOf) {
  const test = compile(parse(query), caseOf)
  const out = []
  for (let i = 0; i < rows.length; i++) if (test(rows[i])) out.push(i)
  return out
}

//= Filter cells <-> query ========
/** The operator a column's filter cell uses when the text has none: by column type, like Plotly. */
function defaultOp (type) { return type === 'numeric' ? 'eq' : type === 'datetime' ? 'datestartswith' : 'contains' }

function quoteValue (v) {
  if (typeof v === 'number') return String(v)
  const s = String(v)
  return /^[^\s()'"`{}&|!]+$/.test(s) && !/^(and|or|is)$/i.test(s) ? s : '"' + s.replace(/["\\]/g, '\\$&') + '"'
}

/**
 * One column's filter-cell text as a query term: "> 5" -> "{pop} > 5", "Paris" -> "{city} contains Paris",
 * "is blank" -> "{x} is blank". Empty text gives ''. column = {id, type}; caseMode = '' | 'i' | 's'.
 */
function termFor (column, text, caseMode) {
  const t = String(text == null ? '' : text).trim()
  if (!t) return ''
  const field = '{' + String(column.id).replace(/[}\\]/g, '\\$&') + '}'
  const is = /^is\s+(\w+)$/i.exec(t)
  if (is && UNARY.includes(is[1].toLowerCase())) return field + ' is ' + is[1].toLowerCase()
  const m = REL_WORD.exec(t)
  let op = defaultOp(column.type)
  let symbol = SYMBOL_OF[op]
  let mode = caseMode || ''
  let rest = t
  if (m) {
    op = RELATIONAL[m[2].toLowerCase()]
    symbol = m[2]
    mode = m[1] || mode
    rest = t.slice(m[0].length).trim()
  }
  if (rest === '') return ''
  const tok = readToken(rest, 0)
  const value = tok.kind === 'value' && tok.end === rest.length ? tok.value : rest
  if (op === 'contains' && m == null && column.type === 'numeric') symbol = '='
  return field + ' ' + mode + symbol + ' ' + quoteValue(value)
}

function flatten (tree, kind, out) {
  if (tree && tree.type === kind) { flatten(tree.left, kind, out); flatten(tree.right, kind, out) } else if (tree) out.push(tree)
  return out
}

/**
 * The per-column cell texts of a query joined by `operator` ('and' | 'or'): {columnId: text}, or null
 * when the query cannot be shown cell by cell (then the cells stay empty and the query still applies).
 */
function cellsOf (query, columns, operator) {
  let tree
  try { tree = parse(query) } catch (err) { return null }
  const cells = {}
  if (!tree) return cells
  const types = Object.fromEntries(columns.map(c => [c.id, c.type]))
  for (const term of flatten(tree, operator === 'or' ? 'or' : 'and', [])) {
    let id
    let text
    if (term.type === 'is' && term.expr.type === 'field') {
      id = term.expr.id
      text = 'is ' + term.op
    } else if (term.type === 'rel' && term.left.type === 'field' && term.right.type === 'value') {
      id = term.left.id
      const v = term.right.quoted ? quoteValue(term.right.value) : String(term.right.value)
      text = term.op === defaultOp(types[id]) && !term.caseMode ? v : term.caseMode + SYMBOL_OF[term.op] + ' ' + v
    } else return null
    if (!(id in types) || id in cells) return null
    cells[id] = text
  }
  return cells
}

R.table = R.table || {}
R.table.filter = { parse, compile, apply, structure, termFor, cellsOf, defaultOp, FilterError }
})(window.dash_renderer)
