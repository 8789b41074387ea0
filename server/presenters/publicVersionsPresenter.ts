import { paths } from '../paths'
import type { FieldDiff } from '../services/caseStudies/contentDiff'
import type { PublicVersion } from '../services/caseStudies/publicVersionService'
import { formatDate } from './formatDate'

type Subject = { slug: string; title: string; councilName: string; versions: PublicVersion[] }

const versionsText = (count: number) => `${count} version${count === 1 ? '' : 's'}`

/** The case page's link to its version history, once something is published. */
export const presentVersionHistoryLink = (slug: string, count: number) =>
  count > 0 ? { href: paths.caseStudyVersions.list(slug), text: `Version history (${versionsText(count)})` } : undefined

const publishedOn = (version: PublicVersion) => formatDate(version.publishedAt) || 'Date not recorded'

/** The rows of the version history, newest first; the publisher shown is the council, never a person. */
export function presentVersionList(view: Subject) {
  const count = view.versions.length
  return {
    title: view.title,
    councilName: view.councilName,
    caseStudyHref: paths.caseStudies.show(view.slug),
    summary: `${view.title} has been published ${count === 1 ? 'once' : `${count} times`}.`,
    rows: [...view.versions].reverse().map(version => ({
      number: version.number,
      current: version.number === count,
      publishedOn: publishedOn(version),
      publishedBy: view.councilName,
      href: paths.caseStudyVersions.show(view.slug, version.number),
      linkText: version.number === 1 ? 'See the first version' : 'See what changed',
    })),
  }
}

/** One version's changes since the one before, with links to its neighbours and the whole list. */
export function presentVersionChanges(view: Subject & { version: PublicVersion; diffs: FieldDiff[] }) {
  const { number } = view.version
  const count = view.versions.length
  const link = (to: number) => ({ href: paths.caseStudyVersions.show(view.slug, to), text: `Version ${to}` })
  return {
    title: view.title,
    heading: number === 1 ? 'Version 1, as first published' : `Changes in version ${number}`,
    number,
    count,
    first: number === 1,
    publishedOn: publishedOn(view.version),
    publishedBy: view.councilName,
    caseStudyHref: paths.caseStudies.show(view.slug),
    listHref: paths.caseStudyVersions.list(view.slug),
    previous: number > 1 ? link(number - 1) : undefined,
    next: number < count ? link(number + 1) : undefined,
    diffs: view.diffs,
  }
}
