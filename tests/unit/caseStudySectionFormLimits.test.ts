import { fieldId, parseSection } from '../../server/forms/caseStudySectionForm'
import { SECTIONS, sectionById, type SimpleField } from '../../models/vocabulary'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'

// The section parser's limits, generated from the section definitions so a new field is covered
// as soon as it is defined.

const post = (id: string, fields: Record<string, string | string[]>) =>
  parseSection(sectionById(id)!, { ...VALID_SECTION_FIELDS[id], ...fields, action: 'save' })

// Every field with a length limit, in lists too: the limit itself is allowed, one more is not.
const LIMITED = SECTIONS.flatMap(section =>
  section.fields.flatMap(field =>
    field.kind === 'group'
      ? field.fields.map(sub => ({
          section: section.id,
          id: `${fieldId(field.name)}-0-${sub.name}`,
          field: sub,
          label: `${field.itemLabel} 1: ${sub.label.toLowerCase()}`,
        }))
      : [{ section: section.id, id: fieldId(field.name), field, label: field.label }],
  ),
).filter((entry): entry is typeof entry & { field: SimpleField & { maxLength: number } } =>
  ['text', 'textarea', 'phone'].includes(entry.field.kind),
)

describe('length limits', () => {
  it.each(LIMITED.map(entry => [entry.id, entry.field.maxLength, entry] as const))(
    '%s: %d characters',
    (id, max, entry) => {
      const text = (length: number) => (entry.field.kind === 'phone' ? '0' : 'a').repeat(length)
      expect(post(entry.section, { [id]: text(max) }).errors).toBeUndefined()
      const label = entry.label.charAt(0).toUpperCase() + entry.label.slice(1)
      expect(post(entry.section, { [id]: text(max + 1) }).errors?.messages[id]?.text).toBe(
        `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`,
      )
    },
  )

  const GROUPS = SECTIONS.flatMap(section =>
    section.fields.flatMap(field => (field.kind === 'group' ? [{ section: section.id, field }] : [])),
  )
  it.each(GROUPS.map(group => [group.field.name, group.field.maxItems, group] as const))(
    '%s: %d rows',
    (name, max, group) => {
      const rows = (count: number) => {
        const first = Object.entries(VALID_SECTION_FIELDS[group.section]!).filter(([key]) =>
          key.startsWith(`${name}-0-`),
        )
        return Object.fromEntries(
          Array.from({ length: count }, (_, index) =>
            first.map(([key, value]) => [key.replace('-0-', `-${index}-`), value]),
          ).flat(),
        ) as Record<string, string>
      }
      expect(post(group.section, rows(max)).errors).toBeUndefined()
      const over = post(group.section, rows(max + 1))
      expect(over.errors?.messages[name]?.text).toBe(`Enter ${max} ${group.field.label.toLowerCase()} or fewer`)
      expect(over.model[name]).toHaveLength(max)
    },
  )
})
