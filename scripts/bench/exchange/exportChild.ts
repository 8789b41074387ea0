// One export in a process of its own (run by benchExchange.ts): the catalogue's data folder is
// DATA_DIR, the format and output file are the arguments; prints the measurements as JSON. A
// fresh process holds what a web process holds (the search index, open), not an import's leftovers.
import type { ExchangeFormat } from '../../../server/services/exchange/exchangeFormats'
import { runTool, withServices } from '../../withServices'
import { exportRun } from './exchangeRuns'

const [format, file] = process.argv.slice(2) as [ExchangeFormat, string]

runTool('export-child', () =>
  withServices(async services => {
    try {
      process.stdout.write(JSON.stringify(await exportRun(services, format, file)))
      return 0
    } finally {
      await services.searchIndex.stop()
    }
  }),
)
