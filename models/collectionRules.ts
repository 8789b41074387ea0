// Collection rules that services, forms and presenters read; plain values, so reading them does
// not load the mongoose model (only server/data does that).

/** The reserved _id of the featured list: the home page's curated case studies. */
export const FEATURED_COLLECTION = 'featured'
/** More than a visitor reads down one page; curators make a second collection instead. */
export const MAX_COLLECTION_ITEMS = 50
