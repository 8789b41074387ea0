import { createReadStream, statSync } from 'node:fs'
import path from 'node:path'
import type { Services } from '../../server/services'
import type { ImportMode } from '../../server/services/exchange/importedCaseStudy'
import { formatOf } from '../../server/services/exchange/importReader'
import type { ImportProgress, ImportReport } from '../../server/services/exchange/importService'

/**
 * An import as `npm run import` runs it (and its benchmark measures it): councils loaded if the
 * database has none, the search index opened (rebuilt if stale) so new case studies are indexed
 * batch by batch, the file imported, then the outbox drained so updates reach the index too.
 */
export async function runImport(
  services: Services,
  file: string,
  options: { mode: ImportMode; dryRun: boolean; onProgress?: (progress: ImportProgress) => void },
): Promise<ImportReport> {
  await services.referenceData.loadCouncils()
  if (!options.dryRun) await services.searchIndex.ready()
  const report = await services.caseStudyImports.importFile(
    'command-line',
    {
      name: path.basename(file),
      size: statSync(file).size,
      format: formatOf(file),
      open: () => createReadStream(file),
    },
    { ...options, context: { actorId: null, ip: 'import' } },
  )
  if (!options.dryRun) await services.searchIndex.indexer.drain()
  return report
}
