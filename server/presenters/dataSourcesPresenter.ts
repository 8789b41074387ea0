// The "about the data" page's table: each source we copy from, with its licence. Mirrors
// models/reference-data/README.md, which is the record of where each file came from.
const CC_BY_4 = { licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' }
const OGL_3 = {
  licence: 'Open Government Licence v3.0',
  licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
}

export const DATA_SOURCES = [
  {
    data: 'Council names, codes, types, nations, regions and populations',
    source: 'mySociety, UK local authority names and codes (from ONS and other registers)',
    ...CC_BY_4,
  },
  {
    data: 'Deprivation rank',
    source: 'Ministry of Housing, Communities and Local Government, English Indices of Deprivation 2025',
    ...OGL_3,
  },
  { data: 'Rural and urban class', source: 'mySociety, UK composite rural-urban classification', ...CC_BY_4 },
  { data: 'Website domains', source: 'Government Digital Service, GOV.UK Local Links Manager', ...OGL_3 },
  {
    data: 'Similar councils (global, economic and demographic neighbours)',
    source: 'Office for National Statistics, Explore Local Statistics similar areas',
    ...OGL_3,
  },
] as const
