// What people type into a search box can be about a person: an email address, a phone number, a
// home address, a reference number. Searches that found nothing are kept for curators, so the
// personal parts are masked first and only the topic is kept.

export const MAX_STORED_SEARCH_LENGTH = 200

// Only the start of the text is looked at: masks make it shorter, never longer, and this bounds
// the work the patterns below do on a hostile query.
const LOOK_AT = 1_000

const MASKS: [pattern: RegExp, mask: string][] = [
  // Anything with an @ in it: an email address, or the part of one that was typed.
  [/\S*@\S*/g, '[email]'],
  // A house number and street: "12 Acacia Avenue", "3b Mill Lane".
  [
    /\b\d{1,4}[a-z]?,?\s+(?:[a-z'-]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|close|drive|way|court|crescent|place|terrace|gardens|grove|row|walk|square)\b/gi,
    '[address]',
  ],
  // A full UK postcode, with the house number or flat before it if there is one.
  [/\b(?:(?:flat\s+)?\d{1,4}[a-z]?,?\s+)?[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/gi, '[postcode]'],
  // A telephone number: nine or more digits, perhaps with spaces, dashes, brackets or a +.
  [/\+?\(?\d(?:[\s().-]{0,2}\d){8,}/g, '[phone]'],
  // Any other long run of digits: an account, case, National Insurance or card number.
  [/\d{6,}/g, '[number]'],
]

/** The search text with personal data masked, at most 200 characters. Pure. */
export function scrubSearchText(text: string): string {
  let scrubbed = text.slice(0, LOOK_AT)
  for (const [pattern, mask] of MASKS) scrubbed = scrubbed.replace(pattern, mask)
  return scrubbed.slice(0, MAX_STORED_SEARCH_LENGTH)
}
