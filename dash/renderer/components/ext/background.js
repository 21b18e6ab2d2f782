;(function (R) {
  'use strict'
  // Background callbacks (background=True): the first answer names a job; poll it every `interval` ms
  // with ?cacheKey=..&job=.., showing progress and set_props updates, until the result (or a 204) comes.
  const { applyUpdates, inflight, stringifyId } = R.kit
  const applyPropIds = R.ext.applyPropIds // ext/running.js, listed before this file
  /** callback instance key -> a job the page stopped waiting for; the next request stops it (oldJob). */
  const oldJobs = new Map()

  /** Query arguments of a request: jobs it replaces (oldJob) and jobs its changed props cancel (cancelJob). */
  R.ext.jobQuery = function (entry) {
    const q = new URLSearchParams()
    if (oldJobs.has(entry.key)) q.append('oldJob', oldJobs.get(entry.key))
    oldJobs.delete(entry.key)
    inflight.forEach(e => {
      if (e.job && e.cancel && e.cancel.some(c => entry.changed.has(stringifyId(c.id) + '.' + c.property))) {
        q.append('cancelJob', e.job)
        e.abandon = true
      }
    })
    const s = q.toString()
    return s ? '?' + s : ''
  }

  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

  R.ext.pollJob = async function (entry, body, first, post) {
    entry.job = first.job
    entry.cancel = first.cancel || null
    const defaults = first.progressDefault
    const query = '?' + new URLSearchParams({ cacheKey: first.cacheKey, job: first.job })
    applyPropIds(defaults)
    try {
      for (;;) {
        await sleep((entry.cb.background && entry.cb.background.interval) || 1000)
        if (entry.abandon) {
          oldJobs.set(entry.key, entry.job)
          return null
        }
        const answer = await post(body, query)
        if (!answer) return null
        applyPropIds(answer.progress)
        if (answer.response) return answer
        applyUpdates(answer.sideUpdate)
      }
    } finally {
      entry.job = null
      applyPropIds(defaults)
    }
  }
})(window.dash_renderer)
