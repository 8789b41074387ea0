// Theme vocabularies for the people services: care, children, schools, health, housing and safety.
import type { Theme } from '../../models/vocabulary'
import { themeVocabulary, type ThemeVocabulary } from './themeVocabulary'

export const PEOPLE_THEMES: Partial<Record<Theme, ThemeVocabulary>> = {
  'adult-social-care': themeVocabulary({
    tier: 'upper',
    related: ['public-health', 'housing', 'digital'],
    aims: `reducing delayed hospital discharges, helping older people stay independent at home, cutting waiting
      times for care assessments, supporting unpaid carers to keep caring, reducing admissions to residential
      care, preventing falls among older people, improving the quality of home care, reducing reliance on long-term
      care packages, making direct payments easier to use, clearing the backlog of DoLS assessments, getting people
      home from hospital sooner, stabilising the local care market`,
    approaches: `a trusted assessor model, a discharge to assess pathway, a strengths-based front door, a
      community-led support model, an in-house reablement service, a shared care record, a carers hub,
      technology-enabled care, care micro-enterprises, an outcome-based home care contract, neighbourhood care
      teams, a DoLS triage tool`,
    groups: `older people, unpaid carers, adults with learning disabilities, people living with dementia, people
      leaving hospital, autistic adults, people with physical disabilities, self-funders, adults with mental
      health needs, care workers`,
    terms: `ASC, reablement, home care, care packages, direct payments, hospital discharge, Care Act assessments,
      carers assessments, DoLS, safeguarding adults, personal budgets, the Better Care Fund, domiciliary care,
      residential care, nursing care, respite care, extra care housing, supported living, shared lives, day
      opportunities, telecare, occupational therapy, community equipment, the care market, continuing healthcare,
      intermediate care, brokerage, financial assessments, deferred payments, annual reviews, care and support
      plans, mental capacity assessments, best interests decisions, LPS, the fair cost of care, provider failure,
      CQC assurance, international recruitment, moving and handling, carers breaks, the ASC front door,
      enablement, home first, bridging care, D2A beds, section 117 aftercare, the care workforce`,
    reduced: `delayed discharge days, admissions to residential care, waiting times for assessment, repeat
      safeguarding referrals, unfilled home care hours, the DoLS backlog, emergency readmissions, hours of
      commissioned care`,
    increased: `people still at home 91 days after discharge, carers assessments completed, direct payment
      take-up, people leaving reablement needing no ongoing care, reviews completed on time, care workers
      recruited`,
    tags: `ASC, reablement, hospital discharge, home care, carers, DoLS, direct payments, telecare, trusted
      assessor, dementia, falls, Better Care Fund, care market, strengths-based practice`,
    partners: `Acute hospital trust, Home care providers, Carers centre, Age UK, Community health services trust,
      Care home providers, Integrated care board`,
    skills: `Occupational therapy, social work, brokerage and commissioning, care market analysis, information
      governance`,
    technology: `Care management system with a provider portal, telecare platform with alert reporting, shared
      care record, online financial assessment tool`,
  }),
  'childrens-services': themeVocabulary({
    tier: 'upper',
    related: ['education-send', 'public-health', 'community-safety'],
    aims: `keeping more children safely at home with their families, reducing the number of children in care,
      finding more foster carers, supporting care leavers into their own homes, reducing repeat referrals to
      children's social care, helping families earlier, cutting the cost of residential placements, keeping
      social workers in post, reducing exploitation of young people, improving the health of looked after
      children, making the front door to children's services work better`,
    approaches: `a family help model, a multi-agency safeguarding hub, family group conferencing, a
      relationship-based practice model, an in-house fostering recruitment campaign, a staying close service,
      edge of care teams, a social work academy, a contextual safeguarding approach, family hubs, a
      no-wrong-door model for adolescents`,
    groups: `children in care, care leavers, families with young children, vulnerable adolescents, foster carers,
      children on child protection plans, social workers, kinship carers, unaccompanied asylum-seeking children`,
    terms: `children's social care, CSC, LAC, early help, the MASH, child protection, children in need,
      placements, fostering, residential children's homes, care leavers, family hubs, Supporting Families,
      family group conferences, section 47 enquiries, the Public Law Outline, kinship care, special
      guardianship, adoption, the virtual school, personal education plans, pathway plans, personal advisers,
      staying put, semi-independent accommodation, contextual safeguarding, child exploitation, county lines,
      missing episodes, return home interviews, Ofsted inspections, the ILACS framework, caseloads, agency
      social workers, the ASYE programme, child in need plans, strategy meetings, CAMHS, parenting programmes,
      Start for Life, the Healthy Child Programme, the corporate parenting board`,
    reduced: `children entering care, repeat referrals, agency social work spend, placement moves, missing
      episodes, the average caseload, residential placement costs`,
    increased: `children supported at early help, in-house foster carers approved, care leavers in suitable
      accommodation, social workers retained, family group conferences held, care leavers in education or work`,
    tags: `early help, fostering, care leavers, MASH, LAC, family hubs, child protection, kinship care, social
      work recruitment, contextual safeguarding, corporate parenting, Supporting Families, CSC`,
    partners: `Police, Schools and early years settings, Health visiting service, CAMHS, Independent fostering
      agencies, Youth justice service, Care leavers forum`,
    skills: `Social work practice leadership, family group conference coordination, placement commissioning,
      performance analysis`,
    technology: `Children's case management system, shared multi-agency referral form, placement sufficiency
      dashboard, secure messaging for partners`,
  }),
  'education-send': themeVocabulary({
    tier: 'upper',
    related: ['childrens-services', 'transport', 'economy'],
    aims: `getting EHCP assessments done within 20 weeks, reducing school exclusions, cutting the cost of home
      to school transport, improving school attendance, supporting more children with SEND in mainstream
      schools, reducing the number of young people not in education employment or training, helping young
      people with SEND prepare for adulthood, bringing the high needs budget back into balance, finding school
      places for children who move mid-year, reducing persistent absence`,
    approaches: `a SEND hub for mainstream schools, an EHCP quality assurance panel, a graduated response
      toolkit, independent travel training, an attendance support team, an inclusion partnership with
      headteachers, a post-16 tracking service, an alternative provision framework, resource bases in
      mainstream schools, a parent carer co-production charter`,
    groups: `children with SEND, young people not in education employment or training, parents and carers,
      headteachers, SENCOs, pupils at risk of exclusion, persistently absent pupils, young people leaving care,
      families who are home educating`,
    terms: `SEND, EHCP, EHC needs assessments, the high needs block, the dedicated schools grant, the safety
      valve agreement, mainstream inclusion, special schools, resource bases, alternative provision, SENCOs,
      educational psychology, annual reviews, the Local Offer, SEND tribunals, mediation, home to school
      transport, independent travel training, personal transport budgets, NEET, post-16 destinations, the
      September guarantee, attendance, persistent absence, fixed-term exclusions, permanent exclusions,
      managed moves, elective home education, children missing education, school admissions, in-year
      admissions, school place planning, academies, multi-academy trusts, the virtual school, preparing for
      adulthood, supported internships, the graduated approach, SEN support, the written statement of action`,
    reduced: `EHCP assessments completed late, permanent exclusions, home to school transport costs, persistent
      absence, the high needs deficit, tribunal appeals, young people whose destination is not known`,
    increased: `EHCPs issued within 20 weeks, pupils with SEND in mainstream schools, young people in education
      employment or training, attendance rates, young people travelling independently, supported internships
      completed`,
    tags: `SEND, EHCP, NEET, attendance, exclusions, home to school transport, high needs, inclusion, alternative
      provision, preparing for adulthood, SENCO, educational psychology`,
    partners: `Local schools, Parent carer forum, Further education college, Multi-academy trusts, Integrated
      care board, Jobcentre Plus, Training providers`,
    skills: `Educational psychology, SEND casework, school improvement, transport planning, data analysis`,
    technology: `EHCP hub portal for families and schools, pupil tracking system, transport route planning
      software, attendance data dashboard`,
  }),
  'public-health': themeVocabulary({
    tier: 'upper',
    related: ['adult-social-care', 'communities', 'culture-leisure'],
    aims: `helping people stop smoking, reducing childhood obesity, tackling loneliness and social isolation,
      getting more people physically active, reducing drug and alcohol deaths, improving uptake of NHS health
      checks, reducing health inequalities in our most deprived wards, supporting people's mental wellbeing,
      increasing childhood vaccination rates, preventing suicide`,
    approaches: `a social prescribing network, community connectors, a healthy weight partnership, a whole
      systems approach to obesity, outreach health checks in community venues, a drug and alcohol recovery
      hub, a making every contact count programme, health champions in every ward, a suicide prevention
      partnership, a mental health first aid programme`,
    groups: `people who smoke, children above a healthy weight, people who are lonely or isolated, people
      with drug or alcohol problems, men over 40, pregnant women, people in routine and manual jobs, people
      bereaved by suicide`,
    terms: `health inequalities, the public health grant, social prescribing, NHS health checks, stop smoking
      services, the healthy child programme, school nursing, health visiting, substance misuse, drug and alcohol
      treatment, naloxone, needle exchange, sexual health services, the JSNA, the joint health and wellbeing
      strategy, the health and wellbeing board, Core20PLUS5, physical activity, healthy weight, the National
      Child Measurement Programme, fluoridation, air quality, loneliness, mental wellbeing, suicide prevention,
      self-harm, health protection, outbreak management, vaccination, screening, the Marmot principles,
      wider determinants of health, making every contact count, population health management, PCNs, primary
      care, community pharmacy, weight management, healthy start vouchers, breastfeeding support`,
    reduced: `smoking prevalence, drug-related deaths, alcohol-related hospital admissions, childhood obesity,
      emergency admissions for self-harm, reported loneliness`,
    increased: `people quitting smoking at four weeks, NHS health checks completed, adults who are physically
      active, people in drug treatment, childhood vaccination uptake, social prescribing referrals`,
    tags: `social prescribing, stop smoking, healthy weight, loneliness, substance misuse, health inequalities,
      physical activity, mental wellbeing, suicide prevention, JSNA, Core20PLUS5, MECC`,
    partners: `Primary care networks, Integrated care board, Community pharmacy network, Leisure trust, Drug and
      alcohol treatment provider, Mind, Local sports clubs`,
    skills: `Public health intelligence, behaviour change, health promotion, commissioning, evaluation`,
    technology: `Referral platform for social prescribing, population health dashboard, online booking for
      health checks, text message reminders`,
  }),
  housing: themeVocabulary({
    tier: 'any',
    related: ['adult-social-care', 'climate', 'planning'],
    aims: `preventing homelessness, ending rough sleeping, reducing the use of bed and breakfast accommodation,
      speeding up home adaptations, improving standards in the private rented sector, tackling damp and mould in
      council homes, bringing empty homes back into use, cutting the time council homes stand empty between
      tenants, helping tenants avoid rent arrears, building more affordable homes, reducing the cost of
      temporary accommodation`,
    approaches: `a Housing First service, early contact with private renters, selective licensing, a trusted
      assessor for adaptations, a damp and mould taskforce, an empty homes loan scheme, a void turnaround
      team, a tenancy sustainment service, a social lettings agency, a modular housing programme, a rough
      sleeper outreach partnership, a landlord incentive scheme`,
    groups: `private renters, people sleeping rough, families in temporary accommodation, council tenants,
      landlords, disabled residents, young people at risk of homelessness, people leaving prison, households on
      the housing register`,
    terms: `homelessness, TA, temporary accommodation, rough sleeping, the housing register, B&B placements,
      the private rented sector, section 21 notices, HMO, houses in multiple occupation, selective licensing,
      DFG, disabled facilities grants, home adaptations, damp and mould, the HRA, council housing, voids, repairs,
      rent arrears, tenancy sustainment, Housing First, supported housing, the Homelessness Reduction Act,
      prevention duties, relief duties, personal housing plans, the Rough Sleeping Initiative, affordable homes,
      social rent, shared ownership, empty homes, the Decent Homes Standard, the HHSRS, category 1 hazards,
      enforcement notices, civil penalties, landlord licensing, the Housing Ombudsman, tenant satisfaction
      measures, allocations policy, choice-based lettings, housing associations, stock condition surveys`,
    reduced: `households in B&B accommodation, people sleeping rough, average void times, rent arrears, the time
      to complete an adaptation, category 1 hazards, damp and mould complaints`,
    increased: `homelessness cases prevented, empty homes brought back into use, tenancies sustained after a
      year, affordable homes completed, licensed HMOs, tenants satisfied with repairs`,
    tags: `homelessness, temporary accommodation, HMO, private rented sector, DFG, damp and mould, rough
      sleeping, Housing First, empty homes, voids, rent arrears, selective licensing, affordable housing`,
    partners: `Housing associations, Local landlords association, Shelter, Probation service, Home improvement
      agency, Letting agents, Crisis`,
    skills: `Housing law, tenancy sustainment, surveying, enforcement, data matching`,
    technology: `Housing management system, online housing options tool, property licensing portal, damp
      sensors in council homes`,
  }),
  'community-safety': themeVocabulary({
    tier: 'any',
    related: ['communities', 'housing', 'childrens-services'],
    aims: `tackling antisocial behaviour, reducing domestic abuse, cutting violence among young people,
      making town centres feel safer at night, reducing reoffending, preventing young people being drawn into
      county lines, tackling hate crime, making women and girls safer in public spaces, reducing repeat
      victimisation, tackling nuisance from off-road bikes`,
    approaches: `a joint ASB hub with the police, a domestic abuse one-stop shop, a violence reduction
      partnership, a night-time economy safety scheme, a community trigger review panel, detached youth
      work, a public spaces protection order, a restorative justice service, a safe spaces scheme in shops, a
      multi-agency risk assessment conference`,
    groups: `victims of antisocial behaviour, survivors of domestic abuse, young people at risk of exploitation,
      repeat offenders, women and girls, night-time economy workers, victims of hate crime, local traders`,
    terms: `ASB, antisocial behaviour, the community safety partnership, the community trigger, PSPO, public
      spaces protection orders, civil injunctions, closure orders, community protection notices, domestic
      abuse, MARAC, IDVAs, safe accommodation, the Domestic Abuse Act, serious violence duty, knife crime,
      county lines, child criminal exploitation, youth justice, reoffending, restorative justice, hate crime,
      Prevent, CCTV, street marshals, the night-time economy, Purple Flag, licensing, off-road bikes, nuisance
      neighbours, noise complaints, Safer Streets funding, designing out crime, the police and crime
      commissioner, neighbourhood policing, youth diversion, Channel panels`,
    reduced: `reports of antisocial behaviour, repeat domestic abuse incidents, knife crime offences, first-time
      entrants to the youth justice system, repeat victims, noise complaints`,
    increased: `cases resolved within 28 days, survivors supported into safe accommodation, young people
      diverted from the justice system, residents who feel safe after dark, hate crimes reported`,
    tags: `ASB, domestic abuse, community safety partnership, PSPO, serious violence, county lines, hate crime,
      CCTV, youth justice, night-time economy, MARAC, restorative justice`,
    partners: `Police, Probation service, Youth justice service, Victim support, Housing associations, Domestic
      abuse charity, Police and crime commissioner`,
    skills: `Case management, community engagement, crime analysis, trauma-informed practice`,
    technology: `Shared ASB case management system, redeployable CCTV cameras, online reporting form, risk
      assessment tool`,
  }),
}
