import { z } from 'zod'
import { ENQUIRY_MESSAGE_LENGTH } from '../../models/enquiryRules'
import { cleanText } from './fields'

const { min, max } = ENQUIRY_MESSAGE_LENGTH
const EMPTY = 'Enter your question'

/** The ask-the-team form: one question, long enough to answer, short enough to read in an email. */
export const enquiryForm = z.object({
  // A repeated field or an object (`message[$ne]=`) counts as missing, as in forms/fields.ts.
  message: z.preprocess(
    value => (typeof value === 'string' ? value : undefined),
    z
      .string({ error: EMPTY })
      .transform(cleanText)
      .pipe(
        z
          .string()
          .min(1, { error: EMPTY })
          .min(min, { error: `Your question must be ${min} characters or more` })
          .max(max, { error: `Your question must be ${max.toLocaleString('en-GB')} characters or fewer` }),
      ),
  ),
})
