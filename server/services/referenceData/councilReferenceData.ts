import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { NATIONS, type CouncilType, type NeighbourKind } from '../../../models/councilTypes'
import type { CouncilReferenceFields } from '../../data/councilRepository'
import { REFERENCE_DATA_DIR } from '../../projectRoot'
import { slugify } from '../slugify'

// Our own copy of the reference data; attribution is in models/reference-data/README.md.
const COUNCILS_FILE = 'councils.csv'
const NEIGHBOUR_FILES: Record<NeighbourKind, string> = {
  global: 'global-neighbours.csv',
  economic: 'economic-neighbours.csv',
  demographic: 'demographic-neighbours.csv',
}

// The reference data's type names (mySociety's register) mapped to ours.
const TYPE_BY_SOURCE_NAME: Record<string, CouncilType> = {
  County: 'county',
  'Non-metropolitan district': 'district',
  'Unitary authority': 'unitary',
  'Metropolitan district': 'metropolitan-district',
  'London borough': 'london-borough',
  'City corporation': 'city-corporation',
  'Combined authority': 'combined-authority',
  'Strategic Regional Authority': 'strategic-regional-authority',
  'Welsh unitary authority': 'welsh-principal-area',
  'Scottish unitary authority': 'scottish-council-area',
  'NI district': 'ni-district',
}

type Row = Record<string, string>

function readCsv(file: string): Row[] {
  return parse(readFileSync(path.join(REFERENCE_DATA_DIR, file)), { columns: true, bom: true, skip_empty_lines: true })
}

const optionalNumber = (value: string | undefined) => (value ? Number(value) : null)

/** A fingerprint of every file the load reads, so a start-up only reloads when the data changed. */
export function referenceDataHash(): string {
  const hash = createHash('sha256')
  for (const file of [COUNCILS_FILE, ...Object.values(NEIGHBOUR_FILES)]) {
    hash.update(file).update(readFileSync(path.join(REFERENCE_DATA_DIR, file)))
  }
  return hash.digest('hex')
}

function readNeighbours(): Map<string, Record<NeighbourKind, string[]>> {
  const byCode = new Map<string, Record<NeighbourKind, string[]>>()
  for (const [kind, file] of Object.entries(NEIGHBOUR_FILES) as [NeighbourKind, string][]) {
    for (const row of readCsv(file)) {
      const code = row.AREACD ?? ''
      const ranked = Object.keys(row)
        .filter(column => /^\d+$/.test(column))
        .sort((a, b) => Number(a) - Number(b))
        .map(column => row[column] ?? '')
        .filter(Boolean)
      const entry = byCode.get(code) ?? { global: [], economic: [], demographic: [] }
      entry[kind] = ranked
      byCode.set(code, entry)
    }
  }
  return byCode
}

/** Reads and checks the councils and their ONS similar-area lists; throws naming the bad line. */
export function readCouncilReferenceData(): CouncilReferenceFields[] {
  const neighbours = readNeighbours()
  return readCsv(COUNCILS_FILE).map((row, index) => {
    const line = index + 2
    const type = TYPE_BY_SOURCE_NAME[row.type ?? '']
    if (!type) throw new Error(`${COUNCILS_FILE} line ${line}: unknown council type "${row.type}"`)
    const nation = NATIONS.find(known => known === row.nation)
    if (!nation) throw new Error(`${COUNCILS_FILE} line ${line}: unknown nation "${row.nation}"`)
    if (!/^[ENSW]\d{8}$/.test(row.gss_code ?? '')) {
      throw new Error(`${COUNCILS_FILE} line ${line}: bad GSS code "${row.gss_code}"`)
    }
    const gssCode = row.gss_code as string
    return {
      gssCode,
      slug: slugify(row.name ?? gssCode),
      name: row.name ?? gssCode,
      type,
      nation,
      region: row.region ?? '',
      population: optionalNumber(row.population),
      populationYear: optionalNumber(row.population_year),
      deprivationRank: optionalNumber(row.imd_rank),
      ruralUrban: (row.rural_urban || null) as CouncilReferenceFields['ruralUrban'],
      websiteDomain: row.website_domain || null,
      neighbours: neighbours.get(gssCode) ?? { global: [], economic: [], demographic: [] },
    }
  })
}
