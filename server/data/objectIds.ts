import { Types } from 'mongoose'

/** An id from an address or a form as an ObjectId, or undefined when it cannot be one (so no lookup is made). */
export const asObjectId = (id: string) => (/^[0-9a-f]{24}$/i.test(id) ? new Types.ObjectId(id) : undefined)
