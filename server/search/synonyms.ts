import { terms } from './analyzer'
import { ONE_WAY_EXPANSIONS } from './lexicon/oneWayExpansions'
import { SEEDED_SYNONYMS } from './lexicon/synonymGroups'
import type { OneWaySynonyms, SynonymGroups, Synonyms } from './searchTypes'

/**
 * The search vocabulary the catalogue is seeded with (server/search/lexicon/): two-way groups of
 * words that mean the same, and one-way expansions from a broad term to its narrower ones. Network
 * admins edit the live copy (/admin/search/synonyms), stored in MongoDB and given to the engine.
 */
export const DEFAULT_SYNONYMS: Synonyms = {
  groups: SEEDED_SYNONYMS.map(group => group.terms),
  oneWay: ONE_WAY_EXPANSIONS.map(({ from, to }) => ({ from, to })),
}

/**
 * The first seed (30 groups, almost all abbreviations, one pairing a part with its whole). A
 * database still holding exactly this was never edited, and gets today's seed instead.
 */
export const FIRST_SEED: SynonymGroups = [
  ['SEND', 'special educational needs and disabilities', 'special educational needs'],
  ['EHCP', 'education health and care plan'],
  ['ASC', 'adult social care'],
  ['CSC', "children's social care"],
  ['ASB', 'antisocial behaviour', 'anti-social behaviour'],
  ['NEET', 'not in education employment or training'],
  ['DFG', 'disabled facilities grant'],
  ['S106', 'section 106', 'planning obligation'],
  ['CIL', 'community infrastructure levy'],
  ['UC', 'universal credit'],
  ['HMO', 'house in multiple occupation', 'houses in multiple occupation'],
  ['LAC', 'CLA', 'looked after children', 'children looked after', 'children in care'],
  ['DoLS', 'deprivation of liberty safeguards'],
  ['LPS', 'liberty protection safeguards'],
  ['CAMHS', 'child and adolescent mental health services'],
  ['NHS', 'national health service'],
  ['ICB', 'integrated care board'],
  ['ICS', 'integrated care system'],
  ['VCSE', 'voluntary community and social enterprise', 'voluntary sector'],
  ['EV', 'electric vehicle'],
  ['LTN', 'low traffic neighbourhood'],
  ['CPZ', 'controlled parking zone'],
  ['HRA', 'housing revenue account'],
  ['TA', 'temporary accommodation'],
  ['PSPO', 'public spaces protection order'],
  ['MASH', 'multi-agency safeguarding hub'],
  ['CTR', 'council tax reduction', 'council tax support'],
  ['fly-tipping', 'fly tipping', 'illegal dumping'],
  ['homelessness', 'rough sleeping'],
  ['net zero', 'carbon neutral', 'decarbonisation'],
]

/** The most groups, and terms per group, admins may keep: each becomes query expansions on every search. */
export const MAX_SYNONYM_GROUPS = 500
export const MAX_TERMS_PER_GROUP = 10

/**
 * Synonym groups analysed as the engines index text: each entry becomes its stemmed terms joined
 * by spaces. Entries that analyse to nothing (only stop words) and duplicates are dropped; groups
 * left with fewer than two entries mean nothing and are dropped too.
 */
export function analyseSynonyms(groups: SynonymGroups): SynonymGroups {
  const analysed: SynonymGroups = []
  for (const group of groups) {
    const entries = [...new Set(group.map(entry => terms(entry).join(' ')).filter(Boolean))]
    if (entries.length >= 2) analysed.push(entries)
  }
  return analysed
}

/** One-way expansions analysed likewise; an expansion left with no target is dropped. */
export function analyseOneWay(oneWay: OneWaySynonyms): OneWaySynonyms {
  const analysed: OneWaySynonyms = []
  for (const { from, to } of oneWay) {
    const source = terms(from).join(' ')
    const targets = [...new Set(to.map(entry => terms(entry).join(' ')).filter(entry => entry && entry !== source))]
    if (source && targets.length) analysed.push({ from: source, to: targets })
  }
  return analysed
}

/** A whole vocabulary as the engines take it. */
export const analyseVocabulary = ({ groups, oneWay }: Synonyms): Synonyms => ({
  groups: analyseSynonyms(groups),
  oneWay: analyseOneWay(oneWay),
})
