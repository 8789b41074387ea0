// Placeholder until the reviewed lexicon lands: identity mappings.
export const britishSpelling = (word: string): string => word
export const canonicalStem = (stem: string): string => stem
