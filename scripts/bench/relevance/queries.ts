// The relevance benchmark's judged queries: 79 searches as council officers type them, in eight
// kinds. Each was judged by reading the whole corpus (corpus.ts) for its topic, never by looking at
// what an engine returned: 3 = exactly what the officer wants, 2 = clearly relevant, 1 = partly or
// marginally relevant (the same practice in another setting, or the topic only in a barrier or an
// outcome); every case study not listed is 0. A document that merely contains a query word (a theme
// label, a barrier category's label, "falls" in "fly-tipping falls") is not relevant for that.
// Keep judgments independent of any engine: when a new engine ranks a document high that is not
// listed, read it; change a grade only if the document deserves it, whichever engine is measured.
import type { JudgedQuery } from './relevanceTypes'

export const RELEVANCE_QUERIES: JudgedQuery[] = [
  // Plain keywords, in the words the case studies use.
  { id: 'k01', kind: 'keyword', text: 'fly-tipping enforcement', judgments: { r062: 3, r063: 3, r064: 1, r070: 1 } },
  { id: 'k02', kind: 'keyword', text: 'foster carer recruitment', judgments: { r016: 3, r012: 1 } },
  { id: 'k03', kind: 'keyword', text: 'food waste collection', judgments: { r068: 3, r069: 1 } },
  { id: 'k04', kind: 'keyword', text: 'empty homes', judgments: { r044: 3, r043: 1 } },
  { id: 'k05', kind: 'keyword', text: 'participatory budgeting', judgments: { r091: 3, r049: 2 } },
  { id: 'k06', kind: 'keyword', text: 'heat pumps', judgments: { r072: 3, r045: 2 } },
  { id: 'k07', kind: 'keyword', text: 'hospital discharge', judgments: { r011: 3, r004: 1 } },
  { id: 'k08', kind: 'keyword', text: 'school attendance', judgments: { r023: 3, r019: 1, r022: 1 } },
  { id: 'k09', kind: 'keyword', text: 'falls prevention', judgments: { r003: 3, r004: 2 } },

  // Abbreviations where the case study spells the words out, and the words where it abbreviates.
  { id: 'a01', kind: 'abbreviation', text: 'DFG', judgments: { r001: 3, r002: 2 } },
  { id: 'a02', kind: 'abbreviation', text: 'EHCP', judgments: { r024: 3, r026: 1, r028: 1 } },
  { id: 'a03', kind: 'abbreviation', text: 'MASH', judgments: { r014: 3 } },
  { id: 'a04', kind: 'abbreviation', text: 'DoLS backlog', judgments: { r007: 3, r008: 1 } },
  { id: 'a05', kind: 'abbreviation', text: 'S106 monitoring', judgments: { r048: 3, r049: 1 } },
  { id: 'a06', kind: 'abbreviation', text: 'LTN', judgments: { r057: 3, r036: 1, r056: 1 } },
  { id: 'a07', kind: 'abbreviation', text: 'NEET young people', judgments: { r076: 3, r077: 2, r028: 1 } },
  {
    id: 'a08',
    kind: 'abbreviation',
    text: 'public spaces protection order',
    judgments: { r065: 3, r086: 3 },
  },
  {
    id: 'a09',
    kind: 'abbreviation',
    text: 'child and adolescent mental health services',
    judgments: { r032: 3, r033: 3 },
  },
  { id: 'a10', kind: 'abbreviation', text: 'houses in multiple occupation', judgments: { r041: 3, r043: 2 } },
  { id: 'a11', kind: 'abbreviation', text: 'VCSE funding', judgments: { r090: 3 } },
  { id: 'a12', kind: 'abbreviation', text: 'CTR', judgments: { r099: 3, r104: 3 } },
  { id: 'a13', kind: 'abbreviation', text: 'UC claimants', judgments: { r080: 3, r104: 3, r077: 2, r103: 1 } },

  // Everyday words for what case studies name in sector wording.
  { id: 's01', kind: 'synonym', text: 'dog poo', judgments: { r065: 3 } },
  { id: 's02', kind: 'synonym', text: 'speed bumps', judgments: { r056: 3, r036: 1, r057: 1 } },
  { id: 's03', kind: 'synonym', text: 'booking a slot at the tip', judgments: { r066: 3, r067: 1 } },
  { id: 's04', kind: 'synonym', text: 'potholes', judgments: { r054: 3, r055: 2 } },
  { id: 's05', kind: 'synonym', text: 'rubbish dumping', judgments: { r062: 3, r063: 3, r064: 2, r070: 1 } },
  { id: 's06', kind: 'synonym', text: 'lonely older people', judgments: { r009: 3, r010: 2, r094: 1 } },
  { id: 's07', kind: 'synonym', text: 'bin lorries going electric', judgments: { r075: 3 } },
  { id: 's08', kind: 'synonym', text: 'kids leaving care', judgments: { r017: 3 } },
  { id: 's09', kind: 'synonym', text: 'jobless young people', judgments: { r077: 3, r076: 3, r028: 1 } },
  { id: 's10', kind: 'synonym', text: 'help claiming benefits', judgments: { r105: 3, r100: 2, r099: 2, r080: 1 } },

  // Typing mistakes: swapped, missing, doubled and wrong letters.
  {
    id: 'm01',
    kind: 'misspelling',
    text: 'procuremnet',
    judgments: { r114: 3, r115: 3, r081: 3, r040: 2, r001: 1, r054: 1, r059: 1, r067: 1 },
  },
  {
    id: 'm02',
    kind: 'misspelling',
    text: 'homelesness prevention',
    judgments: { r037: 3, r107: 2, r017: 1, r038: 1, r039: 1, r047: 1 },
  },
  { id: 'm03', kind: 'misspelling', text: 'lonelyness', judgments: { r009: 3, r010: 2, r094: 1 } },
  { id: 'm04', kind: 'misspelling', text: 'safegaurding hub', judgments: { r014: 3, r015: 1 } },
  { id: 'm05', kind: 'misspelling', text: 'apprentiships', judgments: { r078: 3, r110: 3, r076: 1, r108: 1 } },
  { id: 'm06', kind: 'misspelling', text: 'insualtion', judgments: { r045: 3, r072: 2 } },
  {
    id: 'm07',
    kind: 'misspelling',
    text: 'antisocial behavour',
    judgments: { r083: 3, r084: 3, r086: 2, r085: 1, r088: 1 },
  },
  { id: 'm08', kind: 'misspelling', text: 'recyling contamination', judgments: { r069: 3, r068: 1 } },
  { id: 'm09', kind: 'misspelling', text: 'foster carer recruitmnet', judgments: { r016: 3, r012: 1 } },

  // Another form of the word the case study uses: derived forms, compounds and hyphens, US spelling.
  { id: 'w01', kind: 'word-form', text: 'deciding planning applications faster', judgments: { r050: 3 } },
  { id: 'w02', kind: 'word-form', text: 'maintaining roads', judgments: { r055: 3, r054: 2, r061: 1 } },
  {
    id: 'w03',
    kind: 'word-form',
    text: 'intervening early with families',
    judgments: { r015: 3, r018: 2, r023: 1, r037: 1, r100: 1 },
  },
  { id: 'w04', kind: 'word-form', text: 'excluded pupils', judgments: { r022: 3, r027: 2 } },
  { id: 'w05', kind: 'word-form', text: 'staff well-being', judgments: { r111: 3, r006: 3 } },
  { id: 'w06', kind: 'word-form', text: 'health care for rough sleepers', judgments: { r034: 3, r038: 1 } },
  { id: 'w07', kind: 'word-form', text: 'child-minders', judgments: { r020: 3 } },
  { id: 'w08', kind: 'word-form', text: 'organization culture change', judgments: { r109: 3 } },
  { id: 'w09', kind: 'word-form', text: 'behavior support', judgments: { r022: 3, r027: 2 } },
  { id: 'w10', kind: 'word-form', text: 'mold in council housing', judgments: { r042: 3, r043: 1 } },

  // Quoted phrases: the words together, in order.
  { id: 'p01', kind: 'phrase', text: '"damp and mould"', judgments: { r042: 3, r043: 2 } },
  { id: 'p02', kind: 'phrase', text: '"social prescribing"', judgments: { r010: 3, r009: 1, r096: 1 } },
  { id: 'p03', kind: 'phrase', text: '"housing first"', judgments: { r038: 3 } },
  { id: 'p04', kind: 'phrase', text: '"family hubs"', judgments: { r015: 3, r020: 1 } },
  { id: 'p05', kind: 'phrase', text: '"community infrastructure levy"', judgments: { r049: 3, r048: 1 } },
  { id: 'p06', kind: 'phrase', text: '"school streets"', judgments: { r036: 3 } },
  { id: 'p07', kind: 'phrase', text: '"council tax" arrears', judgments: { r106: 3, r100: 1, r104: 1 } },
  { id: 'p08', kind: 'phrase', text: '"supported internships"', judgments: { r028: 3 } },
  { id: 'p09', kind: 'phrase', text: '"low traffic neighbourhood"', judgments: { r057: 3, r036: 1 } },
  { id: 'p10', kind: 'phrase', text: '"mental health" schools', judgments: { r032: 3, r033: 1 } },

  // A barrier or problem described in the officer's words rather than a programme's name.
  {
    id: 'pr01',
    kind: 'problem',
    text: "residents don't trust the council with their data",
    judgments: { r092: 3, r100: 2 },
  },
  { id: 'pr02', kind: 'problem', text: 'staff turnover in care homes', judgments: { r005: 3, r006: 3, r108: 1 } },
  {
    id: 'pr03',
    kind: 'problem',
    text: 'no budget for a pilot',
    judgments: { r101: 3, r113: 3, r060: 2, r069: 2, r096: 1 },
  },
  {
    id: 'pr04',
    kind: 'problem',
    text: "landlords won't let to tenants on benefits",
    judgments: { r040: 3, r037: 2, r107: 2 },
  },
  { id: 'pr05', kind: 'problem', text: 'families stuck in bed and breakfast', judgments: { r039: 3, r040: 1 } },
  { id: 'pr06', kind: 'problem', text: 'long waits for home adaptations', judgments: { r001: 3, r002: 3 } },
  { id: 'pr07', kind: 'problem', text: "can't recruit social workers", judgments: { r108: 3, r005: 1 } },
  {
    id: 'pr08',
    kind: 'problem',
    text: "old IT systems that don't talk to each other",
    judgments: { r103: 3, r112: 2, r035: 1 },
  },
  {
    id: 'pr09',
    kind: 'problem',
    text: 'young people causing trouble in the town centre',
    judgments: { r083: 3, r085: 1, r086: 1 },
  },

  // Whole questions, 6 to 14 words, as officers ask them.
  {
    id: 'q01',
    kind: 'question',
    text: 'how did councils make council tax support easier to claim',
    judgments: { r099: 3, r104: 3, r105: 1 },
  },
  {
    id: 'q02',
    kind: 'question',
    text: 'what works for getting young people into jobs',
    judgments: { r077: 3, r076: 3, r028: 2, r078: 1, r080: 1, r110: 1 },
  },
  {
    id: 'q03',
    kind: 'question',
    text: 'can we speed up adaptations for disabled residents',
    judgments: { r001: 3, r002: 3 },
  },
  {
    id: 'q04',
    kind: 'question',
    text: 'ways to stop people dumping rubbish in back lanes',
    judgments: { r062: 3, r063: 2, r064: 2, r070: 1 },
  },
  {
    id: 'q05',
    kind: 'question',
    text: 'how can we reduce the number of children going into care',
    judgments: { r018: 3, r015: 2, r014: 1 },
  },
  {
    id: 'q06',
    kind: 'question',
    text: 'what have councils done about damp and mould in council homes',
    judgments: { r042: 3, r043: 1 },
  },
  {
    id: 'q07',
    kind: 'question',
    text: 'how are other councils getting more people to use electric cars',
    judgments: { r059: 3 },
  },
  {
    id: 'q08',
    kind: 'question',
    text: 'how do we get residents involved in deciding local spending',
    judgments: { r091: 3, r049: 2, r073: 1 },
  },
  {
    id: 'q09',
    kind: 'question',
    text: 'what helps older people who feel lonely and isolated at home',
    judgments: { r009: 3, r010: 2, r094: 1 },
  },
]
