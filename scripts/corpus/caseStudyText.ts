import type { Theme } from '../../models/vocabulary'
import type { Random } from '../../server/demo/random'
import { areaName } from '../../server/services/caseStudies/slugs'
import { BARRIER_TEMPLATES, ENABLER_TEMPLATES } from './categoryTemplates'
import { placeDescription, populationDescription, type CorpusCouncil } from './corpusCouncils'
import { ADJECTIVES, FUNDS, GENERIC_PARTNERS, NOUNS, PERIODS, TEAMS, VERBS } from './generalVocabulary'
import * as sections from './sectionTemplates'
import { compileTemplate, inSentence, type Slots, type Template } from './template'
import { THEME_VOCABULARY } from './vocabulary'
import { zipfSampler, type Draw } from './zipf'

/** What stays the same throughout one case study's text. */
export type TextFocus = {
  theme: Theme
  council: CorpusCouncil
  aim: string
  approach: string
  group: string
  reduced: string
  increased: string
  partner: string
  /** The year the programme started. */
  startYear: number
}

type ThemeDraws = Record<'aim' | 'approach' | 'term' | 'group' | 'partner' | 'tag', Draw<string>> & {
  related: Draw<Theme>
}
const byTheme = new Map<Theme, ThemeDraws>()

/** The theme's samplers, made once: aims and approaches less skewed than words, so titles vary. */
export function themeDraws(theme: Theme): ThemeDraws {
  let draws = byTheme.get(theme)
  if (!draws) {
    const words = THEME_VOCABULARY[theme]
    draws = {
      aim: zipfSampler(words.aims, 0.7),
      approach: zipfSampler(words.approaches, 0.7),
      term: zipfSampler(words.terms),
      group: zipfSampler(words.groups),
      partner: zipfSampler([...words.partners, ...GENERIC_PARTNERS]),
      tag: zipfSampler(words.tags, 0.8),
      related: zipfSampler(words.related),
    }
    byTheme.set(theme, draws)
  }
  return draws
}

/** 1234 → "1,234": faster than toLocaleString, which the corpus would call millions of times. */
export const withCommas = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, ',')

/** One case study's writing state: its focus, its random numbers, and its two headline figures. */
type State = { focus: TextFocus; random: Random; draws: ThemeDraws; p: string; q: string }

const general = {
  noun: zipfSampler(NOUNS),
  adj: zipfSampler(ADJECTIVES),
  verb: zipfSampler(VERBS),
  team: zipfSampler(TEAMS),
  period: zipfSampler(PERIODS),
  fund: zipfSampler(FUNDS),
}
const between = (min: number, max: number) => (state: State) => String(state.random.int(min, max))

// Made once for the whole corpus rather than as closures per case study: a large corpus is
// hundreds of thousands of case studies, and the garbage collector's time is most of the cost.
const SLOTS: Slots<State> = {
  council: ({ focus }) => focus.council.name,
  area: ({ focus }) => areaName(focus.council.name),
  place: ({ focus }) => placeDescription(focus.council),
  population: ({ focus }) => populationDescription(focus.council),
  aim: ({ focus }) => focus.aim,
  approach: ({ focus }) => focus.approach,
  group: ({ focus }) => focus.group,
  reduced: ({ focus }) => focus.reduced,
  increased: ({ focus }) => focus.increased,
  partner: ({ focus }) => inSentence(focus.partner),
  group2: ({ draws, random }) => draws.group(random),
  term: ({ draws, random }) => draws.term(random),
  partner2: ({ draws, random }) => inSentence(draws.partner(random)),
  noun: ({ random }) => general.noun(random),
  adj: ({ random }) => general.adj(random),
  verb: ({ random }) => general.verb(random),
  team: ({ random }) => general.team(random),
  period: ({ random }) => general.period(random),
  fund: ({ random }) => general.fund(random),
  n: ({ random }) => withCommas(random.int(40, 2400)),
  m: between(10, 400),
  k: between(2, 9),
  w: between(4, 26),
  days: between(2, 15),
  money: ({ random }) => `${random.int(10, 950)},000`,
  year: ({ focus, random }) => String(random.int(focus.startYear - 4, focus.startYear - 1)),
  score: between(7, 9),
  low: between(4, 6),
  p: ({ p }) => p,
  q: ({ q }) => q,
  r: between(3, 40),
  small: between(0, 5),
}

type TextTemplate = Template<State>
const compileAll = (templates: string[]) => templates.map(text => compileTemplate(text, SLOTS))
const compileEach = <K extends string>(byKey: Record<K, string[]>) =>
  Object.fromEntries(Object.entries<string[]>(byKey).map(([key, list]) => [key, compileAll(list)])) as Record<
    K,
    TextTemplate[]
  >

export const TEMPLATES = {
  summaryOpenings: compileAll(sections.SUMMARY_OPENINGS),
  summaryResults: compileAll(sections.SUMMARY_RESULTS),
  problem: compileAll(sections.PROBLEM),
  whatTheyDid: compileAll(sections.WHAT_THEY_DID),
  context: compileAll(sections.CONTEXT),
  outcomes: compileAll(sections.OUTCOMES),
  lessons: compileAll(sections.LESSONS),
  whatChanged: compileAll(sections.WHAT_CHANGED),
  barriers: compileEach(BARRIER_TEMPLATES),
  enablers: compileEach(ENABLER_TEMPLATES),
}

/** Writes a case study's sentences around its focus, drawing everything else from `random`. */
export function textWriter(focus: TextFocus, random: Random) {
  const state: State = {
    focus,
    random,
    draws: themeDraws(focus.theme),
    p: String(random.int(8, 45)),
    q: String(random.int(5, 60)),
  }
  return {
    one: (templates: TextTemplate[]) => random.pick(templates)(state),
    /** Between min and max different sentences, in two paragraphs when there are four or more. */
    sentences(templates: TextTemplate[], min: number, max: number): string {
      const chosen = random.sample(templates, random.int(min, max)).map(template => template(state))
      if (chosen.length < 4) return chosen.join(' ')
      const half = Math.ceil(chosen.length / 2)
      return `${chosen.slice(0, half).join(' ')}\n\n${chosen.slice(half).join(' ')}`
    },
  }
}

export type TextWriter = ReturnType<typeof textWriter>
