/// <reference lib="dom" />
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { expectAccessible, expectPath, newPageAfter, useBrowserApp } from '../helpers/browser'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('declaring adoption and the family tree, in a browser', () => {
  let original = { slug: '' }
  let pilot = { id: '', slug: '' }
  const { signedInPage, newPage } = useBrowserApp({
    prepare: async services => {
      original = await createPublishedCaseStudy({ title: 'Heron community transport', councilCode: 'E08000035' })
      pilot = await createPublishedCaseStudy({ title: 'Heron Leeds pilot', councilCode: 'E08000035' })
      await createPublishedCaseStudy({
        title: 'Heron rural transport',
        councilCode: 'E08000003',
        adaptedFromId: pilot.id,
        whatChanged: 'Volunteer drivers instead of paid ones',
      })
      await services.searchIndex.ready()
    },
    finish: services => services.searchIndex.stop(),
  })

  it('declares, sees the council listed, withdraws, with every page accessible', async () => {
    const page = await signedInPage({ role: 'publisher', councilCode: 'E06000052' })
    await page.goto(`/case-studies/${original.slug}`)
    await newPageAfter(page, () => page.getByRole('link', { name: 'Say your council is using this' }).click())
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Is Cornwall Council using this?')
    await expectAccessible(page)

    // Nothing chosen: the error summary, linked to the radios.
    await newPageAfter(page, () => page.getByRole('button', { name: 'Save declaration' }).click())
    expect(await page.title()).toMatch(/^Error: /)
    expect(await page.locator('.govuk-error-summary a[href="#status"]').innerText()).toBe(
      'Select whether your council is exploring, adapting or has adopted this',
    )
    await expectAccessible(page)

    await page.getByLabel('Adopted').check()
    await page.getByLabel('What are you changing? (optional)').fill('Run from the libraries')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Save declaration' }).click())
    await expectPath(page, `/case-studies/${original.slug}/declaration`)
    expect(await page.locator('#current-declaration').innerText()).toContain('Adopted')
    expect(await page.getByRole('button', { name: 'Publish your version' }).count()).toBe(1)
    await expectAccessible(page)

    await page.goto(`/case-studies/${original.slug}`)
    expect(await page.locator('#adoption-councils tbody tr').innerText()).toMatch(
      /Cornwall Council\s+Adopted[\s\S]*Run from the libraries/,
    )
    await expectAccessible(page)

    await page.goto(`/case-studies/${original.slug}/declaration`)
    await newPageAfter(page, () => page.getByRole('button', { name: 'Withdraw declaration' }).click())
    await expectPath(page, `/case-studies/${original.slug}`)
    expect(await page.locator('#adoption-none').innerText()).toBe('No council has said it is using this yet.')
  })

  it('shows the family tree as a list and a diagram, accessibly', async () => {
    const page = await newPage()
    await page.goto(`/case-studies/${pilot.slug}`)
    await newPageAfter(page, () => page.locator('#lineage-link').click())
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Family tree')
    expect(await page.locator('#lineage-list').innerText()).toMatch(
      /Heron Leeds pilot[\s\S]*Heron rural transport[\s\S]*Volunteer drivers instead of paid ones/,
    )
    const diagram = page.getByRole('img', { name: 'Family tree of Heron Leeds pilot' })
    expect(await diagram.count()).toBe(1)
    expect(await page.locator('#lineage-diagram rect').count()).toBe(2)
    await expectAccessible(page)
  })
})
