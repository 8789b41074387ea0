import { z } from 'zod'
import { EVIDENCE_LEVELS, keysOf } from '../../models/vocabulary'
import { choice, optionalText, requiredText } from './fields'

// The small case study forms; the task-list sections have their own parser (caseStudySectionForm).

export const startCaseStudyForm = z.object({
  title: requiredText('Enter a title', 150, 'Title must be 150 characters or fewer'),
})

export const decisionForm = z.discriminatedUnion(
  'decision',
  [
    z.object({
      decision: z.literal('publish'),
      comment: optionalText(5_000, 'Comment must be 5,000 characters or fewer'),
    }),
    z.object({
      decision: z.literal('request-changes'),
      comment: requiredText('Enter what needs to change', 5_000, 'Comment must be 5,000 characters or fewer'),
    }),
    z.object({
      decision: z.literal('reject'),
      comment: requiredText('Enter why it is not being published', 5_000, 'Reason must be 5,000 characters or fewer'),
    }),
  ],
  { error: 'Select a decision' },
)

export const evidenceForm = z.object({ level: choice(keysOf(EVIDENCE_LEVELS), 'Select an evidence level') })
export const archiveForm = z.object({ archive: choice(['yes', 'no'], 'Select archive or unarchive') })
