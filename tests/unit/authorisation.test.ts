import { ForbiddenError } from '../../server/errors/httpError'
import { canEdit } from '../../server/services/caseStudies/access'
import {
  activeCouncilOf,
  authorise,
  canManageMembersOf,
  isCouncilAdminOf,
  isNetworkAdmin,
  isOfficerOf,
  isPublisherOf,
  isVerified,
  type MaybeUser,
} from '../../server/services/authorisation'
import type { Role } from '../factories/userFactory'
import { buildUser } from '../factories/records'

// Who may do what, as a table of role × action about Leeds (every actor below is of Leeds unless
// the name says otherwise). The same rules gate every service; the integration authorisation
// matrix checks the routes that use them.

const LEEDS = 'E08000035'
const CORNWALL = 'E06000052'

const ACTORS: Record<string, MaybeUser> = {
  visitor: undefined,
  unverified: buildUser('unverified'),
  pending: buildUser('publisher', { pending: true }),
  officer: buildUser('officer'),
  publisher: buildUser('publisher'),
  councilAdmin: buildUser('councilAdmin'),
  cornwallPublisher: buildUser('publisher', { councilCode: CORNWALL }),
  cornwallAdmin: buildUser('councilAdmin', { councilCode: CORNWALL }),
  networkAdmin: buildUser('networkAdmin'),
  disabledPublisher: buildUser('publisher', { disabledAt: new Date() }),
  disabledNetworkAdmin: buildUser('networkAdmin', { disabledAt: new Date() }),
  unverifiedNetworkAdmin: buildUser('networkAdmin', { emailVerifiedAt: null }),
  declined: buildUser('officer', { membership: { ...buildUser('officer').membership!, status: 'declined' } }),
}

const ACTIONS: Record<string, (user: MaybeUser) => boolean> = {
  'is verified': user => isVerified(user),
  'is a Leeds officer': user => isOfficerOf(user, LEEDS),
  'publishes for Leeds': user => isPublisherOf(user, LEEDS),
  'edits a Leeds case study': user => canEdit(user, { leadCouncilCode: LEEDS }),
  'administers Leeds': user => isCouncilAdminOf(user, LEEDS),
  "manages Leeds's members": user => canManageMembersOf(user, LEEDS),
  'curates (network admin)': user => isNetworkAdmin(user),
}

// Rows are actions; each lists exactly the actors allowed.
const ALLOWED: Record<string, string[]> = {
  'is verified': [
    'pending',
    'officer',
    'publisher',
    'councilAdmin',
    'cornwallPublisher',
    'cornwallAdmin',
    'networkAdmin',
    'declined',
  ],
  'is a Leeds officer': ['officer', 'publisher', 'councilAdmin'],
  'publishes for Leeds': ['publisher'],
  'edits a Leeds case study': ['publisher', 'networkAdmin'],
  'administers Leeds': ['councilAdmin'],
  "manages Leeds's members": ['councilAdmin', 'networkAdmin'],
  'curates (network admin)': ['networkAdmin'],
}

const CASES = Object.keys(ACTIONS).flatMap(action =>
  Object.keys(ACTORS).map(actor => [action, actor, ALLOWED[action]!.includes(actor)] as const),
)

describe('role × action', () => {
  it.each(CASES)('%s: %s → %s', (action, actor, allowed) => {
    expect(ACTIONS[action]!(ACTORS[actor])).toBe(allowed)
  })
})

describe('the helpers under the table', () => {
  it('an active council is only that of an active, verified member', () => {
    expect(activeCouncilOf(ACTORS.publisher)).toBe(LEEDS)
    expect(activeCouncilOf(ACTORS.cornwallAdmin)).toBe(CORNWALL)
    for (const actor of ['visitor', 'pending', 'unverified', 'disabledPublisher', 'declined', 'networkAdmin'])
      expect({ actor, council: activeCouncilOf(ACTORS[actor]) }).toEqual({ actor, council: undefined })
  })

  it('authorise throws a 403 when refused, with the message given', () => {
    expect(() => authorise(true)).not.toThrow()
    expect(() => authorise(false, 'Only curators')).toThrow(new ForbiddenError('Only curators'))
    expect(new ForbiddenError().status).toBe(403)
  })

  it('covers every role the user factory makes', () => {
    const roles: Role[] = ['unverified', 'verified', 'officer', 'publisher', 'councilAdmin', 'networkAdmin']
    expect(roles.map(role => isVerified(buildUser(role)))).toEqual([false, true, true, true, true, true])
  })
})
