// What a barrier was and how it was handled, and what an enabler did, for each category. Same
// slots as sectionTemplates.ts.
import type { BarrierCategory, EnablerCategory } from '../../models/vocabulary'

export const BARRIER_TEMPLATES: Record<BarrierCategory, string[]> = {
  funding: [
    'Funding for {term} was agreed only a year at a time, which made it hard to plan. We used £{money} of one-off money to bridge the gap while we built the business case.',
    'The set-up costs fell on the council while most of the savings fell on {partner}. We agreed a shared savings arrangement after {k} months of negotiation.',
  ],
  capacity: [
    '{Team} were already stretched and could not take on {term} as well. We funded {k} fixed-term posts and moved {noun} to the new team.',
    'Recruitment was hard: we advertised {k} posts three times before filling them. We trained existing staff and offered a market supplement.',
  ],
  skills: [
    'Few staff had experience of {term} or {noun}. We bought in training from {partner2} and paired new staff with experienced colleagues.',
    'We lacked in-house skills in {noun}. A secondment from {partner2} filled the gap until our own staff were trained.',
  ],
  leadership: [
    'The work lost momentum when the sponsoring director left. The new cabinet member took it on and asked for monthly updates.',
    'Senior leaders were wary of {term} after an earlier project had failed. We started small and reported results to {team} every month.',
  ],
  culture: [
    'Some staff saw the change as a criticism of how they had always worked. Managers held open sessions and shared stories from {group}.',
    'Teams were used to passing cases on rather than owning them. We changed {noun} and made one officer responsible for each case.',
  ],
  partnership: [
    '{Partner} had different priorities and its own pressures on {term}. A joint board with a shared action plan kept both sides committed.',
    'Each partner used its own {noun}, so it took time to agree a common approach. We wrote a short protocol that everyone signed.',
  ],
  'data-sharing': [
    'Sharing information about {group} with {partner} needed a data protection impact assessment and a data sharing agreement. We started with the partners who were keenest and used their results to bring others in.',
    'Our data on {term} was held in {k} separate systems with no common identifier. We matched records using the UPRN and date of birth before going live.',
  ],
  technology: [
    'The {adj} case management system could not record {term}. We used a shared spreadsheet for the pilot and specified the changes for the supplier.',
    'Staff had to enter the same details in {k} systems. An integration built with the supplier removed most of the double keying.',
  ],
  procurement: [
    'Our existing contract for {term} did not allow the change, and retendering would have taken a year. We used a contract variation and a short pilot instead.',
    'Finding a provider for {term} through the framework took longer than planned. Early market engagement with {k} suppliers helped us write a better specification.',
  ],
  'legal-regulatory': [
    'We needed legal advice on whether {term} fell within our statutory duties. Legal services confirmed the approach and helped us update our policy.',
    'Regulations on {term} changed midway through the project. We paused for {k} weeks to update our guidance and forms.',
  ],
  'resident-engagement': [
    '{Group} were sceptical at first, because earlier promises about {term} had not been kept. We worked through {partner2} and trusted community groups to reach them.',
    'Take-up was low in the first {k} months. Door knocking and a simpler letter doubled it.',
  ],
  'measuring-impact': [
    'It was hard to show that changes in {reduced} were down to the programme. We set up a comparison with similar areas not yet covered.',
    'We had no reliable baseline for {term}. We spent the first {k} weeks collecting one by hand.',
  ],
}

export const ENABLER_TEMPLATES: Record<EnablerCategory, string[]> = {
  'senior-sponsorship': [
    'A director sponsored the work and unblocked decisions about {noun} quickly.',
    "The chief executive's backing meant {team} made time for the project.",
  ],
  'political-support': [
    'The cabinet member championed the programme and kept it on the agenda at scrutiny.',
    'Cross-party support meant the funding survived two budget rounds.',
  ],
  'dedicated-funding': [
    'A grant of £{money} from {fund} paid for the set-up and the first year of running costs.',
    'Invest-to-save funding gave us {k} years to prove the savings.',
  ],
  'dedicated-team': [
    'A small dedicated team, free of other duties, drove the work day to day.',
    'A named lead officer in {team} coordinated partners and kept the action plan moving.',
  ],
  partnership: [
    'Joint ownership with {partner} meant savings in {term} counted towards the business case.',
    'Regular meetings with {partner} built the trust needed to share {noun}.',
  ],
  'co-design': [
    '{Group} helped design {noun} and tested every letter and form.',
    'Frontline staff designed the new process, so they believed in it.',
  ],
  'data-insight': [
    'A shared list of {group}, refreshed monthly, meant everyone worked from the same names.',
    'Good data on {reduced} let us target the areas with the most need.',
  ],
  technology: [
    'A low-cost {adj} tool let staff record {term} on their phones.',
    'Our existing case management system could be configured quickly, without new spending.',
  ],
  training: [
    'Every member of staff had a day of training on {term} and {noun}.',
    'Practice workshops gave staff the confidence to use the new approach.',
  ],
  'test-and-learn': [
    'Starting with a small pilot let us fix problems with {noun} before rolling out.',
    'Fortnightly reviews of what was working let us change course quickly.',
  ],
  'peer-learning': [
    'We learned a lot from visiting another council that had already introduced {approach}.',
    'Regional peer networks shared templates for {noun} and saved us months.',
  ],
  governance: [
    'A clear governance structure, with one board and one action plan, kept partners aligned.',
    'Decisions about {term} were delegated to the project board, which met fortnightly.',
  ],
}
