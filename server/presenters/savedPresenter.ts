import { ALERT_FREQUENCIES, type AlertFrequency } from '../../models/followLists'
import type { CouncilData } from '../data/councilRepository'
import { paths } from '../paths'
import type { SavedItems } from '../services/diffusion/followService'
import { formatDate } from './formatDate'
import { describeSavedSearch } from './savedSearchPresenter'

const frequencyRadios = () =>
  (Object.keys(ALERT_FREQUENCIES) as AlertFrequency[]).map(value => ({
    value,
    text: ALERT_FREQUENCIES[value].label,
    hint: { text: ALERT_FREQUENCIES[value].hint },
  }))

/** The officer's saved page: case studies (those no longer published marked), searches, and each one's alerts. */
export function presentSaved(items: SavedItems, councils: Pick<CouncilData, 'slug' | 'name'>[]) {
  return {
    caseStudies: items.caseStudies.map(item => ({
      id: item.caseStudyId,
      title: item.document?.title ?? 'A case study that is no longer published',
      href: item.document ? paths.caseStudies.show(item.document.slug) : undefined,
      councilName: item.document?.councilName ?? '',
      savedOn: formatDate(item.savedAt),
      removeAction: paths.follow.removeCaseStudy(item.caseStudyId),
    })),
    caseStudyAlerts: {
      value: items.caseStudyAlerts,
      label: ALERT_FREQUENCIES[items.caseStudyAlerts].label,
      items: frequencyRadios(),
      action: paths.follow.caseStudyAlerts(),
    },
    searches: items.searches.map(search => ({
      id: search._id,
      ...describeSavedSearch(search.query, councils),
      frequency: search.frequency,
      frequencyLabel: ALERT_FREQUENCIES[search.frequency].label,
      items: frequencyRadios(),
      alertsAction: paths.follow.searchAlerts(search._id),
      removeAction: paths.follow.removeSearch(search._id),
    })),
  }
}
