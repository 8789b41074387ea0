// npm run bench:relevance -- [--out FILE]
// Measures search quality on a fixed, judged set (scripts/bench/relevance/): 115 short case studies
// written for it and 79 queries of eight kinds graded 0-3 by reading the documents. Indexes the set
// into each engine available (the embedded engine in memory; Meilisearch too when MEILI_URL is set,
// in a throwaway index), runs every query as the search page does and prints nDCG@10 per kind and
// overall as a Markdown table, then the worst queries with what came back. Writes every query's
// result as JSON (--out, default in the system temp folder). It measures and never gates: it exits
// 0 whatever the scores; 1 only if it could not run.
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfigOrExit } from '../server/config'
import { RELEVANCE_CORPUS } from './bench/relevance/corpus'
import { RELEVANCE_QUERIES } from './bench/relevance/queries'
import { relevanceDocuments } from './bench/relevance/relevanceDocuments'
import { benchEngines } from './bench/relevance/relevanceEngines'
import { scoreTable, targetsLine, worstQueries } from './bench/relevance/relevanceReport'
import { K, loadEngine, runQueries, type EngineResult } from './bench/relevance/relevanceRun'
import { runTool } from './withServices'

const USAGE = 'Usage: npm run bench:relevance -- [--out FILE]'

function outFile(): string | undefined {
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } } })
    return path.resolve(values.out ?? path.join(os.tmpdir(), 'practice-exchange-relevance.json'))
  } catch (error) {
    console.error((error as Error).message)
    console.error(USAGE)
    return undefined
  }
}

async function main(): Promise<number> {
  const out = outFile()
  if (!out) return 2
  const config = loadConfigOrExit()
  const documents = relevanceDocuments(RELEVANCE_CORPUS)
  const judged = RELEVANCE_QUERIES.reduce((sum, query) => sum + Object.keys(query.judgments).length, 0)
  console.log(
    `Relevance set: ${documents.length} case studies, ${RELEVANCE_QUERIES.length} queries, ${judged} graded judgments; nDCG@${K}.`,
  )
  const results: EngineResult[] = []
  for (const { label, engine, dispose } of benchEngines({ url: config.meiliUrl, apiKey: config.meiliMasterKey })) {
    try {
      await loadEngine(engine, documents)
      results.push(await runQueries(label, engine, RELEVANCE_QUERIES))
    } catch (error) {
      console.error(`${label}: could not be measured: ${(error as Error).message}`)
    } finally {
      // A failed clean-up must not lose the other engines' results; say what may be left behind.
      await dispose().catch((error: unknown) =>
        console.error(`${label}: could not remove its benchmark index: ${(error as Error).message}`),
      )
    }
  }
  if (results.length === 0) return 1
  console.log(`\n${scoreTable(results, RELEVANCE_QUERIES)}\n`)
  for (const result of results) console.log(targetsLine(result))
  for (const result of results) console.log(`\n${worstQueries(result, RELEVANCE_QUERIES, RELEVANCE_CORPUS)}`)
  const report = {
    date: new Date().toISOString(),
    k: K,
    documents: documents.length,
    queries: RELEVANCE_QUERIES.length,
    results,
  }
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nEvery query's result: ${out}`)
  return 0
}

runTool('bench:relevance', main)
