import { slugify } from '../slugify'

/**
 * A case study's address: its title and its council's area ("weekly-food-waste-collections-leeds"),
 * because many councils run programmes with the same name. At most about 100 characters.
 */
export function caseStudySlug(title: string, councilName: string): string {
  const titlePart = slugify(title).slice(0, 80).replace(/-+$/, '')
  const area = slugify(areaName(councilName)).slice(0, 30).replace(/-+$/, '')
  return [titlePart || 'case-study', area].filter(Boolean).join('-')
}

/** "Leeds City Council" → "Leeds": how officers name the place rather than the organisation. */
export const areaName = (councilName: string) =>
  councilName
    .replace(/^(The )?(Royal )?(Borough|City|County|London Borough) (Council )?of /i, '')
    .replace(/ (Metropolitan )?(Borough |District |City |County )?Council$/i, '')
    .replace(/^Council of the /i, '')
    .replace(/ Council$/i, '')
    .trim()
