import { z } from 'zod'
import { MAX_COLLECTION_ITEMS } from '../../models/collectionRules'
import { choice, optionalText, requiredText } from './fields'

// The curators' collection forms. Titles are one line: pasted line breaks and runs of spaces
// become single spaces (control characters are already gone: see cleanText).
export const collectionDetailsForm = z.object({
  title: requiredText('Enter a title', 120, 'Title must be 120 characters or fewer').transform(title =>
    title.replace(/\s+/g, ' '),
  ),
  description: optionalText(1_000, 'Description must be 1,000 characters or fewer'),
})

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The slug in what a curator pasted: a case study's full address (any host: pages are copied
 * from staging and production alike), its path, or the slug alone. '' when it is none of these.
 */
export function caseStudySlugFrom(reference: string): string {
  const text = reference.trim().toLowerCase()
  if (SLUG.test(text) && text.length <= 200) return text
  let pathname: string
  try {
    pathname = new URL(text, 'http://relative.invalid').pathname
  } catch {
    return ''
  }
  const slug = /^\/case-studies\/([^/]{1,200})\/?$/.exec(pathname)?.[1] ?? ''
  return SLUG.test(slug) ? slug : ''
}

export const addCaseStudyForm = z.object({
  reference: requiredText(
    'Enter the address of a case study',
    2_000,
    'The address must be 2,000 characters or fewer',
  ).pipe(
    z.string().transform((reference, context) => {
      const slug = caseStudySlugFrom(reference)
      if (!slug)
        context.addIssue({
          code: 'custom',
          message: 'Enter the address of a case study page, like https://practice-exchange.example/case-studies/name',
        })
      return slug
    }),
  ),
})

export const moveForm = z.object({ direction: choice(['up', 'down'], 'Select move up or move down') })

/** What the service says about a case study it could not add, in GOV.UK wording. */
export const ADD_PROBLEMS = {
  'not-found': 'There is no published case study at that address',
  duplicate: 'That case study is already in this list',
  full: `A list can hold up to ${MAX_COLLECTION_ITEMS} case studies. Remove one before adding another`,
} as const
