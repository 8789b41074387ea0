/**
 * A word list written as comma-separated text (one long literal reads better than hundreds of
 * quoted strings). Order matters: the corpus draws words by rank, so the first are the commonest.
 */
export function wordList(text: string): string[] {
  const words = text
    .split(',')
    .map(word => word.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
  const duplicates = words.filter((word, index) => words.indexOf(word) !== index)
  if (duplicates.length) throw new Error(`duplicate words in a corpus word list: ${duplicates.join(', ')}`)
  return words
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
