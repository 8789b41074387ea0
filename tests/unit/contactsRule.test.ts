import { Types } from 'mongoose'
import { emptyContent } from '../../models/vocabulary'
import type { UserData } from '../../server/data/userRepository'
import { maySeeContacts } from '../../server/services/authorisation'
import { publicContent } from '../../server/services/caseStudies/caseStudyReadService'

const now = new Date('2026-06-01T09:00:00Z')

function user(overrides: Partial<UserData> = {}): UserData {
  return {
    _id: new Types.ObjectId(),
    email: 'someone@leeds.gov.uk',
    name: 'Someone',
    passwordHash: 'x',
    emailVerifiedAt: now,
    disabledAt: null,
    isNetworkAdmin: false,
    membership: null,
    domainCouncilChoices: [],
    lastSignInAt: null,
    passwordChangedAt: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  }
}

const member = (status: 'active' | 'pending') => ({
  councilCode: 'E08000035',
  status,
  via: 'admin' as const,
  isPublisher: false,
  isCouncilAdmin: false,
  requestedAt: now,
  decidedAt: now,
  decidedBy: null,
})

describe('who may see contact details', () => {
  it.each<[string, UserData | undefined, boolean]>([
    ['a visitor', undefined, false],
    ['a verified user of no council', user(), false],
    ['a pending member', user({ membership: member('pending') }), false],
    ['an unverified member', user({ membership: member('active'), emailVerifiedAt: null }), false],
    ['a disabled officer', user({ membership: member('active'), disabledAt: now }), false],
    ['an officer of any council', user({ membership: member('active') }), true],
  ])('%s', (_name, viewer, allowed) => {
    expect(maySeeContacts(viewer)).toBe(allowed)
  })
})

describe('the public content of a case study', () => {
  it('has no contacts, and the stored content keeps them', () => {
    const content = {
      ...emptyContent('A title'),
      contacts: [{ name: 'Alex', role: 'Lead', email: 'alex@example.org', phone: '01632 960123' }],
    }
    const shown = publicContent(content)
    expect(shown).not.toHaveProperty('contacts')
    expect(JSON.stringify(shown)).not.toContain('alex@example.org')
    expect(shown.title).toBe('A title')
    expect(content.contacts).toHaveLength(1)
  })
})
