import { emptyContent, type CaseStudyContent, type CategoryItem, type Theme } from '../../models/vocabulary'
import type { Random } from '../../server/demo/random'
import { slugify } from '../../server/services/slugify'
import { TEMPLATES, textWriter, themeDraws, withCommas, type TextWriter } from './caseStudyText'
import { fictionalContacts } from './corpusContacts'
import type { CorpusCouncil } from './corpusCouncils'
import * as odds from './corpusDistributions'
import { inSentence } from './template'
import { THEME_VOCABULARY } from './vocabulary'
import { capitalise } from './wordList'
import { drawDistinct } from './zipf'

/** What the generator decided about a case study before its content is written. */
export type ContentPlan = {
  index: number
  theme: Theme
  approach: string
  council: CorpusCouncil
  firstPublishedAt: Date
  /** An earlier case study's id, or a well-known programme's name, that this one adapted. */
  adaptedFrom: { caseStudyId: string } | { externalName: string } | null
}

const month = (year: number, monthIndex: number) => {
  const date = new Date(Date.UTC(year, monthIndex, 1))
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`
}
const withoutArticle = (phrase: string) => phrase.replace(/^(a|an|the) /, '')
// Aims and document titles come from short lists: slugify each once, not once per case study.
const slugs = new Map<string, string>()
function slugOf(text: string): string {
  let slug = slugs.get(text)
  if (slug === undefined) {
    slug = slugify(text)
    slugs.set(text, slug)
  }
  return slug
}

function title(random: Random, aim: string, approach: string, group: string): string {
  const roll = random.next()
  if (roll < 0.5) return `${capitalise(aim)} through ${approach}`
  if (roll < 0.7) return `${capitalise(aim)} with ${approach}`
  if (roll < 0.85) return `${capitalise(withoutArticle(approach))} for ${group}`
  return `${capitalise(withoutArticle(approach))}: ${aim}`
}

function categoryItems(
  random: Random,
  writer: TextWriter,
  draw: (random: Random) => string,
  templates: Record<string, typeof TEMPLATES.problem>,
): CategoryItem[] {
  return drawDistinct(draw, random, random.int(1, 3)).map(category => ({
    category,
    description: writer.one(templates[category] ?? []),
  }))
}

/** One case study's content: realistic, varied, and the same for the same plan and random state. */
export function corpusContent(plan: ContentPlan, random: Random): CaseStudyContent {
  const words = THEME_VOCABULARY[plan.theme]
  const draws = themeDraws(plan.theme)
  const aim = draws.aim(random)
  const group = draws.group(random)
  const focus = {
    theme: plan.theme,
    council: plan.council,
    aim,
    approach: plan.approach,
    group,
    reduced: random.pick(words.reduced),
    increased: random.pick(words.increased),
    partner: draws.partner(random),
    startYear: plan.firstPublishedAt.getUTCFullYear() - random.int(0, 3),
  }
  const writer = textWriter(focus, random)
  const published = plan.firstPublishedAt
  const stageKey = odds.drawStage(random)
  // Programmes start months or years before they are written up; an idea starts after.
  const startMonth =
    stageKey === 'idea'
      ? published.getUTCMonth() + random.int(1, 6)
      : published.getUTCMonth() - random.int(3, 12) - 12 * (published.getUTCFullYear() - focus.startYear)
  const endMonth = stageKey === 'ended' ? Math.min(startMonth + random.int(6, 30), published.getUTCMonth()) : null
  const partners = drawDistinct(draws.partner, random, random.int(1, 4))
  const level = odds.drawEvidenceLevel(random)
  const domain = `${plan.council.slug}.example.gov.uk`
  const evaluated = random.next() < (Number(level) >= 3 ? 0.8 : 0.25)
  const secondaryThemes = drawDistinct(draws.related, random, random.int(0, 2))
  const base = emptyContent(title(random, aim, plan.approach, group))
  return {
    ...base,
    summary: `${writer.one(TEMPLATES.summaryOpenings)}${random.next() < 0.7 ? ` ${writer.one(TEMPLATES.summaryResults)}` : ''}`,
    stage: stageKey,
    startDate: month(published.getUTCFullYear(), startMonth),
    endDate: endMonth === null ? '' : month(published.getUTCFullYear(), endMonth),
    themes: [plan.theme, ...secondaryThemes],
    tags: drawDistinct(draws.tag, random, random.int(3, 6), words.tags),
    partners,
    problem: writer.sentences(TEMPLATES.problem, 3, 5),
    whatTheyDid: writer.sentences(TEMPLATES.whatTheyDid, 4, 6),
    context: writer.sentences(TEMPLATES.context, 2, 4),
    barriers: categoryItems(random, writer, odds.drawBarrierCategory, TEMPLATES.barriers),
    enablers: categoryItems(random, writer, odds.drawEnablerCategory, TEMPLATES.enablers),
    resources: {
      budgetBand: odds.drawBudgetBand(random),
      oneOffCost: `£${random.int(5, 400)},000 for set-up`,
      recurringCost: random.next() < 0.7 ? `£${random.int(10, 900)},000 a year` : '',
      staffTime: random.next() < 0.8 ? `${random.int(1, 8)} full-time equivalent posts` : 'Within existing roles',
      skills: capitalise(random.sample(words.skills, random.int(1, 3)).map(inSentence).join(', ')),
      technology: capitalise(random.pick(words.technology)),
      partners: partners.slice(0, 2).join(', '),
      timeToFirstResults: `${random.int(3, 18)} months`,
    },
    outcomes: writer.sentences(TEMPLATES.outcomes, 3, 5),
    evidenceLevel: level,
    evidenceReason: odds.EVIDENCE_REASONS[level] ?? '',
    evaluations: evaluated
      ? [
          {
            title: `Evaluation of ${withoutArticle(plan.approach)}`,
            url: `https://${domain}/evaluations/${slugOf(aim)}`,
          },
        ]
      : [],
    costsAndSavings: `Set-up cost about £${random.int(5, 400)},000. We estimate savings of £${withCommas(random.int(10, 1500))},000 a year, mostly avoided costs in other services.`,
    lessons: writer.sentences(TEMPLATES.lessons, 2, 4),
    documents: drawDistinct(odds.drawDocumentTitle, random, random.int(0, 2)).map(documentName => ({
      title: documentName,
      url: `https://${domain}/documents/${slugOf(documentName)}`,
      licence: odds.drawDocumentLicence(random),
    })),
    contacts: fictionalContacts(random, plan.index),
    adaptedFrom: plan.adaptedFrom
      ? {
          caseStudyId: '',
          externalName: '',
          externalUrl: '',
          ...plan.adaptedFrom,
          whatChanged: writer.one(TEMPLATES.whatChanged),
        }
      : base.adaptedFrom,
    licence: odds.drawLicence(random),
  }
}
