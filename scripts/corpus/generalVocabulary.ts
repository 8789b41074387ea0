// Words any council case study uses, whatever its theme. Each list is in rough order of how often
// such writing uses them, because the corpus draws from it by rank (Zipf): the first few words
// turn up in most case studies and the last few in a handful, as in real text.
import { wordList } from './wordList'

/** Plural or uncountable nouns: "we reviewed {noun}", "{noun} and {noun}". */
export const NOUNS = wordList(`
  services, residents, staff, data, families, partners, referrals, costs, budgets, teams, processes, outcomes,
  systems, records, cases, assessments, visits, plans, contracts, waiting lists, complaints, demand, capacity,
  funding, resources, decisions, priorities, performance, feedback, caseloads, support, training, guidance,
  procedures, policies, risks, needs, service users, councillors, managers, providers, suppliers, volunteers,
  communities, neighbourhoods, households, buildings, premises, roads, schools, libraries, homes, properties,
  savings, income, grants, fees, charges, invoices, payments, arrears, debts, reserves, forecasts, estimates,
  targets, milestones, deadlines, timescales, backlogs, delays, errors, duplicates, gaps, overlaps, handoffs,
  workloads, rotas, shifts, vacancies, agency staff, sickness absence, turnover, morale, skills, qualifications,
  conversations, meetings, workshops, interviews, surveys, focus groups, case reviews, audits, inspections,
  reports, dashboards, spreadsheets, case notes, forms, letters, emails, phone calls, appointments, bookings,
  applications, requests, enquiries, queries, claims, appeals, reviews, reassessments, follow-ups, checks,
  eligibility criteria, thresholds, pathways, referral routes, triage, screening, prioritisation, allocation,
  commissioning, procurement, tenders, frameworks, specifications, service levels, key performance indicators,
  benchmarks, baselines, comparisons, trends, patterns, hotspots, maps, postcodes, wards, localities, estates,
  town centres, villages, market towns, high streets, parks, open spaces, car parks, depots, offices, hubs,
  venues, community centres, churches, mosques, sports clubs, pharmacies, GP surgeries, hospitals, care homes,
  hostels, shelters, flats, bungalows, tenancies, leases, licences, permits, notices, warnings, fines,
  penalties, prosecutions, injunctions, orders, conditions, agreements, protocols, memoranda, charters,
  strategies, business cases, options appraisals, evaluations, logic models, theories of change, pilots,
  trials, prototypes, iterations, sprints, roadmaps, governance, oversight, assurance, scrutiny, accountability,
  leadership, sponsorship, ownership, buy-in, trust, relationships, culture, behaviours, attitudes, values,
  expectations, aspirations, confidence, resilience, independence, wellbeing, dignity, choice, control,
  inclusion, equality, diversity, accessibility, affordability, sustainability, efficiency, productivity,
  quality, consistency, timeliness, accuracy, transparency, fairness, value for money, return on investment,
  cashable savings, avoided costs, unit costs, overheads, running costs, set-up costs, capital spending,
  revenue budgets, one-off funding, base budget, contingency, inflation, pressures, overspends, underspends,
  risk registers, issue logs, action plans, delivery plans, project plans, work programmes, project boards,
  steering groups, working groups, task and finish groups, partnership boards, cabinet reports, committee
  papers, member briefings, press releases, newsletters, leaflets, posters, social media, websites, webpages,
  online forms, chatbots, portals, apps, text messages, automated reminders, letters home, door knocking,
  drop-in sessions, roadshows, pop-up events, consultations, engagement events, citizens panels, residents
  associations, tenants groups, forums, networks, champions, ambassadors, peer mentors, buddies, coaches,
  navigators, link workers, key workers, lead professionals, caseworkers, officers, advisers, practitioners,
  specialists, analysts, developers, designers, researchers, project managers, team leaders, directors,
  chief executives, portfolio holders, ward members, MPs, ombudsman cases, legal challenges, judicial reviews,
  statutory duties, regulations, legislation, case law, government guidance, national standards, codes of
  practice, minimum standards, best practice, lessons learned, evidence, insight, intelligence, analysis,
  modelling, forecasting, segmentation, profiling, risk scores, predictive models, matching rules, data
  quality, data protection, privacy notices, consent, information sharing, impact assessments, equality impact
  assessments, data protection impact assessments, retention schedules, archives, legacy systems, integrations,
  interfaces, APIs, cloud hosting, licences and subscriptions, hardware, laptops, tablets, mobile devices,
  scanners, sensors, cameras, telematics, GPS trackers, smart meters, kiosks, self-service terminals,
  contact centres, switchboards, reception desks, front doors, single points of contact, triage desks, duty
  rotas, out-of-hours cover, emergency responses, escalations, safeguarding concerns, incidents, near misses,
  accidents, injuries, hospital stays, readmissions, repeat contacts, failure demand, avoidable contact,
  channel shift, digital take-up, self-service, automation, workflow, case management, scheduling, routing,
  mapping, geocoding, address matching, gazetteers, street works, utilities, drainage, flooding, potholes,
  street lighting, signage, bus stops, cycle lanes, footpaths, crossings, junctions, speed limits, traffic
  volumes, journey times, footfall, vacancy rates, rents, house prices, land values, planning applications,
  building regulations, land charges, searches, valuations, disposals, acquisitions, asset transfers, leases
  and licences, maintenance, repairs, void periods, damp and mould, energy bills, fuel costs, carbon
  emissions, air quality, noise, litter, graffiti, dog fouling, abandoned vehicles, nuisance, disputes,
  mediation, restorative practice, reparation, rehabilitation, recovery, reablement, prevention, early
  intervention, crisis support, aftercare, transitions, handovers, discharge, admissions, exclusions,
  attendance, attainment, progression, destinations, employment, volunteering, apprenticeships, work
  placements, internships, mentoring, coaching, supervision, reflective practice, appraisals, induction,
  e-learning, shadowing, secondments, job descriptions, pay grades, market supplements, career pathways,
  succession plans, flexible working, hybrid working, wellbeing support, occupational health, trade unions,
  staff surveys, exit interviews, job adverts, recruitment campaigns, shortlisting, selection panels,
  references, vetting, DBS checks, right to work checks, onboarding, probation, performance management,
  capability processes, grievances, disciplinaries, tribunals, settlements, insurance claims, liability,
  compliance, enforcement, sanctions, incentives, discounts, vouchers, loans, bursaries, hardship funds,
  discretionary payments, welfare rights, benefit take-up, income maximisation, budgeting advice, debt
  advice, food banks, warm spaces, community pantries, school uniforms, free school meals, holiday
  activities, childcare places, nursery places, youth clubs, play areas, allotments, community gardens,
  tree planting, wildflower verges, biodiversity, habitats, rewilding, green roofs, solar panels, heat pumps,
  insulation, charging points, car clubs, e-bikes, cargo bikes, scooters, minibuses, taxis, private hire,
  school transport, community transport, demand-responsive transport, bus routes, timetables, fares,
  concessionary passes, blue badges, parking permits, penalty charge notices, clamping, towing, CCTV,
  body-worn cameras, radios, lone working devices, panic alarms, key safes, pendant alarms, telecare,
  telehealth, remote monitoring, falls detectors, medication dispensers, grab rails, stairlifts, ramps,
  wet rooms, hoists, beds, mattresses, wheelchairs, walking aids, hearing loops, interpreters, translations,
  easy read versions, large print, British Sign Language, accessible formats, plain English, jargon,
  acronyms, glossaries, FAQs, scripts, templates, checklists, toolkits, playbooks, manuals, handbooks,
  e-learning modules, videos, podcasts, webinars, case studies, blog posts, show and tells, retrospectives,
  user stories, personas, journey maps, service blueprints, wireframes, prototypes and mock-ups, usability
  tests, accessibility audits, penetration tests, service assessments, go-live dates, cut-over plans,
  parallel running, decommissioning, exit plans, contingency plans, business continuity, disaster recovery,
  cyber attacks, phishing, ransomware, outages, downtime, backups, patches, upgrades, migrations
`)

