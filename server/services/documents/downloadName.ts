// A download's file name, from the title the publisher gave it: what an adopter's computer saves
// it as. Characters that file systems refuse or that could reach outside a folder ("../", "\",
// control characters) become spaces; quotes and anything else the Content-Disposition header
// could trip over are the controller's to encode.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/g

export function downloadName(title: string, kind: string): string {
  const base = title
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 100)
    .trim()
  return `${base || 'document'}.${kind}`
}

/** The same name in plain ASCII, for the `filename=` of browsers that ignore `filename*=`. */
export const asciiName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["%;\\]/g, '_')
