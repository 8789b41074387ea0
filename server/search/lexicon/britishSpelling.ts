// American spellings brought to their British form before stemming, so "organization" and
// "organisation" index alike. Porter2 is no help here: it stems "organization" to "organ" (its
// -ization rule) but "organisation" to "organis", and leaves "behavior"/"behaviour" and
// "center"/"centre" apart. Case studies are British; quotes, imported research and some officers
// write American. Input is a lower-case word with accents folded (analyzer.ts `words`).

/** Words whose -ize, -ized, ... is part of the root, not the verb suffix: never respelt. */
const IZE_ROOTS = new Set([
  'size',
  'resize',
  'downsize',
  'upsize',
  'oversize',
  'undersize',
  'outsize',
  'supersize',
  'bitesize',
  'capsize',
  'seize',
  'prize',
  'maize',
  'baize',
  'assize',
])

/** -ize -> -ise and -yze -> -yse in every inflection and noun (organizing, organization, analyzed). */
const IZE = /^(.+)iz(e|es|ed|ing|er|ers|ation|ations|ational)$/
const YZE = /^(.+)yz(e|es|ed|ing|er|ers)$/

/**
 * -or words spelt -our in British English, with the endings that keep the u ("favourite",
 * "neighbourhood", "behavioural"). Endings that drop it in British English too are left out
 * on purpose: "honorary", "laborious", "humorous", "vigorous", and "colorectal" (bowel screening).
 */
const OUR_ROOTS = [
  'behavior',
  'color',
  'favor',
  'honor',
  'labor',
  'neighbor',
  'harbor',
  'humor',
  'rumor',
  'odor',
  'endeavor',
  'flavor',
  'tumor',
  'vapor',
  'parlor',
  'savior',
]
const OUR_ENDINGS = /^(|s|ed|ing|al|ally|able|ably|ful|less|ite|ites|hood|hoods|er|ers|ist|ists|ism)$/

/**
 * Spellings no rule covers safely: -er/-re (but not "meter", which is a parking meter in British
 * English too), -se/-ce nouns, dropped e, single l, -og/-ogue, and medical ae/oe. "License" is
 * left alone: British English uses it for the verb ("licensing", "licensed"); derivedForms.ts
 * joins licence and license instead. "Program" is left too: British English keeps it for
 * software; derivedForms.ts joins the two stems.
 */
const WORDS: Record<string, string> = {
  center: 'centre',
  centers: 'centres',
  centered: 'centred',
  centering: 'centring',
  theater: 'theatre',
  theaters: 'theatres',
  fiber: 'fibre',
  fibers: 'fibres',
  liter: 'litre',
  liters: 'litres',
  defense: 'defence',
  defenses: 'defences',
  offense: 'offence',
  offenses: 'offences',
  pretense: 'pretence',
  aging: 'ageing',
  judgment: 'judgement',
  judgments: 'judgements',
  acknowledgment: 'acknowledgement',
  acknowledgments: 'acknowledgements',
  enroll: 'enrol',
  enrolls: 'enrols',
  enrollment: 'enrolment',
  enrollments: 'enrolments',
  fulfill: 'fulfil',
  fulfills: 'fulfils',
  fulfillment: 'fulfilment',
  installment: 'instalment',
  installments: 'instalments',
  skillful: 'skilful',
  willful: 'wilful',
  counselor: 'counsellor',
  counselors: 'counsellors',
  catalog: 'catalogue',
  catalogs: 'catalogues',
  dialog: 'dialogue',
  dialogs: 'dialogues',
  analog: 'analogue',
  gray: 'grey',
  mold: 'mould',
  molds: 'moulds',
  moldy: 'mouldy',
  plow: 'plough',
  plows: 'ploughs',
  plowing: 'ploughing',
  pediatric: 'paediatric',
  pediatrics: 'paediatrics',
  pediatrician: 'paediatrician',
  pediatricians: 'paediatricians',
  orthopedic: 'orthopaedic',
  orthopedics: 'orthopaedics',
  anemia: 'anaemia',
  anesthetic: 'anaesthetic',
  anesthesia: 'anaesthesia',
  gynecology: 'gynaecology',
  diarrhea: 'diarrhoea',
  estrogen: 'oestrogen',
  edema: 'oedema',
  leukemia: 'leukaemia',
  hemorrhage: 'haemorrhage',
  archeology: 'archaeology',
  archeological: 'archaeological',
  encyclopedia: 'encyclopaedia',
  maneuver: 'manoeuvre',
  maneuvers: 'manoeuvres',
  aluminum: 'aluminium',
  jewelry: 'jewellery',
}

/** The British spelling of a lower-case word; a word with no American spelling comes back as it is. */
export function britishSpelling(word: string): string {
  let british = cache.get(word)
  if (british === undefined) {
    british = respell(word)
    if (cache.size >= MAX_CACHED) cache.clear()
    cache.set(word, british)
  }
  return british
}

// Every word of every indexed text passes through here: remembering the answers makes it a lookup.
const cache = new Map<string, string>()
const MAX_CACHED = 200_000
// A Map, not the object literal itself: "constructor" or "tostring" must not find Object's own.
const LISTED = new Map(Object.entries(WORDS))

function respell(word: string): string {
  const listed = LISTED.get(word)
  if (listed !== undefined) return listed
  const ize = IZE.exec(word)
  if (ize && !IZE_ROOTS.has(`${ize[1]}ize`)) return `${ize[1]}is${ize[2]}`
  const yze = YZE.exec(word)
  if (yze) return `${yze[1]}ys${yze[2]}`
  for (const root of OUR_ROOTS) {
    if (word.startsWith(root) && OUR_ENDINGS.test(word.slice(root.length))) {
      return `${root.slice(0, -2)}our${word.slice(root.length)}`
    }
  }
  return word
}
