import { DOCUMENT_FILE_TYPES, fileSizeText, MAX_FILE_BYTES } from '../../../models/documentFileTypes'
import type { Received } from '../../services/documents/receiveFile'

const ACCEPTED = 'a PDF, Word document, Excel spreadsheet, OpenDocument file or CSV'

/** What is wrong with the chosen file, in the GOV.UK file upload component's wording. */
export function fileProblemMessage(received: Received): string {
  if (received.ok) return ''
  switch (received.problem) {
    case 'missing':
      return 'Select a file to upload'
    case 'unsupported':
      return `The selected file must be ${ACCEPTED}`
    case 'empty':
      return 'The selected file is empty'
    case 'too-large':
      return `The selected file must be smaller than ${fileSizeText(MAX_FILE_BYTES)}`
    case 'mismatch': {
      const kind = received.kind ?? 'pdf'
      return `The selected file is not a real ${DOCUMENT_FILE_TYPES[kind].label} – its contents do not match its .${kind} name`
    }
  }
}
