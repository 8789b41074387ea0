import { emptyContent, type CaseStudyContent } from './content'
import { SECTIONS, type Field } from './sections'

// One name per field, said the same way on check answers, the case study page, the history and its
// diffs, and in the export's codebook: the task list's own wording (a field's title, else its
// label). A field stored inside an object (resources.budgetBand) has its own name; the object as a
// whole (resources) is named by the task-list section that holds its fields.

const nameOf = (field: Field) => field.title ?? field.label

const byName: Record<string, string> = Object.fromEntries(
  SECTIONS.flatMap(section => section.fields.map(field => [field.name, nameOf(field)])),
)

function contentLabel(key: string): string {
  if (byName[key]) return byName[key]
  const section = SECTIONS.find(each => each.fields.some(field => field.name.startsWith(`${key}.`)))
  if (!section) throw new Error(`No task-list field or section holds the content field ${key}`)
  return section.title
}

/** Every content field's name, top-level ("resources") and dotted ("resources.skills"). */
export const FIELD_LABELS: Record<keyof CaseStudyContent, string> & Record<string, string> = {
  ...byName,
  ...(Object.fromEntries(Object.keys(emptyContent()).map(key => [key, contentLabel(key)])) as Record<
    keyof CaseStudyContent,
    string
  >),
}

/** A field's name by its (dotted) name; an unknown name, as from an old revision, is shown as it is. */
export const fieldLabel = (name: string): string => FIELD_LABELS[name] ?? name

/** Each task-list section's title by its id, for pages that head a group of fields with it. */
export const SECTION_TITLES: Record<string, string> = Object.fromEntries(
  SECTIONS.map(section => [section.id, section.title]),
)
