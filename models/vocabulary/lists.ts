// Every controlled list a case study uses, with the labels and hints people see. Keys are stable
// (stored and used in URLs); labels may be reworded freely.

type Entry = { label: string; hint?: string; description?: string }
type List<K extends string> = Record<K, Entry>

/**
 * Themes follow how councils organise their services: the service groupings of the Local
 * Government Association's case-study library and the Local Government Service List (LGSL),
 * merged so that each council directorate finds itself in one or two themes.
 */
export const THEMES = {
  'adult-social-care': {
    label: 'Adult social care',
    description:
      'Care and support for adults who are older, disabled or unwell, and for their carers: assessment, home care, reablement, hospital discharge and care markets.',
  },
  'childrens-services': {
    label: "Children's services and early help",
    description:
      "Help for children, young people and families, from early help and family hubs to children's social care, fostering and care leavers.",
  },
  'education-send': {
    label: 'Education and SEND',
    description:
      'Schools, admissions and school transport, and support for children with special educational needs and disabilities (SEND), including EHC plans.',
  },
  'public-health': {
    label: 'Public health and wellbeing',
    description:
      'Keeping people healthy: prevention, smoking, drugs and alcohol, healthy weight, mental wellbeing and reducing health inequalities.',
  },
  housing: {
    label: 'Housing and homelessness',
    description:
      'Preventing and relieving homelessness, temporary accommodation, social and affordable housing, private renting standards and adaptations.',
  },
  planning: {
    label: 'Planning and building control',
    description:
      'Local plans, development management, building control, developer contributions and the quality of new places.',
  },
  transport: {
    label: 'Transport, highways and parking',
    description: 'Roads and highways, parking, public and community transport, active travel and road safety.',
  },
  'waste-environment': {
    label: 'Waste, recycling and environment',
    description:
      'Bin collections, recycling, street cleaning, fly-tipping, parks and green spaces, and environmental health.',
  },
  climate: {
    label: 'Climate change and net zero',
    description:
      'Cutting carbon in council operations and across the area, adapting to a changing climate, and retrofit and clean energy.',
  },
  economy: {
    label: 'Economic development, skills and employment',
    description:
      'Growing the local economy: town centres, business support, inward investment, skills, apprenticeships and help into work.',
  },
  'community-safety': {
    label: 'Community safety and antisocial behaviour',
    description:
      'Keeping neighbourhoods safe: antisocial behaviour, domestic abuse, licensing enforcement and work with the police.',
  },
  communities: {
    label: 'Communities, equalities and engagement',
    description:
      'Working with residents and the voluntary sector, equalities, cohesion, volunteering and community engagement.',
  },
  'culture-leisure': {
    label: 'Culture, leisure and libraries',
    description: 'Libraries, museums, arts, heritage, sport and leisure services, and events.',
  },
  digital: {
    label: 'Digital, data and technology',
    description: 'Digital services, data and insight, technology, cyber security and the skills to use them well.',
  },
  'finance-benefits': {
    label: 'Finance, revenues and benefits',
    description: 'Council finances, council tax and business rates, benefits, debt advice and the cost of living.',
  },
  workforce: {
    label: 'Workforce and organisational development',
    description: 'Recruiting, keeping and developing council staff, ways of working, and organisational change.',
  },
  'customer-services': {
    label: 'Customer services',
    description:
      'How residents reach the council and get answers: contact centres, online forms, complaints and access for everyone.',
  },
} satisfies List<string>

/**
 * Barrier and enabler categories adapt the domains of the Consolidated Framework for
 * Implementation Research (CFIR) — inner setting, outer setting, people, process — to the words
 * council officers use for what gets in the way and what helps.
 */
export const BARRIER_CATEGORIES = {
  funding: { label: 'Funding and budget pressure' },
  capacity: { label: 'Staff capacity and recruitment' },
  skills: { label: 'Skills and expertise' },
  leadership: { label: 'Leadership and political support' },
  culture: { label: 'Organisational culture and resistance to change' },
  partnership: { label: 'Working with partners' },
  'data-sharing': { label: 'Data sharing and information governance' },
  technology: { label: 'Technology and legacy systems' },
  procurement: { label: 'Procurement and contracts' },
  'legal-regulatory': { label: 'Legal and regulatory constraints' },
  'resident-engagement': { label: 'Resident engagement and trust' },
  'measuring-impact': { label: 'Measuring impact' },
} satisfies List<string>

