import { z } from 'zod'
import { LICENCES, keysOf } from '../../models/vocabulary'
import { choice, requiredText } from './fields'

export const uploadFileForm = z.object({
  title: requiredText('Enter a title for the file', 200, 'Title must be 200 characters or fewer'),
  licence: choice(keysOf(LICENCES), 'Select a licence for the file'),
})

/** Room for the form's other fields and the multipart framing around the file. */
export const FORM_ALLOWANCE_BYTES = 64 * 1024