/** Adjectives that read naturally before one of the nouns above. */
export const ADJECTIVES = wordList(`
  new, local, better, clearer, simpler, faster, earlier, joined-up, shared, single, dedicated, existing,
  statutory, digital, online, specialist, targeted, preventative, integrated, consistent, flexible, accurate,
  reliable, regular, weekly, monthly, quarterly, annual, multi-agency, cross-council, neighbourhood-based,
  community-led, person-centred, strengths-based, trauma-informed, evidence-based, data-led, outcome-focused,
  proactive, reactive, informal, formal, structured, standard, bespoke, tailored, light-touch, intensive,
  short-term, long-term, time-limited, ongoing, temporary, permanent, interim, pilot, trial, small-scale,
  large-scale, council-wide, borough-wide, county-wide, district-wide, regional, national, rural, urban,
  coastal, deprived, affluent, isolated, vulnerable, complex, high-risk, low-risk, medium-term, rising,
  falling, growing, ageing, younger, older, frontline, back-office, senior, junior, experienced, newly
  qualified, skilled, unskilled, trained, untrained, paid, unpaid, voluntary, independent, external, internal,
  in-house, outsourced, commissioned, contracted, pooled, ring-fenced, discretionary, mandatory, optional,
  universal, selective, free, low-cost, affordable, expensive, costly, cheap, efficient, wasteful, duplicated,
  fragmented, siloed, disjointed, slow, manual, paper-based, outdated, legacy, modern, cloud-based, open,
  closed, transparent, opaque, accessible, inaccessible, inclusive, welcoming, friendly, trusted, respected,
  visible, hidden, unmet, emerging, persistent, recurring, seasonal, unexpected, sudden, gradual, measurable,
  tangible, modest, significant, substantial, sustained, lasting, early, realistic,
  ambitious, achievable, proportionate, pragmatic, iterative, agile, collaborative, co-produced, co-designed,
  resident-led, user-centred, place-based, asset-based, whole-system, whole-family, whole-household,
  whole-school, trauma-aware, culturally sensitive, bilingual, Welsh-language, multilingual, plain-English,
  easy-read, low-carbon, zero-emission, energy-efficient, climate-resilient, nature-based, circular, green,
  healthy, active, safe, secure, stable, decent, overcrowded, empty, derelict, vacant, under-used, over-stretched,
  under-resourced, well-resourced, hard-to-reach, seldom-heard, underserved, marginalised, disadvantaged
`)

