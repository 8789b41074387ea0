import { capitalise } from './wordList'

/** How to fill each {slot} from a case study's writing state; called once per occurrence. */
export type Slots<S> = Readonly<Record<string, (state: S) => string>>
export type Template<S> = (state: S) => string

type Part<S> = string | { fill: (state: S) => string; capital: boolean; repeated: boolean }

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * Compiles "We {verb} {noun} and {noun}." into a function of the writing state. A slot written
 * with a capital first letter ({Group}) is the same slot with its value capitalised, for the start
 * of a sentence. A slot used twice in one sentence is redrawn (a few times) rather than repeat a
 * value. Unknown slots fail here, when the module loads, not half-way through a corpus.
 */
export function compileTemplate<S>(text: string, slots: Slots<S>): Template<S> {
  const pieces = text.split(/\{(\w+)\}/)
  const names = pieces.map((piece, index) => (index % 2 ? lowerFirst(piece) : ''))
  const parts: Part<S>[] = pieces.map((piece, index) => {
    if (index % 2 === 0) return piece
    const name = lowerFirst(piece)
    const fill = slots[name]
    if (!fill) throw new Error(`unknown slot {${piece}} in corpus template "${text}"`)
    return { fill, capital: name !== piece, repeated: names.filter(other => other === name).length > 1 }
  })
  return state => {
    let out = ''
    let used: string[] | undefined
    for (const part of parts) {
      if (typeof part === 'string') {
        out += part
        continue
      }
      let value = part.fill(state)
      if (part.repeated) {
        used ??= []
        for (let attempt = 0; used.includes(value) && attempt < 4; attempt++) value = part.fill(state)
        used.push(value)
      }
      out += part.capital ? capitalise(value) : value
    }
    return out
  }
}

/** "Bus operators" → "bus operators" mid-sentence; "Citizens Advice" and "Age UK" keep their capitals. */
export const inSentence = (name: string) => (/[A-Z]/.test(name.slice(1)) ? name : lowerFirst(name))
