// The search page's "Filter" control on small screens. Without JavaScript it is a link to the
// filter panel, which CSS opens with :target. Here it becomes a disclosure button that tells
// assistive technology whether the panel is open; CSS hides both on wide screens, where the
// panel is always shown beside the results.
const OPEN = 'app-filter-layout__panel--open'

export function initFilterToggles(scope = document) {
  for (const link of scope.querySelectorAll('a[data-module="app-filter-toggle"]')) {
    const panel = document.getElementById(link.hash.slice(1))
    const layout = link.closest('.app-filter-layout')
    if (!panel || !layout) continue

    const button = document.createElement('button')
    button.type = 'button'
    button.className = link.className
    button.textContent = link.textContent
    button.setAttribute('aria-controls', panel.id)
    const show = open => {
      button.setAttribute('aria-expanded', String(open))
      panel.classList.toggle(OPEN, open)
    }
    // Someone who followed the link before the script ran keeps the panel they opened.
    show(location.hash === link.hash)
    button.addEventListener('click', () => show(button.getAttribute('aria-expanded') !== 'true'))
    layout.classList.add('app-filter-layout--enhanced')
    link.replaceWith(button)
  }
}
