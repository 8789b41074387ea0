import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Request, Response } from 'express'
import { parseSearch } from '../../forms/searchForm'
import { presentCodebook } from '../../presenters/codebookPresenter'
import type { Services } from '../../services'
import { activeCouncilOf } from '../../services/authorisation'
import { codebook } from '../../services/exchange/codebook'
import { MEDIA_TYPES, type ExchangeFormat } from '../../services/exchange/exchangeFormats'

/** Downloads of any search's results, and the codebook that describes their columns. */
export function exportController({ caseStudyExports, councils }: Pick<Services, 'caseStudyExports' | 'councils'>) {
  /**
   * The search page's query string read as the page reads it, "councils like" included (the
   * officer's own council when a mode is chosen without one), so a download holds every page of
   * what the page lists.
   */
  const download = (format: ExchangeFormat) => async (req: Request, res: Response) => {
    const { params, likeSlug } = parseSearch(req.query)
    const chosen = await councils.findBySlug(likeSlug)
    const likeCouncil = chosen?.gssCode ?? (params.likeMode ? activeCouncilOf(req.user) : undefined)
    const { filename, chunks } = await caseStudyExports.prepare({ ...params, likeCouncil }, format)
    // attachment() sets a type from the file's extension, which knows no .jsonl: ours goes after it.
    res.attachment(filename)
    res.set('Content-Type', MEDIA_TYPES[format])
    // pipeline() waits for the client to take each chunk before the next batch is read.
    await pipeline(Readable.from(chunks), res)
  }

  return {
    csv: download('csv'),
    jsonl: download('jsonl'),

    codebook: (_req: Request, res: Response) => {
      res.render('pages/exchange/codebook', {
        pageTitle: 'Codebook for case study downloads',
        codebook: presentCodebook(),
      })
    },

    codebookJson: (_req: Request, res: Response) => {
      res.json(codebook())
    },
  }
}
