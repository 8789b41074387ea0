// Pages work without JavaScript; this only enhances GOV.UK Frontend components and our own.
import { createAll, initAll } from './govuk-frontend.min.js'
import { initFilterToggles } from './filterToggle.mjs'
import { AppServiceNavigation } from './serviceNavigation.mjs'

initAll()
createAll(AppServiceNavigation)
initFilterToggles()
