import type { Request, Response } from 'express'
import type { Services } from '../services'

export function healthController({ health, searchIndex }: Pick<Services, 'health' | 'searchIndex'>) {
  return {
    /** The process is up and serving HTTP; says nothing about the store. */
    live: (_req: Request, res: Response) => {
      res.set('Cache-Control', 'no-store').json({ status: 'ok' })
    },

    /**
     * Ready to serve pages: the store answers. A load balancer takes us out of rotation on 503.
     * The search index's lag is reported for monitoring but never fails readiness: a lagging index
     * still answers, and the pages stay useful.
     */
    ready: async (_req: Request, res: Response) => {
      const ready = await health.isReady()
      const search = ready
        ? await searchIndex.status().then(
            ({ state, engine, documents, pending, lagMs }) => ({ state, engine, documents, pending, lagMs }),
            () => 'unavailable' as const,
          )
        : 'unavailable'
      res
        .status(ready ? 200 : 503)
        .set('Cache-Control', 'no-store')
        .json({ status: ready ? 'ready' : 'unavailable', checks: { store: ready ? 'ok' : 'unreachable', search } })
    },
  }
}
