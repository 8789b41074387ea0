import { z } from 'zod'
import { ALERT_FREQUENCY_VALUES, MAX_SAVED_QUERY_LENGTH } from '../../models/followLists'

const objectId = /^[0-9a-f]{24}$/

export const frequencyForm = z.object({
  frequency: z.enum(ALERT_FREQUENCY_VALUES as [string, ...string[]], { message: 'Select how often you want emails' }),
})

/** A case study to save or remove, and (from its page) its address to go back to. */
export const caseStudyChoiceForm = z.object({
  caseStudyId: z.string().regex(objectId),
  slug: z
    .string()
    .regex(/^[a-z0-9-]{1,200}$/)
    .optional()
    .catch(undefined),
})

/** The search page's query string; read through the search form again when saved and used. */
export const saveSearchForm = z.object({
  query: z
    .string({ message: 'There is no search to save' })
    .max(MAX_SAVED_QUERY_LENGTH, { message: 'That search is too long to save' }),
})
