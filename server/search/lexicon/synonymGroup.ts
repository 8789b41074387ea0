/** Terms that mean the same thing in a UK council, either way round, and why. */
export interface SynonymGroup {
  terms: string[]
  reason: string
}

/** A group written as its reason then its terms, so each fits on a line. */
export const group = (reason: string, ...terms: string[]): SynonymGroup => ({ terms, reason })
