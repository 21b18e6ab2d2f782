;(function () {
  'use strict'
  // Hot reload (debug mode; dash/_hot_reload.py): ask `_reload-hash` every config.hot_reload.interval ms.
  // A new server process or a changed script reloads the page; changed stylesheets are swapped in place.
  // After max_retry failed checks in a row (the server stopped) it stops asking.
  const configElt = document.getElementById('_dash-config')
  const config = configElt ? JSON.parse(configElt.textContent) : {}
  const settings = config.hot_reload
  if (!settings) return
  const url = (config.requests_pathname_prefix || '/') + '_reload-hash'
  const pathOf = href => new URL(href, document.baseURI).pathname
  let last = null
  let failures = 0

  function swapStylesheets (before, now) {
    const old = new Map(before.filter(f => f.is_css).map(f => [f.path, f]))
    for (const file of now.filter(f => f.is_css)) {
      const previous = old.get(file.path)
      if (previous && previous.modified === file.modified) continue
      const links = [...document.querySelectorAll('link[rel=stylesheet]')]
      const link = previous && links.find(l => pathOf(l.href) === pathOf(previous.url))
      if (link) {
        link.href = file.url
      } else {
        const added = document.createElement('link')
        added.rel = 'stylesheet'
        added.href = file.url
        document.head.appendChild(added)
      }
    }
    const kept = new Set(now.map(f => f.path))
    for (const file of before.filter(f => f.is_css && !kept.has(f.path))) {
      document.querySelectorAll('link[rel=stylesheet]').forEach(l => {
        if (pathOf(l.href) === pathOf(file.url)) l.remove()
      })
    }
  }

  function needsReload (before, now) {
    if (before.token !== now.token) return true
    const key = f => f.path + '@' + f.modified
    const scripts = list => list.files.filter(f => !f.is_css).map(key).sort().join('|')
    return scripts(before) !== scripts(now)
  }

  async function check () {
    let answer
    try {
      const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      if (!res.ok) throw new Error(res.status + ' ' + res.statusText)
      answer = await res.json()
    } catch (err) {
      failures += 1
      if (failures >= settings.max_retry) {
        console.warn(`dash hot reload: the server did not answer ${failures} times; reload the page when it is back.`)
        return
      }
      return setTimeout(check, settings.interval)
    }
    failures = 0
    if (last && answer.reloadHash !== last.reloadHash) {
      if (needsReload(last, answer)) return window.location.reload()
      swapStylesheets(last.files, answer.files)
      window.dispatchEvent(new CustomEvent('dash:hotReload', { detail: { files: answer.files } }))
    }
    last = answer
    setTimeout(check, settings.interval)
  }

  check() // the first answer is the baseline
})()
