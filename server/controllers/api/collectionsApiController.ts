import type { Request, Response } from 'express'
import { parseNoQuery } from '../../forms/apiQueryForm'
import { presentCollection, presentCollectionList } from '../../presenters/api/collectionApiPresenter'
import type { Services } from '../../services'
import { sendJson } from './apiResponse'

export function collectionsApiController({ collections }: Pick<Services, 'collections'>) {
  return {
    list: async (req: Request, res: Response) => {
      parseNoQuery(req.query)
      sendJson(res, presentCollectionList(await collections.listPublicWithItems()))
    },

    show: async (req: Request, res: Response) => {
      parseNoQuery(req.query)
      const { summary, items } = await collections.publicSummaryBySlug(String(req.params.slug))
      sendJson(res, presentCollection(summary, items))
    },
  }
}
