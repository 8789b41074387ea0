import path from 'node:path'
import ejs from 'ejs'
import type { Express } from 'express'
import { VIEWS_DIR } from './projectRoot'
import { selectOptionsHtml } from './selectOptions'

const LAYOUT = path.join(VIEWS_DIR, 'layouts', 'main.ejs')

type Locals = Record<string, unknown> & { layout?: false }
type Callback = (error: Error | null, html?: string) => void

/** EJS with one layout: the page renders first, then the layout wraps it as `body`. */
function renderWithLayout(file: string, locals: Locals, callback: Callback): void {
  const options = {
    cache: locals.settings ? Boolean((locals.settings as Record<string, unknown>)['view cache']) : false,
    // `include('/components/...')` starts from the views folder. EJS looks such a path up without
    // touching the disk, where a relative one costs a file-exists check on every include of every
    // page, even with compiled templates cached: the layout and the busiest pages use them.
    root: VIEWS_DIR,
  }
  ejs.renderFile(file, locals, options, (pageError, body) => {
    if (pageError) return callback(pageError)
    if (locals.layout === false) return callback(null, body)
    ejs.renderFile(LAYOUT, { ...locals, body }, options, callback)
  })
}

export function setUpViews(app: Express): void {
  app.engine('ejs', renderWithLayout as Parameters<Express['engine']>[1])
  app.set('view engine', 'ejs')
  app.set('views', VIEWS_DIR)
  // Options of a select, escaped; cached per list (see selectOptions.ts).
  app.locals.selectOptionsHtml = selectOptionsHtml
}
