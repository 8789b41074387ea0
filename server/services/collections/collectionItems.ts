import type { CaseStudyRepository } from '../../data/caseStudyRepository'
import type { CouncilService } from '../councilService'

/** Where a listed case study stands: visitors see only 'published' ones. */
export type ItemStatus = 'published' | 'archived' | 'unpublished' | 'missing'

export type CollectionItem = {
  id: string
  status: ItemStatus
  title: string
  slug: string
  summary: string
  themes: string[]
  councilCode: string
  councilName: string
  councilSlug: string | undefined
}

/**
 * The case studies of a collection, in its order, read from MongoDB by _id (the record, not the
 * index, so a collection never shows what has just been archived). Each is one lookup by _id,
 * which FerretDB answers without a scan; a collection holds at most 50.
 */
export function collectionItemReader(caseStudies: CaseStudyRepository, councils: CouncilService) {
  return async function read(ids: string[]): Promise<CollectionItem[]> {
    const records = await Promise.all(ids.map(id => caseStudies.findById(id)))
    return Promise.all(
      records.map(async (record, index): Promise<CollectionItem> => {
        const content = record?.published?.content ?? record?.draft?.content
        const council = record ? await councils.findByGssCode(record.leadCouncilCode) : undefined
        const status: ItemStatus = !record
          ? 'missing'
          : record.archivedAt
            ? 'archived'
            : record.published
              ? 'published'
              : 'unpublished'
        return {
          id: ids[index]!,
          status,
          title: content?.title ?? 'A case study that has been deleted',
          slug: record?.slug ?? '',
          summary: content?.summary ?? '',
          themes: content?.themes ?? [],
          councilCode: record?.leadCouncilCode ?? '',
          councilName: council?.name ?? record?.leadCouncilCode ?? '',
          councilSlug: council?.slug,
        }
      }),
    )
  }
}

export type CollectionItemReader = ReturnType<typeof collectionItemReader>
