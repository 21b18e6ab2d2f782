;(function () {
  'use strict'
  // Renderer hooks: Dash(hooks={...}) or app.renderer = 'var renderer = new DashRenderer({...})' (Plotly's
  // names). Loaded before renderer.js only when an app has hooks. The core is untouched: the hooks sit on
  // this page's requests to its own dash routes.
  //   layout_pre()                     before the layout is requested
  //   layout_post(layout)              with the layout before it is drawn (changes to it are drawn)
  //   request_pre(payload)             with each callback request body before it is sent (changes are sent)
  //   request_post(payload, response)  with the body and the JSON answer of each callback request
  //   callback_resolved(callback, response)  a server callback finished: its _dash-dependencies entry
  //   request_refresh_jwt(oldJwt)      a request failed with 401 'JWT Expired': return the new token
  //                                    (sent as 'Authorization: Bearer ...' from then on) to retry once
  const NAMES = ['layout_pre', 'layout_post', 'request_pre', 'request_post', 'callback_resolved', 'request_refresh_jwt']
  const JWT_EXPIRED = 'JWT Expired'
  let hooks = {}
  let jwt = null
  let deps = []

  window.DashRenderer = function DashRenderer (given) {
    hooks = {}
    for (const name of NAMES) if (given && typeof given[name] === 'function') hooks[name] = given[name]
  }

  const realFetch = window.fetch.bind(window)
  const route = url => {
    const path = new URL(String(url), document.baseURI).pathname
    const m = /\/(_dash-layout|_dash-dependencies|_dash-update-component)$/.exec(path)
    return m ? m[1] : null
  }
  const jsonResponse = (value, res) =>
    new Response(JSON.stringify(value), { status: res.status, statusText: res.statusText, headers: res.headers })

  async function send (url, init) {
    const options = Object.assign({}, init)
    if (jwt) options.headers = Object.assign({}, options.headers, { Authorization: 'Bearer ' + jwt })
    let res = await realFetch(url, options)
    if (res.status === 401 && hooks.request_refresh_jwt) {
      const text = await res.clone().text()
      if (text.includes(JWT_EXPIRED)) {
        const fresh = await hooks.request_refresh_jwt(jwt)
        if (fresh) {
          jwt = fresh
          options.headers = Object.assign({}, options.headers, { Authorization: 'Bearer ' + jwt })
          res = await realFetch(url, options)
        }
      }
    }
    return res
  }

  window.fetch = async function (url, init) {
    const name = typeof url === 'string' || url instanceof URL ? route(url) : null
    if (!name) return realFetch(url, init)
    if (name === '_dash-layout') {
      if (hooks.layout_pre) hooks.layout_pre()
      const res = await send(url, init)
      if (!res.ok || !hooks.layout_post) return res
      const layout = await res.json()
      hooks.layout_post(layout)
      return jsonResponse(layout, res)
    }
    if (name === '_dash-dependencies') {
      const res = await send(url, init)
      if (!res.ok) return res
      const value = await res.clone().json().catch(() => null)
      deps = Array.isArray(value) ? value : []
      return res
    }
    let payload = null
    if (init && typeof init.body === 'string') {
      try { payload = JSON.parse(init.body) } catch (err) { payload = null }
    }
    if (payload && hooks.request_pre) {
      hooks.request_pre(payload)
      init = Object.assign({}, init, { body: JSON.stringify(payload) })
    }
    const res = await send(url, init)
    if (res.status !== 200 || !(hooks.request_post || hooks.callback_resolved)) return res
    const answer = await res.clone().json().catch(() => null)
    if (answer === null) return res
    if (hooks.request_post) hooks.request_post(payload, answer)
    if (hooks.callback_resolved && payload && answer.response) {
      const callback = deps.find(d => d.output === payload.output) || { output: payload.output }
      hooks.callback_resolved(callback, answer.response)
    }
    return res
  }
})()
