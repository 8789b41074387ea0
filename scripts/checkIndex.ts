// npm run check-index: lists every difference between MongoDB and the search index and exits 1 if
// there is any (0 when they agree), so it can run in monitoring or after a deployment.
import { loadConfigOrExit } from '../server/config'
import { createLogger } from '../server/logger'
import { createServices } from '../server/services'
import { openStore } from '../server/store/openStore'

async function main(): Promise<number> {
  const config = loadConfigOrExit()
  const logger = createLogger('warn')
  const store = await openStore(config, logger)
  try {
    const services = createServices({ config, logger })
    const differences = await services.searchIndex.check()
    const status = await services.searchIndex.status()
    await services.searchIndex.stop()
    for (const difference of differences) {
      const detail = difference.kind === 'different' ? ` (fields: ${difference.fields.join(', ')})` : ''
      const what = {
        missing: 'missing from the index',
        extra: 'in the index but not published',
        different: 'differs in the index',
      }[difference.kind]
      console.log(`${difference.id} "${difference.title}": ${what}${detail}`)
    }
    if (status.pending) console.log(`${status.pending} changes are waiting for the indexer.`)
    console.log(
      differences.length
        ? `${differences.length} difference${differences.length === 1 ? '' : 's'} between MongoDB and the ${status.engine} index.`
        : `The ${status.engine} index matches MongoDB: ${status.documents.toLocaleString('en-GB')} case studies.`,
    )
    return differences.length ? 1 : 0
  } finally {
    await store.close()
  }
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error('check-index failed:', error)
    process.exit(2)
  },
)
