import type { Request, Response } from 'express'
import { presentCollection, presentCollectionLinks } from '../../presenters/browse/collectionPresenter'
import type { Services } from '../../services'

/** The public collections: curated lists of published case studies. */
export function collectionsController({ collections }: Pick<Services, 'collections'>) {
  return {
    list: async (_req: Request, res: Response) => {
      res.render('pages/collections/index', {
        pageTitle: 'Collections',
        collections: presentCollectionLinks(await collections.listPublic()),
      })
    },

    show: async (req: Request, res: Response) => {
      const collection = presentCollection(await collections.publicBySlug(String(req.params.slug)))
      res.render('pages/collections/show', { pageTitle: collection.title, collection })
    },
  }
}
