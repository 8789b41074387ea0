import {
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  STAGES,
  THEMES,
} from '../../models/vocabulary'
import { UPPER_TIER_COUNCIL_TYPES } from '../../models/councilTypes'
import { RELEVANCE_CORPUS } from '../../scripts/bench/relevance/corpus'
import { RELEVANCE_QUERIES } from '../../scripts/bench/relevance/queries'
import { relevanceDocuments } from '../../scripts/bench/relevance/relevanceDocuments'
import { QUERY_KINDS, type RelevanceCase } from '../../scripts/bench/relevance/relevanceTypes'
import { readCouncilReferenceData } from '../../server/services/referenceData/councilReferenceData'

// The judged set behind `npm run bench:relevance`: a broken set would measure nothing, quietly.

const councils = new Map(readCouncilReferenceData().map(council => [council.gssCode, council]))
const corpusIds = new Set(RELEVANCE_CORPUS.map(item => item.id))
const proseWords = (item: RelevanceCase) =>
  [
    item.title,
    item.summary,
    item.problem,
    item.whatTheyDid,
    item.context,
    ...item.barriers.map(barrier => barrier.description),
    ...item.enablers.map(enabler => enabler.description),
    item.outcomes,
    item.lessons,
  ]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length
const offending = <T extends { id: string }>(items: T[], bad: (item: T) => boolean) =>
  items.filter(bad).map(item => item.id)

describe('the relevance benchmark corpus', () => {
  it('has at least 100 case studies with unique, stable ids', () => {
    expect(RELEVANCE_CORPUS.length).toBeGreaterThanOrEqual(100)
    expect(corpusIds.size).toBe(RELEVANCE_CORPUS.length)
    expect(offending(RELEVANCE_CORPUS, item => !/^r\d{3}$/.test(item.id))).toEqual([])
  })

  it('uses only keys of the controlled lists', () => {
    const known = (list: object, key: string) => Object.hasOwn(list, key)
    expect(
      offending(
        RELEVANCE_CORPUS,
        item =>
          item.themes.length === 0 ||
          !item.themes.every(theme => known(THEMES, theme)) ||
          !item.barriers.every(barrier => known(BARRIER_CATEGORIES, barrier.category)) ||
          !item.enablers.every(enabler => known(ENABLER_CATEGORIES, enabler.category)) ||
          !known(STAGES, item.stage) ||
          !known(BUDGET_BANDS, item.budgetBand) ||
          !known(EVIDENCE_LEVELS, item.evidenceLevel),
      ),
    ).toEqual([])
  })

  it('names a real lead council for every case study, with social care and schools only at councils that run them', () => {
    expect(offending(RELEVANCE_CORPUS, item => !councils.has(item.councilCode))).toEqual([])
    const peopleThemes = new Set(['adult-social-care', 'childrens-services', 'education-send'])
    expect(
      offending(
        RELEVANCE_CORPUS,
        item =>
          item.themes.some(theme => peopleThemes.has(theme)) &&
          !UPPER_TIER_COUNCIL_TYPES.has(councils.get(item.councilCode)?.type ?? ''),
      ),
    ).toEqual([])
  })

  it('keeps every case study short: 60 to 150 words of prose', () => {
    expect(offending(RELEVANCE_CORPUS, item => proseWords(item) < 60 || proseWords(item) > 150)).toEqual([])
  })

  it('builds a search document for each through the real mapper and reference data', () => {
    const documents = relevanceDocuments(RELEVANCE_CORPUS)
    expect(documents.map(document => document.id)).toEqual(RELEVANCE_CORPUS.map(item => item.id))
    expect(documents[0]).toMatchObject({
      councilCode: 'E06000021',
      councilName: 'Stoke-on-Trent City Council',
      theme: ['adult-social-care', 'housing'],
      stage: 'live',
    })
    expect(documents[0]?.searchTitle).toContain('disabl facil grant')
  })
})

describe('the relevance benchmark queries', () => {
  it('has at least 60 queries with unique ids, at least 7 of every kind', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(60)
    expect(new Set(RELEVANCE_QUERIES.map(query => query.id)).size).toBe(RELEVANCE_QUERIES.length)
    for (const kind of QUERY_KINDS) {
      expect([kind, RELEVANCE_QUERIES.filter(query => query.kind === kind).length >= 7]).toEqual([kind, true])
    }
    expect(offending(RELEVANCE_QUERIES, query => !(QUERY_KINDS as readonly string[]).includes(query.kind))).toEqual([])
  })

  it('judges only documents of the corpus, with whole grades from 1 to 3', () => {
    expect(
      offending(RELEVANCE_QUERIES, query =>
        Object.entries(query.judgments).some(
          ([id, grade]) => !corpusIds.has(id) || !Number.isInteger(grade) || grade < 1 || grade > 3,
        ),
      ),
    ).toEqual([])
  })

  it('gives every query at least one clearly relevant document (grade 2 or 3)', () => {
    expect(offending(RELEVANCE_QUERIES, query => !Object.values(query.judgments).some(grade => grade >= 2))).toEqual([])
  })

  it('asks whole questions in 6 to 14 words and quotes a phrase in every phrase query', () => {
    const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length
    const questions = RELEVANCE_QUERIES.filter(query => query.kind === 'question')
    expect(offending(questions, query => wordCount(query.text) < 6 || wordCount(query.text) > 14)).toEqual([])
    const phrases = RELEVANCE_QUERIES.filter(query => query.kind === 'phrase')
    expect(offending(phrases, query => !/"[^"]+ [^"]+"/.test(query.text))).toEqual([])
  })
})
