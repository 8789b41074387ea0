// npm run check-index: lists every difference between MongoDB and the search index and exits 1 if
// there is any (0 when they agree; 2 if it could not check), so it can run in monitoring or after
// a deployment.
import type { IndexDifference } from '../server/search/indexCheck'
import { runTool, withServices } from './withServices'

const WHAT = {
  missing: 'missing from the index',
  extra: 'in the index but not published',
  different: 'differs in the index',
}

const describe = (difference: IndexDifference) =>
  `${difference.id} "${difference.title}": ${WHAT[difference.kind]}${
    difference.kind === 'different' ? ` (fields: ${difference.fields.join(', ')})` : ''
  }`

runTool(
  'check-index',
  () =>
    withServices(async services => {
      try {
        const differences = await services.searchIndex.check()
        const status = await services.searchIndex.status()
        for (const difference of differences) console.log(describe(difference))
        if (status.pending) console.log(`${status.pending} changes are waiting for the indexer.`)
        console.log(
          differences.length
            ? `${differences.length} difference${differences.length === 1 ? '' : 's'} between MongoDB and the ${status.engine} index.`
            : `The ${status.engine} index matches MongoDB: ${status.documents.toLocaleString('en-GB')} case studies.`,
        )
        return differences.length ? 1 : 0
      } finally {
        await services.searchIndex.stop()
      }
    }),
  2,
)
