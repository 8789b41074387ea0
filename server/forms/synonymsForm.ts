import { analyseOneWay, analyseSynonyms, MAX_SYNONYM_GROUPS, MAX_TERMS_PER_GROUP } from '../search/synonyms'
import type { Synonyms } from '../search/searchTypes'
import { cleanText } from './fields'

const MAX_TERM_LENGTH = 80
/** Separates a one-way line's broad term from the narrower ones it also finds. */
const ONE_WAY = '=>'

/** A line-numbered problem with the synonyms text, as the form's error summary shows it. */
export type SynonymProblem = { line: number; text: string }

const termsOf = (text: string) =>
  text
    .split(',')
    .map(term => term.trim().replace(/\s+/g, ' '))
    .filter(Boolean)

/**
 * Reads the admin's text, one entry a line: terms that mean the same separated by commas
 * ("SEND, special educational needs and disabilities"), or a broad term, "=>", and the narrower
 * terms a search for it also finds, but not the reverse ("homelessness => rough sleeping").
 */
export function parseSynonyms(text: string): { vocabulary: Synonyms; problems: SynonymProblem[] } {
  const vocabulary: Synonyms = { groups: [], oneWay: [] }
  const problems: SynonymProblem[] = []
  const problem = (line: number, text: string) => problems.push({ line, text: `Line ${line}: ${text}` })
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    // Cleaned line by line, so the line numbers in messages stay those the admin sees.
    const cleaned = cleanText(raw)
    if (!cleaned) return
    const parts = cleaned.split(ONE_WAY)
    if (parts.length > 2) return problem(line, `use ${ONE_WAY} once at most`)
    const [left, right] = parts as [string, string | undefined]
    const terms = right === undefined ? termsOf(left) : [...termsOf(left), ...termsOf(right)]
    if (right !== undefined && termsOf(left).length !== 1)
      return problem(line, `enter one term before ${ONE_WAY}, and the terms it also finds after it`)
    if (terms.length < 2) return problem(line, 'enter at least 2 terms separated by commas')
    if (terms.length > MAX_TERMS_PER_GROUP) return problem(line, `enter ${MAX_TERMS_PER_GROUP} terms or fewer`)
    if (terms.some(term => term.length > MAX_TERM_LENGTH))
      return problem(line, `each term must be ${MAX_TERM_LENGTH} characters or fewer`)
    if (right === undefined) {
      if (analyseSynonyms([terms]).length === 0)
        return problem(line, 'the terms must be different words, not only words like "and" or "the"')
      vocabulary.groups.push(terms)
    } else {
      const expansion = { from: terms[0]!, to: terms.slice(1) }
      if (analyseOneWay([expansion]).length === 0)
        return problem(line, 'the terms must be different words, not only words like "and" or "the"')
      vocabulary.oneWay.push(expansion)
    }
  })
  if (vocabulary.groups.length + vocabulary.oneWay.length > MAX_SYNONYM_GROUPS)
    problems.push({ line: 0, text: `Enter ${MAX_SYNONYM_GROUPS} lines or fewer` })
  return { vocabulary, problems }
}

export const formatSynonyms = ({ groups, oneWay }: Synonyms) =>
  [
    ...groups.map(group => group.join(', ')),
    ...oneWay.map(({ from, to }) => `${from} ${ONE_WAY} ${to.join(', ')}`),
  ].join('\n')
