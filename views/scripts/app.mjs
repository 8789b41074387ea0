// Pages work without JavaScript; this only enhances GOV.UK Frontend components.
import { initAll } from './govuk-frontend.min.js'

initAll()
