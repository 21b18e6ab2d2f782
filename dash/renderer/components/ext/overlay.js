;(function (R) {
  'use strict'
  // Debug mode's error overlay: callback errors and ids missing from the layout, one entry each.
  const { el } = R.kit

  R.ext.showErrorOverlay = function (title, err, traceback) {
    let box = document.getElementById('_dash-error-overlay')
    if (!box) {
      box = document.body.appendChild(el('div', 'dash-error-overlay'))
      box.id = '_dash-error-overlay'
      box.setAttribute('role', 'alert')
      const close = box.appendChild(el('div', 'dash-error-head', 'Errors')).appendChild(el('button', 'dash-error-close', '\u00d7'))
      close.type = 'button'
      close.setAttribute('aria-label', 'Close')
      close.addEventListener('click', () => box.remove())
      box.appendChild(el('div', 'dash-error-list'))
    }
    const item = box.querySelector('.dash-error-list').appendChild(el('div', 'dash-error'))
    item.append(el('div', 'dash-error-title', title), el('div', 'dash-error-message', err.message))
    if (err.exception) item.appendChild(el('div', 'dash-error-exception', err.exception))
    if (traceback) item.appendChild(el('pre', 'dash-error-traceback', traceback))
  }
})(window.dash_renderer)