/** Past-tense verbs that take one of the nouns above as object: "we {verb} {noun}". */
export const VERBS = wordList(`
  reviewed, changed, introduced, simplified, improved, mapped, redesigned, tested, replaced, extended,
  shared, agreed, funded, recruited, trained, brought together, set up, piloted, expanded, streamlined,
  automated, digitised, published, measured, monitored, tracked, analysed, compared, prioritised, targeted,
  reorganised, restructured, recommissioned, retendered, renegotiated, consolidated, merged, centralised,
  devolved, delegated, co-located, aligned, standardised, documented, audited, evaluated, benchmarked,
  challenged, questioned, scrapped, stopped, paused, reduced, increased, doubled, halved, cut, capped, relaxed,
  tightened, clarified, explained, promoted, advertised, launched, rolled out, scaled up, embedded, sustained,
  protected, safeguarded, secured, won, bid for, pooled, matched, linked, joined up, connected, integrated,
  migrated, upgraded, retired, decommissioned, archived, cleansed, validated, verified, checked, sampled,
  surveyed, interviewed, observed, shadowed, visited, called, wrote to, contacted, engaged, consulted,
  involved, listened to, co-designed, co-produced, prototyped, iterated, refined, adapted, adjusted, tailored,
  personalised, localised, phased, scheduled, rescheduled, reallocated, redeployed, upskilled, coached,
  mentored, supervised, supported, enabled, empowered, encouraged, incentivised, rewarded, recognised,
  celebrated, showcased, presented, reported, escalated, resolved, closed, reopened, triaged, screened,
  assessed, reassessed, approved, declined, appealed, enforced, inspected, licensed, registered, certified,
  accredited, insured, procured, commissioned, contracted, decommissioned and replaced, handed over, took on,
  brought in-house, outsourced, shared the cost of, wrote off, recovered, collected, chased, reconciled
`)

/** Council teams and functions, with the article: "{team} took on the triage". */
export const TEAMS = wordList(`
  the service team, the project team, the commissioning team, the finance team, the performance team, the
  data team, the digital team, the customer services team, the legal team, the procurement team, the HR
  team, the communications team, the policy team, the transformation team, the business intelligence team,
  the corporate leadership team, the programme board, the project board, frontline managers, team leaders,
  the contact centre, the IT service desk, the information governance team, the insurance team, the estates
  team, the facilities team, the internal audit team, the scrutiny committee, the cabinet member, ward
  councillors, the chief executive, the trade unions, the equalities lead, the Welsh language officer, the
  risk manager, the health and safety team, the organisational development team, the payroll team
`)

/** Partners any programme might name, whatever its theme. */
export const GENERIC_PARTNERS = wordList(`
  Voluntary and community sector partners, Local residents, Integrated care board, Police, Citizens Advice,
  Housing associations, Neighbouring councils, Local Government Association, Fire and rescue service,
  Department for Work and Pensions, University research team, Local businesses, Parish and town councils,
  Council for voluntary service, Faith groups, Community foundation, Local Enterprise Partnership, NHS trust,
  Public health team, Further education college
`)

/** How long, for "{period}": a programme's timescales. */
export const PERIODS = wordList(`
  the first year, the first six months, the pilot, the first three months, two years, the first quarter,
  the first 18 months, the winter, the school year, the financial year
`)

/** Where one-off money came from, for "{fund}". */
export const FUNDS = wordList(`
  one-off transformation funding, invest-to-save funding, council reserves, a government grant, the UK Shared
  Prosperity Fund, a partner contribution, the public health grant, a Local Government Association grant, a
  charitable trust, the Better Care Fund, a lottery grant, the Household Support Fund
`)

export const DOCUMENT_TITLES = wordList(`
  Business case, Evaluation report, Project plan, Service specification, Cabinet report, Data sharing agreement
  template, Equality impact assessment, Training materials, Process map, Letter templates, Risk register,
  Logic model, Staff guidance, Job descriptions, Benefits realisation plan, Procurement specification
`)

/** Well-known programmes a case study may say it adapted, when it did not adapt another case study. */
export const EXTERNAL_PROGRAMMES = wordList(`
  Housing First, Buurtzorg neighbourhood nursing, Family Drug and Alcohol Court, Local Area Coordination, Making
  Every Adult Matter, Family Group Conferencing, Restorative Practice, Scottish Violence Reduction Unit model,
  Community Led Support, Healthy New Towns
`)
