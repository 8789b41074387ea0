import { britishSpelling } from './britishSpelling'

export { britishSpelling }

// Porter2 removes inflections and some suffixes but leaves many derived forms apart: "decision"
// stems to "decis" and "decide" to "decid", so a search for one misses case studies written with
// the other. A rule cannot join them safely (-sion is "decis" from decide but "permiss" from
// permit, and a permit is not a permission), so this is a reviewed list: each entry maps the stem
// Porter2 gives one form onto the stem it gives the other, with the words that show it. A unit
// test runs every word through the real analyser.
//
// How an engine uses it (one function, analysedKey, at the heart of stemWord in analyzer.ts):
// British spelling first, then a protected stem or Porter2, then the canonical stem. Index and query
// must go through the same function, and ANALYZER_VERSION must be bumped when any list changes.
//
// What was kept apart on purpose, and why (tests/unit/lexiconDerivedForms.test.ts checks them):
// - include/inclusion: "inclusion" (digital, social, SEND inclusion) is a term of art, while
//   "including" is in nearly every document; joined, "inclusion" would match almost everything.
//   (Provision does join provide: it is what is provided.)
// - close/closure, clear/clearance, resident/residential: the first of each is an everyday word
//   ("close working", "it was clear", "residents said") that would swamp the second.
// - permit/permission, commit/commission, depart/departure, proper/property, poor/poverty,
//   care/carer, work/worker, use/user, academy/academic, neighbour/neighbourhood,
//   partner/partnership, special/specialist, volunteer/voluntary, enquiry/inquiry: different
//   things in a council, however close the words.

/** [stem Porter2 gives one form, stem it is joined to, the words that show it]. */
const DERIVED: readonly (readonly [string, string, string])[] = [
  ['decis', 'decid', 'decision decisions decide decided'],
  ['mainten', 'maintain', 'maintenance maintain maintained'],
  ['intervent', 'interven', 'intervention interventions intervene'],
  ['exclus', 'exclud', 'exclusion exclusions exclude excluded'],
  ['reduct', 'reduc', 'reduction reductions reduce reduced'],
  ['introduct', 'introduc', 'introduction introduce introduced'],
  ['conclus', 'conclud', 'conclusion conclusions conclude'],
  ['submiss', 'submit', 'submission submissions submit submitted'],
  ['admiss', 'admit', 'admission admissions admit admitted'],
  ['expans', 'expand', 'expansion expand expanded'],
  ['extens', 'extend', 'extension extensions extend extended'],
  ['suspens', 'suspend', 'suspension suspensions suspend suspended'],
  ['appli', 'applic', 'apply applied applies application applications applicant'],
  ['qualifi', 'qualif', 'qualify qualified qualification qualifications'],
  ['identifi', 'identif', 'identify identified identification'],
  ['notifi', 'notif', 'notify notified notification notifications'],
  ['verifi', 'verif', 'verify verified verification'],
  ['classifi', 'classif', 'classify classified classification'],
  ['modifi', 'modif', 'modify modified modification modifications'],
  ['justifi', 'justif', 'justify justified justification'],
  ['simplifi', 'simplif', 'simplify simplified simplification'],
  ['certifi', 'certif', 'certify certified certificate certification'],
  ['guidanc', 'guid', 'guidance guide guides'],
  ['complianc', 'compli', 'compliance comply complies'],
  ['eros', 'erod', 'erosion erode eroded'],
  ['collis', 'collid', 'collision collisions collide'],
  ['invas', 'invad', 'invasion invasive invade'],
  ['provis', 'provid', 'provision provide provided'],
  ['solut', 'solv', 'solution solutions solve solved'],
  ['prescript', 'prescrib', 'prescription prescriptions prescribe prescribing'],
  ['subscript', 'subscrib', 'subscription subscribe'],
  ['descript', 'describ', 'description describe described'],
  ['percept', 'perceiv', 'perception perceptions perceive perceived'],
  ['consumpt', 'consum', 'consumption consume consumer'],
  ['assumpt', 'assum', 'assumption assumptions assume'],
  ['acquisit', 'acquir', 'acquisition acquire acquired'],
  ['competit', 'compet', 'competition competitive compete'],
  ['repetit', 'repeat', 'repetition repeat repeated'],
  ['destruct', 'destroy', 'destruction destroy destroyed'],
  ['definit', 'defin', 'definition definitions define defined'],
  ['recognit', 'recognis', 'recognition recognise recognize recognised'],
  ['explan', 'explain', 'explanation explain explained'],
  ['retent', 'retain', 'retention retain retained'],
  ['detent', 'detain', 'detention detain detained'],
  ['emiss', 'emit', 'emission emissions emit'],
  ['referr', 'refer', 'referral referrals refer referred'],
  ['denial', 'deni', 'denial deny denied'],
  ['burial', 'buri', 'burial burials bury buried'],
  ['failur', 'fail', 'failure failures fail failed'],
  ['exposur', 'expos', 'exposure expose exposed'],
  ['disclosur', 'disclos', 'disclosure disclosures disclose'],
  ['growth', 'grow', 'growth grow growing'],
  ['economi', 'econom', 'economy economies economic economics'],
  ['strategi', 'strateg', 'strategy strategies strategic'],
  ['democraci', 'democrat', 'democracy democratic'],
  ['histori', 'histor', 'history historic historical'],
  ['geographi', 'geograph', 'geography geographic geographical'],
  ['therapeut', 'therapi', 'therapeutic therapy therapies'],
  ['therapist', 'therapi', 'therapist therapists therapy'],
  ['psychologist', 'psycholog', 'psychologist psychologists psychology psychological'],
  ['librarian', 'librari', 'librarian librarians library libraries'],
  ['smoker', 'smoke', 'smoker smokers smoking smoke'],
  ['gambler', 'gambl', 'gambler gamblers gambling gamble'],
  ['children', 'child', 'children child'],
  ['childhood', 'child', 'childhood child'],
  ['women', 'woman', 'women woman'],
  ['deliveri', 'deliv', 'delivery deliveries deliver delivered'],
  ['recoveri', 'recov', 'recovery recover recovered'],
  ['injuri', 'injur', 'injury injuries injure injured'],
  ['absenc', 'absent', 'absence absences absent'],
  ['violenc', 'violent', 'violence violent'],
  ['financi', 'financ', 'financial finance finances'],
  ['commerci', 'commerc', 'commercial commerce'],
  ['medicin', 'medic', 'medicine medicines medical medication'],
  ['pharmacist', 'pharmaci', 'pharmacist pharmacists pharmacy pharmacies'],
  ['dentist', 'dental', 'dentist dentists dental'],
  ['dentistri', 'dental', 'dentistry dental'],
  ['safeti', 'safe', 'safety safe'],
  ['prioritis', 'prioriti', 'prioritise prioritize prioritised priority priorities'],
  ['digitis', 'digit', 'digitise digitize digitisation digital'],
  ['modernis', 'modern', 'modernise modernisation modernization modern'],
  ['personalis', 'person', 'personalise personalised personalisation personal'],
  ['standardis', 'standard', 'standardise standardised standardization standard'],
  ['centralis', 'central', 'centralise centralised central'],
  ['tourist', 'tourism', 'tourist tourists tourism'],
  ['variat', 'vari', 'variation variations vary varied'],
  ['varianc', 'vari', 'variance vary'],
  ['relianc', 'reli', 'reliance rely relies'],
  ['argument', 'argu', 'argument arguments argue'],
  ['judgement', 'judg', 'judgement judgment judgements judge'],
  ['criterion', 'criteria', 'criterion criteria'],
  ['apprenticeship', 'apprentic', 'apprenticeship apprenticeships apprentice apprentices'],
  ['counsellor', 'counsel', 'counsellor counselor counsellors counselling counseling'],
  ['fuell', 'fuel', 'fuelled fuelling fuel fueled'],
  ['diall', 'dial', 'dialled dialling dial dialed'],
  ['licenc', 'licens', 'licence licences license licensing licensed'],
  ['practis', 'practic', 'practise practising practice practices'],
  ['advic', 'advis', 'advice advise advised adviser'],
  ['advisori', 'advis', 'advisory advise'],
  ['programm', 'program', 'programme programmes program programming'],
  ['analysi', 'analys', 'analysis analyse analyses analyze'],
  ['crise', 'crisi', 'crises crisis'],
  ['diagnosi', 'diagnos', 'diagnosis diagnose diagnosed'],
  ['diagnost', 'diagnos', 'diagnostic diagnostics diagnose'],
]

