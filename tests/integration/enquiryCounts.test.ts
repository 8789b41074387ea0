import { Types } from 'mongoose'
import { enquiryRepository, type NewEnquiry } from '../../server/data/enquiryRepository'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const enquiry = (caseStudyId: string, sentAt: string): NewEnquiry => ({
  caseStudyId,
  caseStudyTitle: 'A case study',
  councilCode: 'E08000035',
  senderId: new Types.ObjectId(),
  senderName: 'An Officer',
  senderCouncilCode: 'E06000052',
  message: 'A question long enough to send.',
  routedTo: 'contacts',
  recipients: [{ name: 'A Contact', role: 'Lead' }],
  sentAt: new Date(sentAt),
})

describe('enquiry counts by day, for the dashboards', () => {
  const [a, b, other] = [1, 2, 3].map(() => new Types.ObjectId().toString()) as [string, string, string]

  beforeAll(async () => {
    for (const [id, at] of [
      [a, '2026-05-31T23:59:59Z'], // before `since`: left out
      [a, '2026-06-01T00:00:00Z'],
      [a, '2026-06-01T23:59:59Z'],
      [a, '2026-06-02T00:00:00Z'], // a UTC day starts at midnight UTC, whatever the time in London
      [b, '2026-06-01T12:00:00+01:00'],
      [b, '2026-06-03T08:00:00Z'],
      [other, '2026-06-02T08:00:00Z'], // not asked for
    ] as const)
      await enquiryRepository.insert(enquiry(id, at))
  })

  it('counts each case study’s enquiries per UTC day since the given moment, days in order', async () => {
    const rows = await enquiryRepository.countByDay([a, b], new Date('2026-06-01T00:00:00Z'))
    const expected = [
      { day: '2026-06-01', caseStudyId: a, count: 2 },
      { day: '2026-06-01', caseStudyId: b, count: 1 },
      { day: '2026-06-02', caseStudyId: a, count: 1 },
      { day: '2026-06-03', caseStudyId: b, count: 1 },
    ].sort((x, y) => x.day.localeCompare(y.day) || x.caseStudyId.localeCompare(y.caseStudyId))
    expect(rows).toEqual(expected)
  })

  it('answers nothing for no case studies, unknown ones, or a moment after the last enquiry', async () => {
    expect(await enquiryRepository.countByDay([], new Date(0))).toEqual([])
    expect(await enquiryRepository.countByDay([new Types.ObjectId().toString()], new Date(0))).toEqual([])
    expect(await enquiryRepository.countByDay([a, b], new Date('2026-06-04T00:00:00Z'))).toEqual([])
  })

  it('includes an enquiry sent exactly at `since`', async () => {
    expect(await enquiryRepository.countByDay([b], new Date('2026-06-03T08:00:00Z'))).toEqual([
      { day: '2026-06-03', caseStudyId: b, count: 1 },
    ])
  })
})
