// The one home of the adoption vocabulary: what a council can say about a case study it is using,
// in the order practice moves (looking, changing it to fit, running it), and the words each layer shows.
export const ADOPTION_STATUSES = {
  exploring: { label: 'Exploring', phrase: 'is exploring', hint: 'We are looking at whether this would work for us' },
  adapting: {
    label: 'Adapting',
    phrase: 'is adapting',
    hint: 'We are changing it to fit our council and planning to run it',
  },
  adopted: { label: 'Adopted', phrase: 'has adopted', hint: 'We run our own version of it' },
} as const

export type AdoptionStatus = keyof typeof ADOPTION_STATUSES
export const ADOPTION_STATUS_KEYS = Object.keys(ADOPTION_STATUSES) as AdoptionStatus[]

/** An event in a declaration's history: a status, or the council withdrawing what it said. */
export type AdoptionEventStatus = AdoptionStatus | 'withdrawn'

export const adoptionStatusLabel = (status: string): string =>
  status === 'withdrawn' ? 'Withdrawn' : (ADOPTION_STATUSES[status as AdoptionStatus]?.label ?? status)

/** A declaration's note says what the council is changing: a paragraph, not a case study. */
export const DECLARATION_NOTE_MAX = 1_000
