import { CASE_STUDY_COLUMNS, type Column } from './caseStudyColumns'
import { CONTROLLED_LISTS, LIST_NAMES } from '../../../models/vocabulary'
import { FORMULA_PREFIX, LIST_DELIMITER } from './exchangeFormats'

// The machine-readable codebook, in the style of a Frictionless tabular data resource: a Table
// Schema of the columns (https://specs.frictionlessdata.io/table-schema/), the CSV dialect, and the
// controlled lists with their codes and labels. Built from the column definitions, so it always
// describes what the export writes and the importer reads.

export const EXTERNAL_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$'
export const GSS_CODE_PATTERN = '^[EWSN][0-9]{8}$'
const PATTERNS = { 'external-id': EXTERNAL_ID_PATTERN, 'gss-code': GSS_CODE_PATTERN, url: undefined }

function fieldDescriptor(column: Column) {
  const common = {
    name: column.name,
    ...(column.title && { title: column.title }),
    description: column.description,
    importable: column.importable,
  }
  const required = column.required ? { required: true } : {}
  switch (column.type) {
    case 'string':
      return {
        ...common,
        type: 'string',
        ...(column.format === 'url' && { format: 'uri' }),
        constraints: {
          ...required,
          ...(column.maxLength && { maxLength: column.maxLength }),
          ...(column.format && PATTERNS[column.format] && { pattern: PATTERNS[column.format] }),
        },
      }
    case 'code':
      return {
        ...common,
        type: 'string',
        controlledList: column.list,
        constraints: { ...required, enum: Object.keys(CONTROLLED_LISTS[column.list].entries) },
      }
    case 'codes':
    case 'strings':
      return {
        ...common,
        type: 'list',
        delimiter: LIST_DELIMITER,
        itemType: 'string',
        ...(column.type === 'codes' && { controlledList: column.list }),
        constraints: {
          ...required,
          maxItems: column.maxItems,
          ...(column.type === 'strings' && { maxItemLength: column.maxLength }),
        },
      }
    case 'records':
      return {
        ...common,
        type: 'array',
        items: column.items.map(item => ({
          name: item.name,
          type: 'string',
          ...(item.type === 'url' && { format: 'uri' }),
          ...(item.list && { controlledList: item.list }),
          constraints: { required: item.required, ...(item.maxLength && { maxLength: item.maxLength }) },
        })),
        constraints: { ...required, maxItems: column.maxItems },
      }
    case 'yearmonth':
    case 'datetime':
      return { ...common, type: column.type, constraints: required }
  }
}

export function codebook() {
  return {
    profile: 'tabular-data-resource',
    name: 'practice-exchange-case-studies',
    title: 'Practice Exchange case studies',
    description:
      'One row per published case study. Contact details (personal data) and unpublished drafts are never included.',
    encoding: 'utf-8',
    formats: {
      csv: {
        mediatype: 'text/csv',
        dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true },
        byteOrderMark: true,
        listDelimiter: LIST_DELIMITER,
        recordLists: 'JSON array of objects in the cell; an empty cell is an empty list',
        formulaEscape: `A cell starting with = + - @ a tab, a carriage return or ${FORMULA_PREFIX} is written with ${FORMULA_PREFIX} in front, so spreadsheets never run it as a formula; the importer removes one leading ${FORMULA_PREFIX} from every cell.`,
      },
      jsonl: {
        mediatype: 'application/jsonl',
        description: 'One JSON object per line with the same names; lists are JSON arrays and no value is escaped.',
      },
    },
    schema: { primaryKey: ['external_id'], fields: CASE_STUDY_COLUMNS.map(fieldDescriptor) },
    controlledLists: Object.fromEntries(
      LIST_NAMES.map(name => [
        name,
        {
          title: CONTROLLED_LISTS[name].title,
          codes: Object.entries(CONTROLLED_LISTS[name].entries).map(([code, entry]) => ({
            code,
            label: entry.label,
            ...(entry.hint && { description: entry.hint }),
          })),
        },
      ]),
    ),
  }
}

export type Codebook = ReturnType<typeof codebook>
