import type { BarrierCategory, EnablerCategory, EvidenceLevel, Stage, Theme } from '../../models/vocabulary'

/**
 * One programme of the demo catalogue as its lead wrote it up. Hand-written, so each reads as its
 * own; demoCatalogue.ts turns it into a case study's content and adds what is invented (contacts,
 * publication dates).
 */
export type DemoProgramme = {
  /** Stable, and what adaptations point at. */
  key: string
  /** The GSS code of the council that ran it (models/reference-data/councils.csv). */
  council: string
  title: string
  themes: Theme[]
  tags: string[]
  partners: string[]
  stage: Stage
  /** YYYY-MM */
  start: string
  end?: string
  summary: string
  problem: string
  whatTheyDid: string
  context: string
  barriers: [BarrierCategory, string][]
  enablers: [EnablerCategory, string][]
  /**
   * Costs in pounds with what they paid for: one-off set-up, and a year's running costs. The
   * budget band is worked out from the two, so it can never contradict them.
   */
  oneOff: [number, string] | null
  yearly: [number, string] | null
  /** Full-time equivalent posts, and who they are. */
  fte: [number, string]
  skills: string
  technology: string
  firstResults: string
  outcomes: string
  evidence: [EvidenceLevel, string]
  costsAndSavings: string
  lessons: string
  /** Titles of the documents the team would share; the files are attached at seed time elsewhere. */
  documents: string[]
  adaptedFrom?: { key: string; whatChanged: string }
}
