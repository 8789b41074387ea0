// The files a case study may host, and the limits on them. Keys are stored (a file's `kind`) and
// are the file name endings people know; labels are what pages say ("PDF, 1.2 MB").

type FileType = { label: string; contentType: string }

export const DOCUMENT_FILE_TYPES = {
  pdf: { label: 'PDF', contentType: 'application/pdf' },
  doc: { label: 'Word document', contentType: 'application/msword' },
  docx: {
    label: 'Word document',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xls: { label: 'Excel spreadsheet', contentType: 'application/vnd.ms-excel' },
  xlsx: {
    label: 'Excel spreadsheet',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  odt: { label: 'OpenDocument text', contentType: 'application/vnd.oasis.opendocument.text' },
  ods: { label: 'OpenDocument spreadsheet', contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { label: 'OpenDocument presentation', contentType: 'application/vnd.oasis.opendocument.presentation' },
  csv: { label: 'CSV', contentType: 'text/csv; charset=utf-8' },
} satisfies Record<string, FileType>

export type DocumentFileKind = keyof typeof DOCUMENT_FILE_TYPES

/** 20 MB, in the binary megabytes that file managers show. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
export const MAX_FILES_PER_CASE_STUDY = 10

export const isDocumentFileKind = (kind: string): kind is DocumentFileKind => Object.hasOwn(DOCUMENT_FILE_TYPES, kind)

/** The kind a file name declares by its ending, or undefined for one we do not host. */
export function kindOfFileName(name: string): DocumentFileKind | undefined {
  const ending = /\.([a-z0-9]{1,5})$/i.exec(name.trim())?.[1]?.toLowerCase() ?? ''
  return isDocumentFileKind(ending) ? ending : undefined
}

/** "845 KB", "1.2 MB": how GOV.UK pages give a download's size. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  const megabytes = bytes / (1024 * 1024)
  return `${megabytes < 10 ? megabytes.toFixed(1).replace(/\.0$/, '') : Math.round(megabytes)} MB`
}

/** "PDF, 1.2 MB" */
export const fileDescription = (file: { kind: string; bytes: number }) =>
  `${isDocumentFileKind(file.kind) ? DOCUMENT_FILE_TYPES[file.kind].label : 'File'}, ${fileSizeText(file.bytes)}`
