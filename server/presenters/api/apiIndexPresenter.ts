import { THEMES, keysOf } from '../../../models/vocabulary'
import { paths } from '../../paths'
import type { FacetCounts } from '../../search/searchTypes'

/** Every theme with its published count, in the list's own order; themes with none are listed too. */
export function presentThemes(published: { facets: FacetCounts }) {
  return {
    items: keysOf(THEMES).map(code => ({
      code,
      label: THEMES[code].label,
      published: published.facets.theme[code] ?? 0,
      links: { caseStudies: `${paths.api.caseStudies()}?${new URLSearchParams({ theme: code }).toString()}` },
    })),
  }
}

/** The API's front door: where everything is. */
export const presentApiIndex = () => ({
  version: '1',
  links: {
    caseStudies: paths.api.caseStudies(),
    councils: paths.api.councils(),
    themes: paths.api.themes(),
    collections: paths.api.collections(),
    openApi: paths.api.openApi(),
    documentation: paths.api.page(),
  },
})
