import { PageViewCount, type PageViewCountRecord } from '../../models/PageViewCount'
import { SearchCount, type SearchCountRecord } from '../../models/SearchCount'

export type DayCount = { day: string; caseStudyId: string; count: number }
export type SearchDay = { day: string; searches: number; zeroResults: number }
export type QueryCount = { query: string; searches: number; zeroResults: number }
export type QueryIncrement = QueryCount & { day: string; key: string }

/** Days are "YYYY-MM-DD" strings, so comparing them as strings compares the dates. */
export const usageCountRepository = {
  /** Adds views, one upsert by _id per case study and day. */
  async addViews(views: DayCount[]): Promise<void> {
    for (const { caseStudyId, day, count } of views) {
      await PageViewCount.updateOne(
        { _id: `${caseStudyId}:${day}` },
        { $inc: { count }, $setOnInsert: { caseStudyId, day } },
        { upsert: true },
      ).exec()
    }
  },

  /** Adds a day's totals and its queries' counts; `key` is the query's hash. */
  async addSearches(days: SearchDay[], queries: QueryIncrement[]): Promise<void> {
    for (const { day, searches, zeroResults } of days) {
      await SearchCount.updateOne(
        { _id: day },
        { $inc: { searches, zeroResults }, $setOnInsert: { day } },
        { upsert: true },
      ).exec()
    }
    for (const { day, key, query, searches, zeroResults } of queries) {
      await SearchCount.updateOne(
        { _id: `${day}:${key}` },
        { $inc: { searches, zeroResults }, $setOnInsert: { day, query } },
        { upsert: true },
      ).exec()
    }
  },

  async viewsSince(caseStudyIds: string[], sinceDay: string): Promise<DayCount[]> {
    if (caseStudyIds.length === 0) return []
    const rows = await PageViewCount.find({ caseStudyId: { $in: caseStudyIds.map(String) }, day: { $gte: sinceDay } })
      .lean<PageViewCountRecord[]>()
      .exec()
    return rows.map(({ day, caseStudyId, count }) => ({ day, caseStudyId, count }))
  },

  async searchDaysSince(sinceDay: string): Promise<SearchDay[]> {
    const rows = await SearchCount.find({ day: { $gte: sinceDay }, query: { $exists: false } })
      .lean<SearchCountRecord[]>()
      .exec()
    return rows.map(({ day, searches, zeroResults }) => ({ day, searches, zeroResults }))
  },

  /**
   * The most searched queries since the day, summed over the days, most searched first. Summed
   * here rather than with $group: FerretDB v1's $group and $project gave wrong sums and names.
   */
  async topQueriesSince(sinceDay: string, limit: number): Promise<QueryCount[]> {
    const rows = await SearchCount.find({ day: { $gte: sinceDay }, query: { $exists: true } })
      .select({ query: 1, searches: 1, zeroResults: 1 })
      .lean<SearchCountRecord[]>()
      .exec()
    const totals = new Map<string, QueryCount>()
    for (const { query = '', searches, zeroResults } of rows) {
      const total = totals.get(query) ?? { query, searches: 0, zeroResults: 0 }
      totals.set(query, { query, searches: total.searches + searches, zeroResults: total.zeroResults + zeroResults })
    }
    return [...totals.values()]
      .sort((a, b) => b.searches - a.searches || a.query.localeCompare(b.query))
      .slice(0, limit)
  },
}

export type UsageCountRepository = typeof usageCountRepository
