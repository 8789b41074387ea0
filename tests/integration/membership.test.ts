import { User } from '../../models/User'
import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'
import { formClient } from '../helpers/formClient'
import { lastEmailTo, linkIn } from '../helpers/mailbox'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
const app = () => createTestApp(services)

beforeAll(async () => {
  await services.referenceData.loadCouncils()
})

async function registerAndVerify(email: string) {
  const client = formClient(app())
  await client.submit('/create-account', { name: 'New Officer', email, password: 'a long and unusual passphrase' })
  await client.get(linkIn(lastEmailTo(email)))
  await client.submit('/sign-in', { email, password: 'a long and unusual passphrase' })
  return client
}

describe('council membership', () => {
  it('lets a user on a shared domain choose between the councils that use it', async () => {
    const client = await registerAndVerify('sam@adur-worthing.gov.uk')
    const account = await client.get('/account')
    expect(account.text).toContain('Your email domain is shared by more than one council: choose yours')
    const form = await client.get('/account/council')
    expect(form.text).toContain('Choose your council')
    const options = [...form.text.matchAll(/<option value="([ENSW]\d{8})"/g)].map(match => match[1])
    expect(options).toHaveLength(2)

    const chosen = await client.submit('/account/council', { councilCode: options[0]! })
    expect(chosen.status).toBe(302)
    const user = await User.findOne({ email: 'sam@adur-worthing.gov.uk' }).lean()
    expect(user?.membership).toMatchObject({ councilCode: options[0], status: 'active', via: 'email-domain' })
  })

  it('uses email domains a network admin added', async () => {
    const admin = await createUser({ role: 'networkAdmin' })
    const adminClient = formClient(app())
    await adminClient.submit('/sign-in', { email: admin.email, password: FACTORY_PASSWORD })
    const added = await adminClient.submit('/admin/councils/cornwall-council/email-domains', {
      domain: '@Cornwall.example',
    })
    expect(added.status).toBe(302)
    expect((await adminClient.get('/admin/councils/cornwall-council/email-domains')).text).toContain('cornwall.example')

    await registerAndVerify('kit@cornwall.example')
    const user = await User.findOne({ email: 'kit@cornwall.example' }).lean()
    expect(user?.membership).toMatchObject({ councilCode: 'E06000052', status: 'active' })
  })

  it('sends a request to join to the council admins, who approve it; the user is told by email', async () => {
    const councilAdmin = await createUser({ role: 'councilAdmin', councilCode: 'E08000035' })
    const client = await registerAndVerify('jo@gmail.example')
    const requested = await client.submit('/account/council', { councilCode: 'E08000035' })
    expect(requested.status).toBe(302)
    expect((await client.get('/account')).text).toContain('Leeds City Council (request waiting for approval)')

    const notice = lastEmailTo(councilAdmin.email)
    expect(notice?.subject).toBe('New Officer has asked to join Leeds City Council')
    const adminClient = formClient(app())
    await adminClient.submit('/sign-in', { email: councilAdmin.email, password: FACTORY_PASSWORD })
    const membersPage = await adminClient.get(linkIn(notice))
    expect(membersPage.status).toBe(200)
    expect(membersPage.text).toContain('jo@gmail.example')

    const joiner = await User.findOne({ email: 'jo@gmail.example' }).lean()
    const decided = await adminClient.submit(
      linkIn(notice),
      { decision: 'approve' },
      `/councils/leeds-city-council/members/${joiner!._id.toString()}/decision`,
    )
    expect(decided.status).toBe(302)
    expect(lastEmailTo('jo@gmail.example')?.subject).toBe('You are now a member of Leeds City Council')

    const roles = await adminClient.submit(
      linkIn(notice),
      { isPublisher: 'yes' },
      `/councils/leeds-city-council/members/${joiner!._id.toString()}/roles`,
    )
    expect(roles.status).toBe(302)
    expect((await client.get('/account')).text).toMatch(/id="account-roles">Officer, Publisher</)
  })

  it('tells a declined user by email and leaves them without a council', async () => {
    const councilAdmin = await createUser({ role: 'councilAdmin', councilCode: 'E08000035' })
    const client = await registerAndVerify('alex@hotmail.example')
    await client.submit('/account/council', { councilCode: 'E08000035' })
    const joiner = await User.findOne({ email: 'alex@hotmail.example' }).lean()
    await services.membership.decide(councilAdmin, 'E08000035', joiner!._id.toString(), false, {
      actorId: councilAdmin._id,
      ip: null,
    })
    expect(lastEmailTo('alex@hotmail.example')?.subject).toBe('Your request to join Leeds City Council was declined')
    expect((await client.get('/account')).text).toMatch(/id="account-roles">None yet</)
  })

  it('signs out a disabled account on its next request and refuses its sign-in', async () => {
    const admin = await createUser({ role: 'networkAdmin' })
    const target = await createUser({ role: 'officer' })
    const targetClient = formClient(app())
    await targetClient.submit('/sign-in', { email: target.email, password: FACTORY_PASSWORD })
    await services.userAdmin.setDisabled(admin, target._id.toString(), true, { actorId: admin._id, ip: null })
    expect((await targetClient.get('/account')).headers.location).toBe('/sign-in')
    const again = await formClient(app()).submit('/sign-in', { email: target.email, password: FACTORY_PASSWORD })
    expect(again.status).toBe(400)
    expect(again.text).toContain('This account has been disabled')
  })
})
