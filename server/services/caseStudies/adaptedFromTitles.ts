import type { CaseStudyContent } from '../../../models/vocabulary'
import type { CaseStudyRepository } from '../../data/caseStudyRepository'

/**
 * The titles of the published case studies these versions say they were adapted from, for
 * showing "adapted from" in answers, diffs and public history; each is read once, by _id.
 */
export async function adaptedFromTitles(
  repository: Pick<CaseStudyRepository, 'findById'>,
  contents: (CaseStudyContent | undefined)[],
): Promise<(id: string) => string> {
  const ids = new Set(contents.map(content => content?.adaptedFrom.caseStudyId ?? '').filter(Boolean))
  const titles = new Map<string, string>()
  for (const id of ids) {
    const original = await repository.findById(id)
    titles.set(id, original?.published?.content.title ?? 'A case study that is no longer available')
  }
  return id => titles.get(id) ?? id
}
