import { UPPER_TIER_COUNCIL_TYPES } from '../../../models/councilTypes'
import { emptyContent, type CaseStudyContent } from '../../../models/caseStudyContent'
import { BUDGET_BANDS, keysOf } from '../../../models/caseStudyLists'
import { slugify } from '../slugify'
import { ARCHETYPES, type Archetype } from './archetypes'
import { seededRandom, type Random } from '../../demo/random'
import { areaName } from '../caseStudies/slugs'

export type DemoCouncil = { gssCode: string; name: string; type: string; slug: string }
export type DemoCaseStudy = {
  key: string
  councilCode: string
  councilName: string
  content: CaseStudyContent
  adaptedFromKey?: string
  evidenceConfirmed: boolean
  publishedDaysAgo: number
}

const UPPER_TIER = UPPER_TIER_COUNCIL_TYPES
const LOWER_TIER = new Set([...UPPER_TIER, 'district'])
const FIRST_NAMES = [
  'Aisha',
  'Ben',
  'Catrin',
  'Daniel',
  'Eilidh',
  'Farah',
  'Gareth',
  'Hannah',
  'Imran',
  'Jo',
  'Kwame',
  'Laura',
  'Mohammed',
  'Niamh',
  'Owen',
  'Priya',
  'Rhys',
  'Sarah',
  'Tom',
  'Yasmin',
]
const LAST_NAMES = [
  'Ahmed',
  'Baker',
  'Campbell',
  'Davies',
  'Evans',
  'Fraser',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Murray',
  'Nowak',
  "O'Neill",
  'Patel',
  'Roberts',
  'Smith',
  'Taylor',
  'Williams',
]
const ROLES = ['Programme lead', 'Service manager', 'Head of service', 'Project officer', 'Strategic lead']

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => String(values[key] ?? match))
}

function contentFor(archetype: Archetype, council: DemoCouncil, random: Random): CaseStudyContent {
  const values = {
    council: council.name,
    area: areaName(council.name),
    n: random.int(40, 900),
    m: random.int(10, 300),
    p: random.int(12, 45),
    k: random.int(3, 11),
    // The "before" figure of a fall to {k}: always the larger.
    w: random.int(12, 30),
    q: random.int(8, 40),
    s: random.int(3, 12),
  }
  const text = (template: string) => fill(template, values)
  const domain = `${council.slug}.example`
  const startYear = random.int(2018, 2024)
  const stage = random.pick(['pilot', 'live', 'live', 'scaled', 'scaled', 'ended'] as const)
  const content = emptyContent(archetype.title)
  const contacts = Array.from({ length: random.int(1, 2) }, () => {
    const first = random.pick(FIRST_NAMES)
    const last = random.pick(LAST_NAMES)
    return {
      name: `${first} ${last}`,
      role: random.pick(ROLES),
      email: `${slugify(first)}.${slugify(last)}@${domain}`,
      phone: `01632 960${String(random.int(0, 999)).padStart(3, '0')}`,
    }
  })
  const evidenceLevel = random.pick(['1', '2', '2', '2', '3', '3', '4'] as const)
  return {
    ...content,
    summary: text(archetype.summary),
    stage,
    startDate: `${startYear}-${String(random.int(1, 12)).padStart(2, '0')}`,
    endDate: stage === 'ended' ? `${startYear + random.int(1, 2)}-${String(random.int(1, 12)).padStart(2, '0')}` : '',
    themes: archetype.themes,
    tags: random.sample(archetype.tags, random.int(2, archetype.tags.length)),
    partners: random.sample(archetype.partners, random.int(1, archetype.partners.length)),
    problem: text(archetype.problem),
    whatTheyDid: text(archetype.whatTheyDid),
    context: text(archetype.context),
    barriers: archetype.barriers.map(([category, description]) => ({ category, description: text(description) })),
    enablers: archetype.enablers.map(([category, description]) => ({ category, description: text(description) })),
    resources: {
      budgetBand: random.pick(keysOf(BUDGET_BANDS).slice(1, 4)),
      oneOffCost: `£${random.int(5, 90)},000 for set-up`,
      recurringCost: random.next() < 0.7 ? `£${random.int(20, 200)},000 a year` : '',
      staffTime: `${random.int(1, 6)} full-time equivalent posts`,
      skills: archetype.skills,
      technology: archetype.technology,
      partners: archetype.partners.slice(0, 2).join(', '),
      timeToFirstResults: `${random.int(3, 12)} months`,
    },
    outcomes: text(archetype.outcomes),
    evidenceLevel,
    evidenceReason:
      evidenceLevel >= '3'
        ? 'We compared results with a matched group of similar residents who were not yet covered by the programme.'
        : 'We measured the figures before and after the programme started, but cannot rule out other causes.',
    evaluations:
      random.next() < 0.5
        ? [
            {
              title: `Evaluation of ${archetype.title.toLowerCase()}`,
              url: `https://${domain}/evaluations/${archetype.key}`,
            },
          ]
        : [],
    costsAndSavings: `Set-up cost about £${values.m},000. We estimate savings of £${values.n},000 a year, mostly avoided costs in other services.`,
    lessons: text(archetype.lessons),
    documents: archetype.documents.map(title => ({
      title,
      url: `https://${domain}/documents/${slugify(title)}`,
      licence: random.pick(['OGL-3.0', 'OGL-3.0', 'CC-BY-4.0'] as const),
    })),
    contacts,
    licence: 'OGL-3.0',
  }
}

/**
 * A realistic demo catalogue from a fixed seed: every archetype run by several councils (72 case
 * studies, 17 themes, 72 councils), the later ones adapted from the first.
 */
export function generateDemoCaseStudies(councils: DemoCouncil[], seed = 20261130, perArchetype = 4): DemoCaseStudy[] {
  const random = seededRandom(seed)
  const used = new Set<string>()
  const result: DemoCaseStudy[] = []
  for (const archetype of ARCHETYPES) {
    const eligible = councils.filter(
      council => (archetype.tier === 'upper' ? UPPER_TIER : LOWER_TIER).has(council.type) && !used.has(council.gssCode),
    )
    const chosen = random.sample(eligible, perArchetype)
    chosen.forEach((council, index) => {
      used.add(council.gssCode)
      const content = contentFor(archetype, council, random)
      const adapted = index > 0 && random.next() < 0.6
      if (adapted)
        content.adaptedFrom = {
          caseStudyId: '',
          externalName: '',
          externalUrl: '',
          whatChanged: archetype.adaptationNote,
        }
      result.push({
        key: `${archetype.key}-${index + 1}`,
        councilCode: council.gssCode,
        councilName: council.name,
        content,
        adaptedFromKey: adapted ? `${archetype.key}-1` : undefined,
        evidenceConfirmed: random.next() < 0.4,
        // The original is published first; adaptations later.
        publishedDaysAgo: index === 0 ? random.int(300, 700) : random.int(10, 290),
      })
    })
  }
  return result
}
