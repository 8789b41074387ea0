import { presentAccount } from '../../server/presenters/accountPresenter'
import { presentCurrentUser } from '../../server/presenters/currentUserPresenter'
import { presentMembers } from '../../server/presenters/membersPresenter'
import { presentNavigation } from '../../server/presenters/navigationPresenter'
import { buildCouncil, buildUser } from '../factories/records'

// Who is looking, as the layout, the account page and a council's members page show them: pure
// functions of the records passed in.

const leeds = buildCouncil({ gssCode: 'E08000035', slug: 'leeds', name: 'Leeds City Council' })
const york = buildCouncil({ gssCode: 'E06000014', slug: 'york', name: 'City of York Council' })

describe('presentCurrentUser and the navigation', () => {
  it('a publisher sees Publish; a council admin sees their members page', () => {
    const publisher = presentCurrentUser(buildUser('publisher'), leeds)
    expect(publisher.council).toEqual({ name: 'Leeds City Council', slug: 'leeds', isAdmin: false, isPublisher: true })
    expect(presentNavigation(publisher, '/publish/case-studies/1').map(item => [item.text, item.active])).toEqual([
      ['Case studies', false],
      ['Themes', false],
      ['Councils', false],
      ['Publish', true],
      ['Your account', false],
    ])
    const admin = presentCurrentUser(buildUser('councilAdmin'), leeds)
    expect(presentNavigation(admin, '/').map(item => item.href)).toEqual([
      '/case-studies',
      '/themes',
      '/councils',
      '/account',
      '/councils/leeds/members',
    ])
  })

  it('a network admin sees review, users and search; a visitor sees sign in and create an account', () => {
    const curator = presentCurrentUser(buildUser('networkAdmin'), undefined)
    expect(curator).toMatchObject({ isNetworkAdmin: true, isVerified: true, council: undefined })
    expect(presentNavigation(curator, '/review').map(item => item.text)).toEqual([
      'Case studies',
      'Themes',
      'Councils',
      'Your account',
      'Review',
      'Dashboard',
      'Users',
      'Council memberships',
      'Collections',
      'Search settings',
      'Licences',
      'Import',
    ])
    expect(presentNavigation(undefined, '/sign-in').map(item => [item.text, item.active])).toEqual([
      ['Case studies', false],
      ['Themes', false],
      ['Councils', false],
      ['Sign in', true],
      ['Create an account', false],
    ])
  })

  it('ignores a council that is not the user’s active one, and any council of a pending or unverified user', () => {
    expect(presentCurrentUser(buildUser('publisher'), york).council).toBeUndefined()
    expect(presentCurrentUser(buildUser('publisher', { pending: true }), leeds).council).toBeUndefined()
    const unverified = buildUser('publisher', { emailVerifiedAt: null })
    expect(presentCurrentUser(unverified, leeds)).toMatchObject({ isVerified: false, council: undefined })
  })
})

describe('presentAccount', () => {
  it('names the council, the membership status and the roles in words', () => {
    const account = presentAccount(buildUser('councilAdmin', { name: 'Sam Admin' }), [york, leeds])
    expect(account).toMatchObject({
      name: 'Sam Admin',
      emailVerified: true,
      roles: ['Officer', 'Council admin'],
      council: { name: 'Leeds City Council', slug: 'leeds', status: 'active' },
      canManageMembers: true,
    })
  })

  it('a pending member has no roles yet, and shared-domain choices are listed by name', () => {
    const user = buildUser('officer', { pending: true, domainCouncilChoices: ['E06000014', 'E99999999'] })
    const account = presentAccount(user, [leeds, york])
    expect(account.roles).toEqual([])
    expect(account.council?.status).toBe('pending')
    expect(account.domainChoices).toEqual([{ code: 'E06000014', name: 'City of York Council' }])
    expect(account.canManageMembers).toBe(false)
  })

  it('a network admin without a council', () => {
    expect(presentAccount(buildUser('networkAdmin'), [leeds])).toMatchObject({
      roles: ['Network admin'],
      council: undefined,
    })
  })
})

describe('presentMembers', () => {
  it('lists pending requests oldest first, then active members who are not disabled', () => {
    const newer = buildUser('officer', { pending: true, name: 'Newer' })
    newer.membership!.requestedAt = new Date('2025-05-02T09:00:00Z')
    const older = buildUser('officer', { pending: true, name: 'Older' })
    older.membership!.requestedAt = new Date('2025-05-01T09:00:00Z')
    const me = buildUser('councilAdmin', { name: 'Me' })
    const disabled = buildUser('publisher', { disabledAt: new Date(), name: 'Gone' })
    const page = presentMembers([newer, me, disabled, older], 'leeds', me._id.toString())
    expect(page.pending.map(row => [row.name, row.requestedOn])).toEqual([
      ['Older', '1 May 2025'],
      ['Newer', '2 May 2025'],
    ])
    expect(page.active.map(row => [row.name, row.isYou, row.isCouncilAdmin])).toEqual([['Me', true, true]])
    expect(page.pending[0]?.decideAction).toBe(`/councils/leeds/members/${older._id.toString()}/decision`)
  })
})
