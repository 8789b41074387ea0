// Theme vocabularies for the council as a whole: communities, digital, money, staff and customers.
import type { Theme } from '../../models/vocabulary'
import { themeVocabulary, type ThemeVocabulary } from './themeVocabulary'

export const COUNCIL_THEMES: Partial<Record<Theme, ThemeVocabulary>> = {
  communities: themeVocabulary({
    tier: 'any',
    related: ['public-health', 'community-safety', 'culture-leisure'],
    aims: `involving residents in decisions about their neighbourhood, supporting the voluntary sector,
      helping refugees settle, building community cohesion, reaching communities that seldom engage with the
      council, making grants to community groups simpler, growing volunteering, supporting people through the
      cost of living crisis`,
    approaches: `a citizens assembly, participatory budgeting, a community grants portal, neighbourhood
      networks, a cost of living hub, a refugee resettlement partnership, community champions, a volunteering
      passport, a community covenant with the voluntary sector`,
    groups: `residents, community groups, refugees and asylum seekers, volunteers, faith communities, young
      people, people on low incomes, Gypsy Roma and Traveller communities`,
    terms: `community engagement, VCSE, the voluntary sector, community cohesion, participatory budgeting,
      citizens assemblies, community grants, volunteering, the Household Support Fund, cost of living, warm
      spaces, food banks, refugee resettlement, the Homes for Ukraine scheme, asylum dispersal, equalities,
      the public sector equality duty, community champions, ward forums, neighbourhood networks, community
      anchors, social action`,
    reduced: `time to pay a community grant, complaints about consultation`,
    increased: `residents taking part in decisions, community grants awarded, volunteers recruited, households
      helped through the Household Support Fund, refugees in work or training`,
    tags: `community engagement, VCSE, volunteering, participatory budgeting, cost of living, refugees,
      community cohesion, equalities, community grants, warm spaces`,
    partners: `Council for voluntary service, Faith groups, Community foundation, Refugee charity, Residents
      associations`,
    skills: `Community development, facilitation, grant administration, equality analysis`,
    technology: `Online engagement platform, community grants portal, volunteer matching platform`,
  }),
  digital: themeVocabulary({
    tier: 'any',
    related: ['customer-services', 'workforce', 'finance-benefits'],
    aims: `replacing paper forms with online services, getting more residents online, moving off legacy
      systems, using data to target support, automating routine back-office work, making the council website
      easier to use, improving cyber security, joining up data across services`,
    approaches: `online services built around users, a digital inclusion network, a data warehouse shared
      across services, robotic process automation, a single view of the resident, a website rebuilt with user
      research, a cyber security improvement plan, a low-code platform, an open data portal`,
    groups: `residents who are not online, service teams, digital champions, developers, data analysts,
      frontline staff, older residents`,
    terms: `digital services, user research, channel shift, online forms, digital inclusion, the Local Digital
      Declaration, legacy systems, cloud migration, data warehouses, APIs, open data, RPA, automation, low-code,
      AI, chatbots, the GOV.UK Design System, accessibility regulations, WCAG, cyber security, the PSN,
      Microsoft 365, data protection, the UPRN, master data management, single view of the resident,
      predictive analytics, the Service Standard`,
    reduced: `paper forms, phone calls about form progress, manual data entry, hosting costs, time to process
      a request`,
    increased: `transactions completed online, residents helped to get online, services using shared data,
      processes automated, website satisfaction`,
    tags: `digital, user research, channel shift, data, automation, digital inclusion, cloud, open data, cyber
      security, accessibility, AI, RPA`,
    partners: `Local Digital community, Digital inclusion charity, Technology supplier, Neighbouring councils,
      Libraries service`,
    skills: `User research, service design, data engineering, software development, cyber security`,
    technology: `Low-code platform, cloud data warehouse, robotic process automation tool, content management
      system`,
  }),
  'finance-benefits': themeVocabulary({
    tier: 'any',
    related: ['communities', 'digital', 'customer-services'],
    aims: `making council tax support simpler to claim, increasing benefit take-up, collecting more council tax,
      supporting residents in debt, processing housing benefit claims faster, reducing fraud and error, setting
      a balanced budget, helping households through the cost of living crisis`,
    approaches: `a banded council tax support scheme, a benefits take-up campaign using our own data, an
      ethical debt collection policy, a financial inclusion partnership, automated processing of universal
      credit data, a single debt team, a priority-based budgeting review`,
    groups: `residents in arrears, low-income households, pensioners, people on universal credit, landlords,
      business ratepayers`,
    terms: `council tax, council tax support, CTR, council tax reduction, housing benefit, UC, universal
      credit, the Household Support Fund, discretionary housing payments, benefit take-up, pension credit,
      financial inclusion, debt advice, enforcement agents, liability orders, business rates, the collection
      fund, fraud and error, the medium-term financial strategy, the budget gap, reserves, section 114
      notices, the Local Government Finance Settlement, welfare assistance`,
    reduced: `council tax arrears, cases referred to enforcement agents, processing times for new claims, the
      budget gap`,
    increased: `the council tax collection rate, pension credit claims, benefit take-up, households helped with
      debt advice, claims processed automatically`,
    tags: `council tax support, UC, universal credit, financial inclusion, benefit take-up, debt, council tax,
      housing benefit, pension credit, cost of living`,
    partners: `Citizens Advice, Department for Work and Pensions, Benefits software supplier, Credit union,
      Money Advice Trust`,
    skills: `Benefits administration, data matching, financial modelling, debt advice`,
    technology: `Revenues and benefits system, data matching tool, online claim form, low-income family tracker`,
  }),
  workforce: themeVocabulary({
    tier: 'any',
    related: ['economy', 'digital', 'customer-services'],
    aims: `growing our own staff through apprenticeships, filling hard-to-recruit posts, reducing sickness
      absence, keeping experienced staff, reducing agency spend, developing future leaders, making the council
      a more inclusive employer, supporting staff wellbeing`,
    approaches: `a grow-our-own apprenticeship programme, a recruitment and retention package, a wellbeing
      offer for staff, a leadership development programme, a flexible working policy, reverse mentoring,
      a workforce planning toolkit, an inclusive recruitment review`,
    groups: `apprentices, managers, frontline staff, new starters, disabled staff, graduates, care leavers
      seeking work`,
    terms: `recruitment, retention, apprenticeships, the apprenticeship levy, agency spend, sickness absence,
      wellbeing, workforce planning, the pay and reward strategy, flexible working, hybrid working, leadership
      development, the National Graduate Development Programme, equality diversity and inclusion, the gender
      pay gap, staff surveys, exit interviews, trade unions, job evaluation, market supplements`,
    reduced: `agency spend, sickness absence days per employee, vacancy rates, staff turnover, time to hire`,
    increased: `apprentices in post, staff engagement scores, internal promotions, applications per vacancy`,
    tags: `workforce, apprenticeships, recruitment, retention, wellbeing, leadership, agency spend, workforce
      planning, EDI, flexible working`,
    partners: `Further education college, University, Trade unions, Local schools, LGA`,
    skills: `Workforce planning, HR analytics, learning and development, coaching`,
    technology: `HR and payroll system, applicant tracking system, learning management system`,
  }),
  'customer-services': themeVocabulary({
    tier: 'any',
    related: ['digital', 'finance-benefits', 'communities'],
    aims: `answering calls faster, resolving enquiries at the first contact, reducing complaints, cutting
      avoidable contact, making the council easier to contact, handling complaints better, helping residents
      who need extra support to contact us`,
    approaches: `a single customer contact centre, a complaints learning panel, a failure demand review,
      customer service standards, a tell us once approach, webchat with live advisers, a customer account for
      residents`,
    groups: `callers, residents who need extra support, customer service advisers, complainants, people with
      hearing loss, people who do not speak English`,
    terms: `the contact centre, call waiting times, first contact resolution, failure demand, avoidable
      contact, complaints, the Local Government and Social Care Ombudsman, webchat, the customer account,
      self-service, telephony, the IVR, customer satisfaction, reasonable adjustments, interpreting, face to face
      services, the customer service centre, tell us once`,
    reduced: `call waiting times, abandoned calls, repeat contacts, complaints escalated to the ombudsman,
      avoidable contact`,
    increased: `enquiries resolved at first contact, customer satisfaction, webchat use, complaints answered
      on time`,
    tags: `customer services, contact centre, complaints, failure demand, channel shift, self-service, webchat,
      customer experience`,
    partners: `Telephony supplier, Service teams, Citizens Advice, Local Government and Social Care Ombudsman`,
    skills: `Customer service, complaint handling, service design, telephony`,
    technology: `Cloud telephony, CRM system, webchat, customer account`,
  }),
}
