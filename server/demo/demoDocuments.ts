import {
  type CaseStudyContent,
  BUDGET_BANDS,
  FIELD_LABELS,
  fieldLabel,
  LICENCES,
  STAGES,
  labelOf,
} from '../../models/vocabulary'
import { csvLine } from '../services/exchange/exchangeFormats'
import type { HostedDocument } from '../services/documents/hostedFiles'
import { minimalPdf, wrap, type PdfLine } from './minimalPdf'

// Real files for a demo case study, made from its content: a costs and outcomes monitoring
// template (CSV) an adopter can fill in, and a one-page summary (PDF). Pure: the same content
// makes the same bytes.

const QUARTERS = ['Quarter 1', 'Quarter 2', 'Quarter 3', 'Quarter 4']
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean)

function monitoringTemplate(content: CaseStudyContent): Buffer {
  const { resources } = content
  const rows = [
    ['Section', 'Measure', ...QUARTERS, 'Notes'],
    ['Costs', 'One-off costs (£)', '', '', '', '', resources.oneOffCost && `Planned: ${resources.oneOffCost}`],
    ['Costs', 'Recurring costs (£)', '', '', '', '', resources.recurringCost && `Planned: ${resources.recurringCost}`],
    [
      'Costs',
      'Staff time (full-time equivalent)',
      '',
      '',
      '',
      '',
      resources.staffTime && `Planned: ${resources.staffTime}`,
    ],
    ...sentences(content.outcomes)
      .slice(0, 4)
      .map((sentence, index) => [
        FIELD_LABELS.outcomes,
        `Outcome ${index + 1}`,
        '',
        '',
        '',
        '',
        `As reported: ${sentence}`,
      ]),
  ]
  // The byte order mark makes Excel read the file as UTF-8 (the £ signs); CRLF is RFC 4180's line end.
  return Buffer.from(`\ufeff${rows.map(row => csvLine(row.map(cell => cell ?? ''))).join('')}`, 'utf8')
}

function summaryPdf(content: CaseStudyContent, councilName: string): Buffer {
  const heading = (text: string): PdfLine => ({ text, size: 12, bold: true, gapBefore: 10 })
  const body = (text: string, size = 10): PdfLine[] => wrap(text, size).map(line => ({ text: line, size }))
  const facts = [
    [FIELD_LABELS.stage, labelOf(STAGES, content.stage)],
    [fieldLabel('resources.budgetBand'), labelOf(BUDGET_BANDS, content.resources.budgetBand)],
    [fieldLabel('resources.oneOffCost'), content.resources.oneOffCost],
    [fieldLabel('resources.recurringCost'), content.resources.recurringCost],
    [fieldLabel('resources.staffTime'), content.resources.staffTime],
    [fieldLabel('resources.timeToFirstResults'), content.resources.timeToFirstResults],
  ].filter(([, value]) => value)
  const lines: PdfLine[] = [
    ...wrap(content.title, 18, true).map(text => ({ text, size: 18, bold: true })),
    { text: councilName, size: 12 },
    heading(FIELD_LABELS.summary),
    ...body(content.summary),
    heading('At a glance'),
    ...facts.flatMap(([label, value]) => body(`${label}: ${value}`)),
    heading('What changed'),
    ...body(sentences(content.outcomes).slice(0, 4).join(' ')),
    heading('Advice for adopters'),
    ...body(sentences(content.lessons).slice(0, 3).join(' ')),
    { text: `Demo content from Practice Exchange. ${labelOf(LICENCES, content.licence)}.`, size: 8, gapBefore: 14 },
  ]
  return minimalPdf(`${content.title}: summary`, lines)
}

export function demoDocuments(content: CaseStudyContent, councilName: string): HostedDocument[] {
  return [
    {
      title: 'Costs and outcomes monitoring template',
      licence: content.licence,
      kind: 'csv',
      data: monitoringTemplate(content),
    },
    { title: 'One-page summary', licence: content.licence, kind: 'pdf', data: summaryPdf(content, councilName) },
  ]
}
