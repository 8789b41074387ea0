// The relevance benchmark's fixed corpus: 115 short case studies written for it, never the demo
// catalogue (which changes). Each is one distinct programme, 60 to 150 words, written in the sector
// vocabulary real case studies use ("dog fouling", "carriageway defects", "household waste
// recycling centre", "education, health and care plans") rather than the words officers search
// with, so synonyms, abbreviations and word forms have something to bridge. The lead council is a
// real GSS code whose type and rurality fit the story (a district runs bins and planning, a county
// runs social care and highways). Distractors are deliberate: documents that share one common word
// with a query but are about something else ("fly-tipping falls by 30%" beside falls prevention;
// "young people", "support", "first" and "empty" in many), near-duplicates of differing strength
// (two on adaptations, three on fly-tipping, two on loneliness, two on care staff), documents whose
// relevant words are only in the body (CAMHS, HMOs, residents' distrust of data use), and titles
// holding a query's words apart rather than together. Sections are split by area under corpus/;
// changing any text changes the results, so edit only to fix a mistake, and re-judge after.
import { COUNCIL_CASES } from './corpus/council'
import { PEOPLE_CASES } from './corpus/people'
import { PLACE_CASES } from './corpus/place'
import type { RelevanceCase } from './relevanceTypes'

export const RELEVANCE_CORPUS: RelevanceCase[] = [...PEOPLE_CASES, ...PLACE_CASES, ...COUNCIL_CASES]
