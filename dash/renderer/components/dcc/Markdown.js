// dcc.Markdown and our markdown converter; code blocks coloured by highlight.js, math typeset by MathJax.
;(function (R) {
'use strict'
const { config, el, applyBase, textOf, isSafeUrl, isObj, widget, loadScript } = R.kit

const markdownDef = widget('div', node => {
  const p = node.props
  const dark = isObj(p.highlight_config) && p.highlight_config.theme === 'dark'
  applyBase(node, dark ? 'dash-markdown hljs-dark' : 'dash-markdown')
  let text = Array.isArray(p.children) ? p.children.map(textOf).join('\n') : textOf(p.children)
  if (p.dedent !== false) text = dedent(text)
  if (node.typeset && R.ext.mathjax) R.ext.mathjax.clear([node.elt]) // MathJax forgets the old math
  node.elt.replaceChildren()
  markdownInto(node.elt, text, p.dangerously_allow_html === true, p.link_target, p.mathjax === true)
  const render = node.renders = (node.renders || 0) + 1
  const math = node.elt.querySelectorAll('.dash-math')
  if (math.length) {
    node.typeset = true
    loadFiles('MathJax').then(() => render === node.renders && !node.dead && R.ext.mathjax.typeset([...math]))
      .catch(err => console.error('dash: ' + err.message, err))
  }
  const code = node.elt.querySelectorAll('pre code')
  if (code.length) highlight([...code], dark).catch(err => console.error('dash: ' + err.message, err))
})

function loadFiles (name) {
  return Promise.all(((config.components._dash_renderer || {})[name] || []).map(loadScript))
}

//= Code blocks: highlight.js ===============
// The app's own highlight.js (window.hljs, e.g. from assets/) if it has one, else ours with its light theme
// (components.json `_dash_renderer.Highlight`), loaded the first time a Markdown shows a code block.
let hljsLoad = null
function loadHljs () {
  if (window.hljs) return Promise.resolve(window.hljs)
  if (!hljsLoad) hljsLoad = loadFiles('Highlight').then(() => window.hljs)
  return hljsLoad
}

// highlight_config={'theme': 'dark'}: the dark theme, its rules nested under .hljs-dark (the Markdown's
// class) so they apply there only; through the CSSOM, which a strict CSP allows.
let darkTheme = null
function loadDarkTheme () {
  const url = ((config.components._dash_renderer || {}).HighlightDark || [])[0]
  if (!darkTheme && url && document.adoptedStyleSheets) {
    darkTheme = fetch(url).then(r => {
      if (!r.ok) throw new Error(`Could not load '${url}'.`)
      return r.text()
    }).then(css => {
      const sheet = new CSSStyleSheet()
      sheet.replaceSync('.hljs-dark{' + css + '}')
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    }).catch(err => {
      darkTheme = null
      throw err
    })
  }
  return darkTheme || Promise.resolve()
}

/** Colour every `pre code` block (language from its `language-*` class, else detected). */
function highlight (blocks, dark) {
  return Promise.all([loadHljs(), dark && loadDarkTheme()]).then(([hljs]) => {
    if (!hljs) return
    blocks.forEach(code => {
      if (code.children.length) return // already coloured (or raw HTML with markup of its own)
      code.removeAttribute('data-highlighted')
      try {
        hljs.highlightElement(code)
      } catch (err) {
        console.error('dash: highlight.js could not colour a code block: ' + err.message, err)
      }
    })
  })
}

//= Markdown -> DOM ===============
// Built with createElement/textContent; raw HTML only with dangerously_allow_html (the documented opt-in).
const MD = {
  fence: /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/,
  mathFence: /^ {0,3}(\${2,}) *([^$]*)$/,
  heading: /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/,
  hr: /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/,
  quote: /^ {0,3}> ?/,
  list: /^( {0,3})([-*+]|\d{1,9}\.)(?:([ \t]+)(.*)|$)/, // as remark-parse (not CommonMark mode): no 1)
  code: /^( {4}|\t)/,
  task: /^\[([ \txX])\][ \t]/,
  setext: /^(=+|-+)$/,
  html: /^ {0,3}<\/?[a-zA-Z!]/,
  escape: /^\\([\\`*_{}[\]()#+\-.!~<>|"'$])/,
  codeSpan: /^(`+)([\s\S]*?[^`])\1(?!`)/,
  link: /^!?\[((?:\[[^\]]*\]|\\.|[^[\]\\])*)\]\(\s*<?([^\s<>()]*(?:\([^\s()]*\)[^\s<>()]*)*)>?(?:\s+("[^"]*"|'[^']*'))?\s*\)/,
  autolink: /^<((?:https?|mailto|ftp):[^\s<>]*)>/i,
  tag: /^(?:<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->)/,
  strong: /^(?:\*\*(?=\S)([\s\S]*?\S)\*\*(?!\*)|__(?=\S)([\s\S]*?\S)__(?!\w))/,
  em: /^(?:\*(?=[^\s*])([\s\S]*?[^\s*])\*(?!\*)|_(?=[^\s_])([\s\S]*?[^\s_])_(?!\w))/,
  br: /^(?: {2,}|\\)\n/
}

/** As Plotly's: the whitespace all non-blank lines start with comes off (a tab and four spaces have none in
 * common); blank lines become empty. */
function dedent (text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let common = null
  lines.forEach(l => {
    if (!l.trim()) return
    const lead = /^\s*/.exec(l)[0]
    let n = 0
    while (common !== null && n < common.length && lead[n] === common[n]) n++
    common = common === null ? lead : common.slice(0, n)
  })
  return lines.map(l => l.trim() ? l.slice(common.length) : '').join('\n')
}

/** Render markdown `text` into `target`. With `math` (mathjax=True) TeX between $ (inline) or $$ (display)
 * becomes a span.dash-math holding it between \\( \\) or \\[ \\], for MathJax to typeset. */
function markdownInto (target, text, allowHtml, linkTarget, math) {
  const o = { allowHtml, linkTarget, math, raw: [] }
  renderBlocks(text.replace(/\r\n?/g, '\n').split('\n'), target, o)
  if (o.raw.length) target.innerHTML = target.innerHTML.replace(/<!--dash-raw:(\d+)-->/g, (_, n) => o.raw[+n])
  return target
}

function rawPlaceholder (o, html) {
  o.raw.push(o.math ? rawMath(html, o) : html)
  return document.createComment('dash-raw:' + (o.raw.length - 1))
}

// What ends a list item's lazy lines (remark-parse's interruptList) ...
function endsItem (line, o) {
  return MD.fence.test(line) || (o.math && MD.mathFence.test(line)) || MD.heading.test(line) || MD.hr.test(line)
}

// ... and a paragraph: those, a quote, raw HTML, a bullet list, and an ordered list only inside a list.
function startsBlock (line, o) {
  const m = MD.list.exec(line)
  return endsItem(line, o) || MD.quote.test(line) || (m && (o.inList || !/\d/.test(m[2]))) ||
    (o.allowHtml && MD.html.test(line))
}

// A line under which a line of only = or only - (from its first column, no spaces) makes it an h1 or h2.
const setext = (lines, i) => MD.setext.exec(lines[i + 1] || '')

function renderBlocks (lines, parent, o) {
  let i = 0
  const take = (test, map) => {
    const body = []
    while (i < lines.length && test(lines[i])) body.push(map ? map(lines[i++]) : lines[i++])
    return body
  }
  while (i < lines.length) {
    const line = lines[i]
    let m
    if (!line.trim()) i++
    else if (MD.code.test(line)) {
      // indented code: lines after four spaces or a tab, blank lines between them; blank lines at the end go
      const body = take(l => !l.trim() || MD.code.test(l), l => l.replace(MD.code, ''))
      parent.appendChild(el('pre')).appendChild(el('code', null, body.join('\n').replace(/\n+$/, '')))
    } else if ((m = MD.fence.exec(line))) {
      // as remark-parse: closed by a line of only (as many or more) fence characters; the fence's indent is
      // taken off each line; blank lines at both ends dropped
      const close = new RegExp(`^ {0,3}${m[1][0]}{${m[1].length},}[ \\t]*$`)
      const indent = new RegExp(`^ {0,${/^ */.exec(line)[0].length}}`)
      i++
      const body = take(l => !close.test(l), l => l.replace(indent, ''))
      i++
      const code = body.join('\n').replace(/^\n+|\n+$/g, '')
      parent.appendChild(el('pre')).appendChild(el('code', m[2] ? 'language-' + m[2] : null, code))
    } else if (o.math && (m = MD.mathFence.exec(line))) {
      i = renderMathBlock(lines, i, m, parent)
    } else if ((m = MD.heading.exec(line))) {
      renderInline(m[2] || '', parent.appendChild(el('h' + m[1].length)), o)
      i++
    } else if (MD.hr.test(line)) {
      parent.appendChild(el('hr'))
      i++
    } else if (MD.quote.test(line)) {
      // as remark-parse: every line up to a blank one belongs to the quote (only math interrupts it), and
      // quotes with only blank lines between them are one
      const body = take(l => l.trim() && (MD.quote.test(l) || !(o.math && MD.mathFence.test(l))),
        l => l.replace(MD.quote, ''))
      const last = parent.lastChild
      renderBlocks(body, last && last.tagName === 'BLOCKQUOTE' ? last : parent.appendChild(el('blockquote')), o)
    } else if (MD.list.test(line)) {
      i = renderList(lines, i, parent, o)
    } else if ((m = setext(lines, i))) {
      renderInline(line.trim(), parent.appendChild(el(m[1][0] === '=' ? 'h1' : 'h2')), o)
      i += 2
    } else if (o.allowHtml && MD.html.test(line)) {
      parent.appendChild(rawPlaceholder(o, take(l => l.trim()).join('\n')))
    } else if (hasPipe(line) && hasPipe(lines[i + 1] || '') && tableAlign(lines[i + 1])) {
      i = renderTable(lines, i, parent, o)
    } else {
      const body = [line]
      const more = l => lines[l].trim() && !startsBlock(lines[l], o) && !setext(lines, l)
      for (i++; i < lines.length && more(i); i++) body.push(lines[i])
      renderInline(body.join('\n'), parent.appendChild(el('p')), o) // lines keep their spaces, as Plotly's
    }
  }
}

function renderList (lines, i, parent, o) {
  let m = MD.list.exec(lines[i])
  const marker = m[2].slice(-1) // another bullet (or - after 1.) starts a new list, as in Plotly
  const ordered = marker === '.'
  const list = parent.appendChild(el(ordered ? 'ol' : 'ul'))
  const start = parseInt(m[2], 10)
  if (ordered && start !== 1) list.start = start
  const items = []
  while (i < lines.length && (m = MD.list.exec(lines[i])) && m[2].slice(-1) === marker && !MD.hr.test(lines[i])) {
    if (items.length && items[items.length - 1].blanks) items[items.length - 1].loose = true
    // as remark-parse: the text starts after 1-4 spaces (one when more follow: then it is indented code)
    const gap = (m[3] || ' ').replace(/\t/g, '    ')
    const indent = m[1].length + m[2].length + (gap.length > 4 ? 1 : gap.length)
    const item = [(gap.length > 4 ? gap.slice(1) : '') + (m[4] || '')]
    // remark-parse takes a number's bullet below 10 as one column wider when its width is odd ("1. " as 4)
    let cut = indent + (parseInt(m[2], 10) < 10 && indent % 2 ? 1 : 0)
    for (i++; i < lines.length; i++) {
      const l = lines[i]
      const lead = /^ */.exec(l)[0].length
      if (!l.trim()) {
        if (item[item.length - 1] === '' && item.length > 1) break // two blank lines end the list
        item.push('')
        continue
      }
      if (lead < indent && lead < 4 && MD.list.test(l)) break // the next item, or another list
      if (!lead && (item[item.length - 1] === '' || endsItem(l, o))) break
      item.push(l) // indented, or starting with a space, or lazy
      cut = Math.min(cut, lead)
    }
    item.blanks = 0
    while (item.length > 1 && item[item.length - 1] === '') { item.pop(); item.blanks++ }
    for (let k = 1; k < item.length; k++) item[k] = item[k].slice(cut) // the least indent comes off
    item.loose = item.includes('')
    item.task = MD.task.exec(item[0]) // GFM task item: a checkbox as Plotly's (readonly, checked for [x])
    if (item.task) item[0] = item[0].slice(item.task[0].length)
    items.push(item)
  }
  // Tight or loose per item, as in Plotly Dash: an item with a blank line inside it (code blocks too) or
  // before the next item is loose; it and the item after it keep their <p>, the others lose it.
  const inList = o.inList
  o.inList = true
  items.forEach((item, k) => {
    const li = list.appendChild(el('li'))
    if (item.task) {
      const box = li.appendChild(el('input'))
      box.type = 'checkbox'
      box.readOnly = true
      box.defaultChecked = item.task[1] !== ' ' && item.task[1] !== '\t'
      box.onclick = e => e.preventDefault()
    }
    renderBlocks(item, li, o)
    if (!item.loose && !(k && items[k - 1].loose)) {
      Array.from(li.children).forEach(c => { if (c.tagName === 'P') c.replaceWith(...c.childNodes) })
    }
  })
  o.inList = inList
  return i
}

//= Tables: GFM pipe tables by the rules of Plotly Dash 4.4.1's remark-parse ===============
// Lines that each hold a | after their first character, the second a delimiter row; it does not interrupt
// a paragraph; rows keep the cells they have (none added or dropped).
const hasPipe = line => line.indexOf('|', 1) > 0

/** The column alignments of a delimiter row such as `|:--|:-:|--:|` ('left', 'center', 'right' or '' for
 * none), or null when `line` is not one (only |, -, : and spaces; no empty column between two pipes). */
function tableAlign (line) {
  const align = []
  let a = false // false: no - or : since the last |
  let dash = false
  let piped = false
  for (const c of line) {
    if (c === '|') {
      if (a !== false) align.push(a)
      else if (piped) return null
      a = dash = false
      piped = true
    } else if (c === '-') {
      a = a || ''
      dash = true
    } else if (c === ':') a = a === 'left' ? 'center' : dash && a === '' ? 'right' : 'left'
    else if (!/\s/.test(c)) return null
  }
  if (a !== false) align.push(a)
  return align.length ? align : null
}

/** The cells of a row: split at each | outside code spans (`\|` stays in the cell, to become a | there);
 * one leading | is dropped, and so is an empty last cell (the trailing |). */
function tableCells (line) {
  const cells = []
  let cell = ''
  let open = 0 // backticks of the code span we are in
  line = line.trim().replace(/^\|/, '')
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '|' && !open) {
      cells.push(cell.trim())
      cell = ''
      continue
    }
    cell += c
    if (c === '\\' && i < line.length - 1) cell += line[++i]
    else if (c === '`') {
      let n = 1
      while (line[i + 1] === '`') { cell += line[++i]; n++ }
      open = !open ? n : n >= open ? 0 : open
    }
  }
  if (cell.trim()) cells.push(cell.trim())
  return cells
}

function renderTable (lines, i, parent, o) {
  const align = tableAlign(lines[i + 1])
  const table = parent.appendChild(el('table'))
  let body = null
  const row = (section, tag, line) => {
    const tr = section.appendChild(el('tr'))
    tableCells(line).forEach((text, k) => {
      const cell = tr.appendChild(el(tag))
      if (align[k]) cell.style.textAlign = align[k]
      renderInline(text, cell, o)
    })
  }
  row(table.appendChild(el('thead')), 'th', lines[i])
  for (i += 2; i < lines.length && hasPipe(lines[i]); i++) {
    row(body || (body = table.appendChild(el('tbody'))), 'td', lines[i])
  }
  return i
}

function renderInline (text, parent, o) {
  let buf = ''
  const add = node => {
    if (buf) parent.appendChild(document.createTextNode(buf))
    buf = ''
    return parent.appendChild(node)
  }
  for (let i = 0; i < text.length;) {
    const c = text[i]
    const rest = text.slice(i)
    const emphasis = c === '*' || (c === '_' && !(i > 0 && /\w/.test(text[i - 1])))
    let m
    if (c === '\\' && (m = MD.escape.exec(rest))) buf += m[1]
    else if (c === '`' && (m = MD.codeSpan.exec(rest))) {
      const code = m[2].replace(/\n/g, ' ')
      add(el('code', null, /^ .* $/.test(code) ? code.slice(1, -1) : code))
    } else if ((c === '[' || (c === '!' && text[i + 1] === '[')) && (m = MD.link.exec(rest))) {
      const title = m[3] && m[3].slice(1, -1)
      if (c === '!' && !isSafeUrl(m[2], true)) buf += m[1]
      else if (c === '!') {
        const img = add(el('img'))
        img.src = m[2]
        img.alt = m[1]
        if (title) img.title = title
      } else {
        const a = add(el('a'))
        if (isSafeUrl(m[2])) a.href = m[2]
        if (title) a.title = title
        if (o.linkTarget) {
          a.target = o.linkTarget
          a.rel = 'noopener noreferrer'
        }
        renderInline(m[1], a, o)
      }
    } else if (c === '<' && (m = MD.autolink.exec(rest))) add(el('a', null, m[1])).href = m[1]
    else if (c === '<' && o.allowHtml && (m = MD.tag.exec(rest))) add(rawPlaceholder(o, m[0]))
    else if (emphasis && (m = MD.strong.exec(rest))) renderInline(m[1] || m[2], add(el('strong')), o)
    else if (emphasis && (m = MD.em.exec(rest))) renderInline(m[1] || m[2], add(el('em')), o)
    else if ((c === ' ' || c === '\\') && (m = MD.br.exec(rest))) add(el('br'))
    else if (c === '$' && o.math && (m = mathAt(rest))) add(mathSpan(m[1], false)) // $$x$$ too: remark-math's inlineMath
    else {
      buf += c
      i++
      continue
    }
    i += m[0].length
  }
  if (buf) parent.appendChild(document.createTextNode(buf))
}

//= Math (mathjax=True): remark-math's rules, as Plotly Dash uses them ===============
function mathSpan (tex, display) {
  return el('span', 'dash-math', display ? '\\[' + tex + '\\]' : '\\(' + tex + '\\)')
}

/** `$tex$` or `$$tex$$` at the start of `s`: [whole, tex] with .display, or null. The opening $ is not
 * followed by a space or tab; the closing one is not preceded by one, nor followed by a digit ($5 and $6
 * is text); a backslash escapes the next character. */
function mathAt (s) {
  const display = s[1] === '$'
  let i = display ? 2 : 1
  if (i >= s.length || s[i] === ' ' || s[i] === '\t') return null
  const start = i
  for (; i < s.length; i++) {
    if (s[i] === '\\') i++
    else if (s[i] === '$' && i > start && !/[ \t]/.test(s[i - 1]) && !/[0-9]/.test(s[i + 1] || '') &&
      (!display || s[i + 1] === '$')) {
      const m = [s.slice(0, i + (display ? 2 : 1)), s.slice(start, i)]
      m.display = display
      return m
    }
  }
  return null
}

/** A block between fences of two or more $ (the closing fence as long at least, ending its line). */
function renderMathBlock (lines, i, m, parent) {
  const body = m[2].trim() ? [m[2].trimEnd()] : []
  for (i++; i < lines.length; i++) {
    const line = lines[i].replace(/ +$/, '')
    const close = /\$+$/.exec(line)
    if (close && close[0].length >= m[1].length && line.indexOf('$') === close.index) {
      if (line.slice(0, close.index).trim()) body.push(line.slice(0, close.index).trim())
      i++
      break
    }
    body.push(lines[i])
  }
  parent.appendChild(mathSpan(body.join('\n'), true))
  return i
}

/** dangerously_allow_html with math: $ math in the text of raw HTML (outside code, pre, script, style and
 * textarea, and outside tags) becomes span.dash-math too. */
function rawMath (html, o) {
  return html.split(/(<[^>]*>)/).map((part, k) => {
    if (k % 2) {
      const tag = /^<(\/?)(code|pre|script|style|textarea)\b/i.exec(part)
      if (tag) o.rawCode = Math.max(0, (o.rawCode || 0) + (tag[1] ? -1 : 1))
      return part
    }
    if (o.rawCode) return part
    let out = ''
    for (let i = 0; i < part.length;) {
      const m = part[i] === '$' && mathAt(part.slice(i))
      if (m) {
        const display = m.display && m[1].includes('\n') // Plotly: $$ spanning lines is display math
        out += '<span class="dash-math">' + (display ? '\\[' + m[1] + '\\]' : '\\(' + m[1] + '\\)') + '</span>'
        i += m[0].length
      } else out += part[i++]
    }
    return out
  }).join('')
}

R.define('dash_core_components', 'Markdown', markdownDef)
R.kit.markdownInto = R.internal.markdownInto = markdownInto
})(window.dash_renderer)