export const ENABLER_CATEGORIES = {
  'senior-sponsorship': { label: 'Senior sponsorship' },
  'political-support': { label: 'Political support' },
  'dedicated-funding': { label: 'Dedicated or external funding' },
  'dedicated-team': { label: 'Dedicated team or lead officer' },
  partnership: { label: 'Strong partnerships' },
  'co-design': { label: 'Co-design with residents and staff' },
  'data-insight': { label: 'Good data and insight' },
  technology: { label: 'Suitable technology' },
  training: { label: 'Training and skills development' },
  'test-and-learn': { label: 'Piloting and iterating' },
  'peer-learning': { label: 'Learning from other councils' },
  governance: { label: 'Clear governance and decision-making' },
} satisfies List<string>

export const STAGES = {
  idea: { label: 'Idea', hint: 'Planned but not yet started' },
  pilot: { label: 'Pilot', hint: 'Being tried on a small scale' },
  live: { label: 'Live', hint: 'Running as a normal service' },
  scaled: { label: 'Scaled', hint: 'Extended across the council or beyond' },
  ended: { label: 'Ended', hint: 'No longer running' },
} satisfies List<string>

export const BUDGET_BANDS = {
  'under-10k': { label: 'Under £10,000' },
  '10k-50k': { label: '£10,000 to £50,000' },
  '50k-250k': { label: '£50,000 to £250,000' },
  '250k-1m': { label: '£250,000 to £1 million' },
  'over-1m': { label: 'Over £1 million' },
} satisfies List<string>

/** Nesta Standards of Evidence (2013), levels 1 to 5. */
export const EVIDENCE_LEVELS = {
  '1': {
    label: 'Level 1: a clear account',
    hint: 'You can describe what you did and why it matters, logically and convincingly',
  },
  '2': {
    label: 'Level 2: positive change measured',
    hint: 'You have data showing positive change, but cannot show the programme caused it',
  },
  '3': {
    label: 'Level 3: causality shown',
    hint: 'A control or comparison group shows the programme caused the change',
  },
  '4': {
    label: 'Level 4: independently confirmed',
    hint: 'One or more independent evaluations confirm the impact and explain why',
  },
  '5': {
    label: 'Level 5: replicated at scale',
    hint: 'Manuals and systems make sure the impact is repeated wherever it is used',
  },
} satisfies List<string>

/**
 * Where a case study stands, as its publishers and curators see it (the public sees only published
 * ones). A published case study can have an edit on the way: its status names both.
 */
export const CASE_STUDY_STATUSES = {
  draft: { label: 'Draft' },
  submitted: { label: 'Waiting for review' },
  'changes-requested': { label: 'Changes requested' },
  rejected: { label: 'Not published' },
  published: { label: 'Published' },
  'published-draft': { label: 'Published – changes not submitted yet' },
  'published-submitted': { label: 'Published – changes waiting for review' },
  'published-changes-requested': { label: 'Published – changes requested' },
  'published-rejected': { label: 'Published – changes not accepted' },
  archived: { label: 'Archived' },
} satisfies List<string>

type LicenceEntry = Entry & { url?: string }

/**
 * The licences a case study or one of its documents may be published under: open ones only, as
 * reuse is the point. The Open Government Licence is the default.
 */
export const LICENCES = {
  'OGL-3.0': {
    label: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  'CC-BY-4.0': {
    label: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
} satisfies Record<string, LicenceEntry>

/**
 * Licences that could once be chosen and no longer can. Records that still carry one keep
 * loading and showing it, are listed for curators, and cannot be submitted or published again
 * until an open licence is chosen.
 */
export const RETIRED_LICENCES = {
  'CC-BY-SA-4.0': {
    label: 'Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'all-rights-reserved': { label: 'All rights reserved (ask before reusing)' },
} satisfies Record<string, LicenceEntry>

/** Every licence a stored record may carry, open or retired: for labels and for the schema. */
export const STORED_LICENCES: Record<string, LicenceEntry> = { ...LICENCES, ...RETIRED_LICENCES }

export const isOpenLicence = (key: string | null | undefined): boolean => Boolean(key && Object.hasOwn(LICENCES, key))

export type Theme = keyof typeof THEMES
export type BarrierCategory = keyof typeof BARRIER_CATEGORIES
export type EnablerCategory = keyof typeof ENABLER_CATEGORIES
export type Stage = keyof typeof STAGES
export type BudgetBand = keyof typeof BUDGET_BANDS
export type EvidenceLevel = keyof typeof EVIDENCE_LEVELS
export type Licence = keyof typeof LICENCES
export type CaseStudyStatus = keyof typeof CASE_STUDY_STATUSES

export const keysOf = <T extends object>(list: T) => Object.keys(list) as (keyof T & string)[]

export function labelOf(list: Record<string, Entry>, key: string | null | undefined): string {
  return (key && list[key]?.label) || ''
}
