import type { Request, Response } from 'express'
import type { Services } from '../services'

export function healthController({ health }: Pick<Services, 'health'>) {
  return {
    /** The process is up and serving HTTP; says nothing about the store. */
    live: (_req: Request, res: Response) => {
      res.set('Cache-Control', 'no-store').json({ status: 'ok' })
    },

    /** Ready to serve pages: a load balancer takes us out of rotation on 503. Words only: it is public. */
    ready: async (_req: Request, res: Response) => {
      const { ready, checks } = await health.readiness()
      res
        .status(ready ? 200 : 503)
        .set('Cache-Control', 'no-store')
        .json({ status: ready ? 'ready' : 'unavailable', checks })
    },
  }
}
