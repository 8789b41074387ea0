// A complete, valid answer for every task-list section, as a browser would post it.
export const VALID_SECTION_FIELDS: Record<string, Record<string, string | string[]>> = {
  'title-and-summary': {
    title: 'Community wealth building through local procurement',
    summary: 'We changed how we buy goods and services so that more of our spending stays with local businesses.',
    stage: 'live',
    'startDate-month': '4',
    'startDate-year': '2022',
    'endDate-month': '',
    'endDate-year': '',
  },
  'themes-and-tags': { themes: ['economy', 'finance-benefits'], tags: 'procurement, social value, local economy' },
  partners: { 'partners-0-name': 'Chamber of commerce' },
  'problem-and-approach': {
    problem:
      'Only a fifth of our third-party spend went to businesses in the area.\n\nSmall firms found our tenders hard to bid for.',
    whatTheyDid: 'We split large contracts into lots, simplified tender documents and ran meet-the-buyer events.',
  },
  'local-context': { context: 'A post-industrial town with many small firms and high unemployment in two wards.' },
  barriers: {
    'barriers-0-category': 'procurement',
    'barriers-0-description': 'Procurement rules seemed to favour large suppliers; we used lots and thresholds.',
  },
  enablers: {
    'enablers-0-category': 'political-support',
    'enablers-0-description': 'The leader made local spend a manifesto priority.',
  },
  resources: {
    'resources-budgetBand': '10k-50k',
    'resources-oneOffCost': '£20,000 for training',
    'resources-recurringCost': '',
    'resources-staffTime': 'One procurement officer',
    'resources-skills': 'Procurement, supplier engagement',
    'resources-technology': 'E-tendering portal',
    'resources-partners': 'Chamber of commerce',
    'resources-timeToFirstResults': '9 months',
  },
  'outcomes-and-evidence': {
    outcomes: 'Local spend rose from 21% to 34% of third-party spend in two years.',
    evidenceLevel: '2',
    evidenceReason: 'Before and after spend analysis; other factors may have contributed.',
    'evaluations-0-title': 'Spend analysis 2024',
    'evaluations-0-url': 'https://example.org/spend-analysis',
  },
  'costs-and-savings': { costsAndSavings: 'No extra cost beyond staff time.' },
  lessons: { lessons: 'Start with the categories where local suppliers already exist.' },
  documents: {
    'documents-0-title': 'Social value policy',
    'documents-0-url': 'https://example.org/social-value-policy',
    'documents-0-licence': 'OGL-3.0',
  },
  contacts: {
    'contacts-0-name': 'Alex Contact',
    'contacts-0-role': 'Head of procurement',
    'contacts-0-email': 'alex.contact@example.org',
    'contacts-0-phone': '01632 960123',
  },
  'adapted-from': {
    'adaptedFrom-caseStudyId': '',
    'adaptedFrom-externalName': 'Preston model',
    'adaptedFrom-externalUrl': 'https://example.org/preston-model',
    'adaptedFrom-whatChanged': 'We started with procurement only.',
  },
  licence: { licence: 'OGL-3.0' },
}
