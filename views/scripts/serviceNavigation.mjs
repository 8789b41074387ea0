import { ServiceNavigation } from './govuk-frontend.min.js'

// GOV.UK Frontend hides the menu button on wide screens with `hidden` and aria-hidden="true".
// `hidden` already removes it from the accessibility tree; the pair is redundant, and HTML
// checkers flag it, so the page is served with `hidden` alone and this keeps it that way.
// Written for every browser GOV.UK Frontend runs in (ES modules), so no static fields or `?.`.
export class AppServiceNavigation extends ServiceNavigation {
  checkMode() {
    super.checkMode()
    if (this.$menuButton) this.$menuButton.removeAttribute('aria-hidden')
  }
}

// A module name of its own, so that initAll() leaves this header to it.
AppServiceNavigation.moduleName = 'app-service-navigation'
