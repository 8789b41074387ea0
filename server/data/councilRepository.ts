import { Council, type CouncilRecord } from '../../models/Council'

/** A council as the rest of the app sees it: the GSS code by name rather than as `_id`. */
export type CouncilData = Omit<CouncilRecord, '_id'> & { gssCode: string }
export type CouncilReferenceFields = Omit<CouncilData, 'extraEmailDomains' | 'createdAt' | 'updatedAt'>

const toCouncil = ({ _id, ...rest }: CouncilRecord): CouncilData => ({ gssCode: _id, ...rest })

export const councilRepository = {
  count(): Promise<number> {
    return Council.estimatedDocumentCount().exec()
  },

  async findByGssCode(gssCode: string): Promise<CouncilData | undefined> {
    const council = await Council.findById(gssCode).lean<CouncilRecord>().exec()
    return council ? toCouncil(council) : undefined
  },

  /** Adds or removes one domain in place, so two admins' changes never overwrite each other. */
  async changeExtraEmailDomain(gssCode: string, domain: string, change: 'add' | 'remove'): Promise<void> {
    const update =
      change === 'add' ? { $addToSet: { extraEmailDomains: domain } } : { $pull: { extraEmailDomains: domain } }
    await Council.updateOne({ _id: gssCode }, update).exec()
  },

  async listAll(): Promise<CouncilData[]> {
    const councils = await Council.find().lean<CouncilRecord[]>().exec()
    return councils.map(toCouncil)
  },

  async insertMany(councils: CouncilReferenceFields[]): Promise<void> {
    if (councils.length === 0) return
    await Council.insertMany(
      councils.map(({ gssCode, ...rest }) => ({ _id: gssCode, ...rest })),
      { ordered: false },
    )
  },

  /** Sets only reference-data fields, so what network admins added (extra email domains) stays. */
  async updateReferenceFields({ gssCode, ...fields }: CouncilReferenceFields): Promise<void> {
    await Council.updateOne({ _id: gssCode }, { $set: fields }).exec()
  },
}

export type CouncilRepository = typeof councilRepository
