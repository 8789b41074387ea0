import { z } from 'zod'
import { ADOPTION_STATUS_KEYS, DECLARATION_NOTE_MAX } from '../../models/adoptionStatuses'
import { choice, optionalText } from './fields'

export const declarationForm = z.object({
  status: choice(ADOPTION_STATUS_KEYS, 'Select whether your council is exploring, adapting or has adopted this'),
  note: optionalText(DECLARATION_NOTE_MAX, 'What you are changing must be 1,000 characters or fewer'),
})
