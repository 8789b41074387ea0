import { analyseSynonyms, MAX_SYNONYM_GROUPS, MAX_TERMS_PER_GROUP } from '../search/synonyms'
import type { SynonymGroups } from '../search/searchTypes'
import { cleanText } from './fields'

const MAX_TERM_LENGTH = 80

/** A line-numbered problem with the synonyms text, as the form's error summary shows it. */
export type SynonymProblem = { line: number; text: string }

/** Reads the admin's text: one group a line, terms separated by commas. */
export function parseSynonyms(text: string): { groups: SynonymGroups; problems: SynonymProblem[] } {
  const groups: SynonymGroups = []
  const problems: SynonymProblem[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    // Cleaned line by line, so the line numbers in messages stay those the admin sees.
    const cleaned = cleanText(raw)
    if (!cleaned) return
    const terms = cleaned
      .split(',')
      .map(term => term.trim().replace(/\s+/g, ' '))
      .filter(Boolean)
    if (terms.length < 2) problems.push({ line, text: `Line ${line}: enter at least 2 terms separated by commas` })
    else if (terms.length > MAX_TERMS_PER_GROUP)
      problems.push({ line, text: `Line ${line}: enter ${MAX_TERMS_PER_GROUP} terms or fewer` })
    else if (terms.some(term => term.length > MAX_TERM_LENGTH))
      problems.push({ line, text: `Line ${line}: each term must be ${MAX_TERM_LENGTH} characters or fewer` })
    else if (analyseSynonyms([terms]).length === 0)
      problems.push({
        line,
        text: `Line ${line}: the terms must be different words, not only words like "and" or "the"`,
      })
    else groups.push(terms)
  })
  if (groups.length > MAX_SYNONYM_GROUPS) problems.push({ line: 0, text: `Enter ${MAX_SYNONYM_GROUPS} lines or fewer` })
  return { groups, problems }
}

export const formatSynonyms = (groups: SynonymGroups) => groups.map(group => group.join(', ')).join('\n')
