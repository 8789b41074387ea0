// How often each controlled-list value turns up in the corpus: roughly as in a real catalogue
// (most programmes live or piloting, most evidence at levels 1 to 3, nearly all under the OGL).
import { BARRIER_RANKING, ENABLER_RANKING } from './vocabulary'
import { DOCUMENT_TITLES } from './generalVocabulary'
import { weightedSampler, zipfSampler } from './zipf'

const weighted = (odds: Record<string, number>) => weightedSampler(Object.keys(odds), Object.values(odds))

export const drawStage = weighted({ idea: 5, pilot: 25, live: 35, scaled: 20, ended: 15 })
export const drawBudgetBand = weighted({ 'under-10k': 15, '10k-50k': 30, '50k-250k': 30, '250k-1m': 17, 'over-1m': 8 })
export const drawEvidenceLevel = weighted({ 1: 25, 2: 35, 3: 22, 4: 13, 5: 5 })
// Open licences only: no other can be chosen (models/vocabulary/lists.ts).
export const drawLicence = weighted({ 'OGL-3.0': 90, 'CC-BY-4.0': 10 })
export const drawDocumentLicence = weighted({ 'OGL-3.0': 80, 'CC-BY-4.0': 20 })
export const drawBarrierCategory = zipfSampler(BARRIER_RANKING, 0.8)
export const drawEnablerCategory = zipfSampler(ENABLER_RANKING, 0.8)
export const drawDocumentTitle = zipfSampler(DOCUMENT_TITLES)

export const EVIDENCE_REASONS: Record<string, string> = {
  '1': 'We can describe what we did and why, but we have not yet measured the results.',
  '2': 'We measured the figures before and after the programme started, but cannot rule out other causes.',
  '3': 'We compared results with a matched group of similar residents who were not yet covered by the programme.',
  '4': 'An independent evaluation confirmed the impact and explained why it worked.',
  '5': 'The approach has been repeated in several places with a manual, and the results held up each time.',
}
