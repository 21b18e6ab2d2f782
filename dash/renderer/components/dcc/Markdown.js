// dcc.Markdown and our markdown converter.
;(function (R) {
'use strict'
const { el, applyBase, textOf, isSafeUrl, widget } = R.kit

const markdownDef = widget('div', node => {
  const p = node.props
  applyBase(node, 'dash-markdown')
  let text = Array.isArray(p.children) ? p.children.map(textOf).join('\n') : textOf(p.children)
  if (p.dedent !== false) text = dedent(text)
  node.elt.replaceChildren()
  markdownInto(node.elt, text, p.dangerously_allow_html === true, p.link_target)
})


//= Markdown -> DOM ===============
// Built with createElement/textContent; raw HTML only with dangerously_allow_html (the documented opt-in).
const MD = {
  fence: /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/,
  heading: /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/,
  hr: /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/,
  quote: /^ {0,3}> ?/,
  list: /^( {0,3})([-*+]|\d{1,9}[.)])(?:[ \t]+(.*)|$)/,
  html: /^ {0,3}<\/?[a-zA-Z!]/,
  escape: /^\\([\\`*_{}[\]()#+\-.!~<>|"'])/,
  codeSpan: /^(`+)([\s\S]*?[^`])\1(?!`)/,
  link: /^!?\[((?:\[[^\]]*\]|\\.|[^[\]\\])*)\]\(\s*<?([^\s<>()]*(?:\([^\s()]*\)[^\s<>()]*)*)>?(?:\s+("[^"]*"|'[^']*'))?\s*\)/,
  autolink: /^<((?:https?|mailto|ftp):[^\s<>]*)>/i,
  tag: /^(?:<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->)/,
  strong: /^(?:\*\*(?=\S)([\s\S]*?\S)\*\*(?!\*)|__(?=\S)([\s\S]*?\S)__(?!\w))/,
  em: /^(?:\*(?=[^\s*])([\s\S]*?[^\s*])\*(?!\*)|_(?=[^\s_])([\s\S]*?[^\s_])_(?!\w))/,
  br: /^(?: {2,}|\\)\n/
}

function dedent (text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let min = Infinity
  lines.forEach(l => { if (l.trim()) min = Math.min(min, /^[ \t]*/.exec(l)[0].length) })
  return min === Infinity ? text : lines.map(l => l.slice(min)).join('\n')
}

function markdownInto (target, text, allowHtml, linkTarget) {
  const o = { allowHtml, linkTarget, raw: [] }
  renderBlocks(text.replace(/\r\n?/g, '\n').split('\n'), target, o)
  if (o.raw.length) target.innerHTML = target.innerHTML.replace(/<!--dash-raw:(\d+)-->/g, (_, n) => o.raw[+n])
  return target
}

function rawPlaceholder (o, html) {
  o.raw.push(html)
  return document.createComment('dash-raw:' + (o.raw.length - 1))
}

function startsBlock (line, o) {
  return MD.fence.test(line) || MD.heading.test(line) || MD.hr.test(line) || MD.quote.test(line) ||
    MD.list.test(line) || (o.allowHtml && MD.html.test(line))
}

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
    else if ((m = MD.fence.exec(line))) {
      i++
      const body = take(l => !l.trim().startsWith(m[1]))
      i++
      parent.appendChild(el('pre')).appendChild(el('code', m[2] ? 'language-' + m[2] : null, body.join('\n')))
    } else if ((m = MD.heading.exec(line))) {
      renderInline(m[2] || '', parent.appendChild(el('h' + m[1].length)), o)
      i++
    } else if (MD.hr.test(line)) {
      parent.appendChild(el('hr'))
      i++
    } else if (MD.quote.test(line)) {
      const body = take(l => l.trim() && (MD.quote.test(l) || !startsBlock(l, o)), l => l.replace(MD.quote, ''))
      renderBlocks(body, parent.appendChild(el('blockquote')), o)
    } else if (MD.list.test(line)) {
      i = renderList(lines, i, parent, o)
    } else if (o.allowHtml && MD.html.test(line)) {
      parent.appendChild(rawPlaceholder(o, take(l => l.trim()).join('\n')))
    } else {
      i++
      const body = [line, ...take(l => l.trim() && !startsBlock(l, o))]
      renderInline(body.map(l => l.trimStart()).join('\n').trimEnd(), parent.appendChild(el('p')), o)
    }
  }
}

function renderList (lines, i, parent, o) {
  const start = parseInt(MD.list.exec(lines[i])[2], 10)
  const ordered = !isNaN(start)
  const list = parent.appendChild(el(ordered ? 'ol' : 'ul'))
  if (ordered && start !== 1) list.start = start
  let tight = true
  const items = []
  let m
  while (i < lines.length && (m = MD.list.exec(lines[i])) && /\d/.test(m[2]) === ordered && !MD.hr.test(lines[i])) {
    const indent = m[1].length + m[2].length + 1
    const item = [m[3] || '']
    for (i++; i < lines.length; i++) {
      const l = lines[i]
      const lead = /^ */.exec(l)[0].length
      if (!l.trim()) item.push('')
      else if (lead >= indent || (lead > m[1].length && MD.list.test(l))) item.push(l.slice(Math.min(lead, indent)))
      else if (item[item.length - 1] !== '' && !startsBlock(l, o)) item.push(l)
      else break
    }
    let blanks = 0
    while (item.length > 1 && item[item.length - 1] === '') { item.pop(); blanks++ }
    if (item.includes('') || (blanks && i < lines.length && MD.list.test(lines[i]))) tight = false
    items.push(item)
  }
  items.forEach(item => {
    const li = list.appendChild(el('li'))
    renderBlocks(item, li, o)
    if (tight) Array.from(li.children).forEach(c => { if (c.tagName === 'P') c.replaceWith(...c.childNodes) })
  })
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
    else {
      buf += c
      i++
      continue
    }
    i += m[0].length
  }
  if (buf) parent.appendChild(document.createTextNode(buf))
}

R.define('dash_core_components', 'Markdown', markdownDef)
R.kit.markdownInto = R.internal.markdownInto = markdownInto
})(window.dash_renderer)