/**
 * Words Porter2 stems onto an unrelated word, given their own stem instead: "university",
 * "universal" (credit) and "universe" all stem to "univers"; "authority" to "author";
 * "hospitality" to "hospit"; "informal" (care) to "inform"; "transition" (to adulthood) to
 * "transit". [stem, the words that take it]. Inflections are listed because the override is by
 * whole word, before Porter2.
 */
const PROTECTED: readonly (readonly [string, string])[] = [
  ['universiti', 'university universities'],
  ['universal', 'universal universally'],
  ['authoriti', 'authority authorities'],
  ['hospitaliti', 'hospitality'],
  ['informal', 'informal informally'],
  ['transition', 'transition transitions transitional transitioning transitioned'],
  ['exclusiv', 'exclusive exclusively exclusivity'],
  ['organic', 'organic organically'],
  ['internation', 'international internationally'],
  ['internal', 'internal internally'],
  ['publiciti', 'publicity'],
  ['incidenc', 'incidence incidences'],
  ['officer', 'officer officers'],
  ['allowanc', 'allowance allowances'],
  ['marketing', 'marketing'],
  ['experiment', 'experiment experiments experimental experimentation'],
  ['minoriti', 'minority minorities'],
  ['majoriti', 'majority majorities'],
]

export const DERIVED_FORMS = DERIVED.map(([from, to, words]) => ({ from, to, words: words.split(' ') }))
export const PROTECTED_WORDS = PROTECTED.map(([stem, words]) => ({ stem, words: words.split(' ') }))

const canonical = new Map(DERIVED.map(([from, to]) => [from, to]))
const protectedStems = new Map(PROTECTED.flatMap(([stem, words]) => words.split(' ').map(word => [word, stem])))

/** The stem a derived form shares with its family ("decis" -> "decid"); other stems are returned as they are. */
export const canonicalStem = (stem: string): string => canonical.get(stem) ?? stem

/** The stem of a word that Porter2 would merge with an unrelated word, if it is one of those. */
export const protectedStem = (word: string): string | undefined => protectedStems.get(word)

/**
 * The analysed key of a lower-case word: British spelling, then its protected stem or the given
 * stemmer's (Porter2), then the canonical stem of its family. The stemmer is passed in so this
 * file does not import analyzer.ts, which is where it is meant to be called from.
 */
export function analysedKey(word: string, stem: (word: string) => string): string {
  const british = britishSpelling(word)
  return canonicalStem(protectedStem(british) ?? stem(british))
}
