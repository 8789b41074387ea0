import { paths } from '../paths'
import { CASE_STUDY_COLUMNS, type Column, type ItemField } from '../services/exchange/caseStudyColumns'
import { CONTROLLED_LISTS, LIST_NAMES, type ListName } from '../../models/vocabulary'
import { LIST_DELIMITER } from '../services/exchange/exchangeFormats'

const number = (value: number) => value.toLocaleString('en-GB')
const listLink = (list: ListName) => ({ href: `#list-${list}`, text: CONTROLLED_LISTS[list].title.toLowerCase() })

function itemText(item: ItemField): string {
  if (item.type === 'code' && item.list)
    return `${item.name} (a code from ${CONTROLLED_LISTS[item.list].title.toLowerCase()})`
  if (item.type === 'url') return `${item.name} (a link)`
  return `${item.name} (text, up to ${number(item.maxLength ?? 0)} characters)`
}

/** A column's type in words, as people read it in a spreadsheet. */
function typeText(column: Column): string {
  switch (column.type) {
    case 'string':
      if (column.format === 'url')
        return `A link starting http:// or https://, up to ${number(column.maxLength ?? 0)} characters`
      if (column.format === 'gss-code') return 'A GSS code: a letter and 8 digits'
      if (column.format === 'external-id') return `An identifier, up to ${number(column.maxLength ?? 0)} characters`
      return column.maxLength
        ? `Text${column.multiline ? '' : ' on one line'}, up to ${number(column.maxLength)} characters`
        : 'Text'
    case 'code':
      return 'One code from the list'
    case 'codes':
      return `Codes from the list, separated by "${LIST_DELIMITER}"`
    case 'strings':
      return `Up to ${number(column.maxItems)} items of up to ${number(column.maxLength)} characters, separated by "${LIST_DELIMITER}"`
    case 'records':
      return `Up to ${number(column.maxItems)} items, each with ${column.items.map(itemText).join(', ')}: a JSON list of objects`
    case 'yearmonth':
      return 'Year and month: YYYY-MM'
    case 'datetime':
      return 'Date and time in UTC: ISO 8601'
  }
}

const listOf = (column: Column): ListName | undefined =>
  column.type === 'code' || column.type === 'codes'
    ? column.list
    : column.type === 'records'
      ? column.items.find(item => item.list)?.list
      : undefined

/** The codebook page: every column, and every controlled list with its codes and labels. */
export function presentCodebook() {
  return {
    jsonHref: paths.caseStudies.codebookJson(),
    searchHref: paths.caseStudies.list(),
    columns: CASE_STUDY_COLUMNS.map(column => {
      const list = listOf(column)
      return {
        name: column.name,
        title: column.title ?? '',
        type: typeText(column),
        required: column.required ? 'Yes' : 'No',
        description: column.description,
        list: list && listLink(list),
      }
    }),
    lists: LIST_NAMES.map(name => ({
      id: `list-${name}`,
      name,
      title: CONTROLLED_LISTS[name].title,
      codes: Object.entries(CONTROLLED_LISTS[name].entries).map(([code, entry]) => ({
        code,
        label: entry.label,
        hint: entry.hint ?? '',
      })),
    })),
  }
}
