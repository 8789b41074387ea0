// Theme vocabularies for the place services: planning, transport, waste, climate, economy, culture.
import type { Theme } from '../../models/vocabulary'
import { themeVocabulary, type ThemeVocabulary } from './themeVocabulary'

export const PLACE_THEMES: Partial<Record<Theme, ThemeVocabulary>> = {
  planning: themeVocabulary({
    tier: 'any',
    related: ['housing', 'climate', 'digital'],
    aims: `cutting invalid planning applications, deciding planning applications on time, getting a local plan
      adopted, securing more from developer contributions, speeding up building control inspections, reducing
      the planning enforcement backlog, making planning consultations easier to take part in, bringing forward
      housing on brownfield land, protecting heritage in our town centres`,
    approaches: `a pre-submission checklist, a digital planning register, a developer contributions monitoring
      system, a planning performance agreement service, a brownfield land register, an enforcement triage
      policy, an interactive local plan map, a design code written with residents, a shared planning service
      with a neighbouring council`,
    groups: `planning agents, householders, developers, parish councils, planning officers, objectors,
      conservation groups, small builders`,
    terms: `planning applications, validation, development management, the local plan, S106, section 106
      agreements, CIL, the community infrastructure levy, planning obligations, planning enforcement, building
      control, permitted development, prior approval, listed building consent, conservation areas, design
      codes, neighbourhood plans, the five-year housing land supply, the housing delivery test, the NPPF,
      biodiversity net gain, nutrient neutrality, planning appeals, the Planning Inspectorate, pre-application
      advice, planning performance agreements, the brownfield register, call-ins, the planning committee,
      statutory consultees, viability assessments, the infrastructure funding statement, digital planning,
      the Planning Portal, land charges`,
    reduced: `invalid applications, applications decided out of time, the enforcement backlog, planning
      appeals lost, time to validate an application`,
    increased: `applications decided within eight weeks, S106 money collected, homes with planning permission,
      consultation responses received, neighbourhood plans made`,
    tags: `planning, validation, S106, CIL, local plan, development management, building control, enforcement,
      design codes, digital planning, biodiversity net gain, heritage`,
    partners: `Planning agents forum, Parish and town councils, Historic England, Local developers, Planning
      Advisory Service`,
    skills: `Planning policy, urban design, viability assessment, GIS mapping`,
    technology: `Back-office planning system, GIS mapping, online planning register, developer contributions
      tracker`,
  }),
  transport: themeVocabulary({
    tier: 'any',
    related: ['climate', 'public-health', 'economy'],
    aims: `making the school run safer, getting more people cycling and walking, fixing potholes faster,
      cutting congestion in the town centre, improving rural bus services, reducing road casualties, managing
      parking demand around the high street, rolling out electric vehicle charging, improving air quality near
      schools, keeping roads open in severe weather`,
    approaches: `school streets, a low traffic neighbourhood, a right first time pothole repair team, demand
      responsive transport, a bus service improvement plan, on-street EV charging in lamp columns, a
      controlled parking zone, a 20mph default speed limit, an active travel network plan, a winter service
      partnership`,
    groups: `parents and pupils, cyclists, pedestrians, bus passengers, disabled drivers, rural residents,
      businesses on the high street, older people without a car`,
    terms: `highways, potholes, road maintenance, active travel, cycle lanes, school streets, LTN, low traffic
      neighbourhoods, CPZ, controlled parking zones, parking enforcement, penalty charge notices, EV charging,
      bus services, the bus service improvement plan, enhanced partnerships, concessionary fares, demand
      responsive transport, community transport, road safety, 20mph limits, speed cameras, traffic regulation
      orders, street works, permit schemes, winter gritting, drainage, street lighting, the local transport
      plan, the Active Travel Fund, air quality management areas, clean air zones, rail stations, park and ride`,
    reduced: `road casualties, potholes reported, average journey times, traffic outside schools, nitrogen
      dioxide levels, repeat pothole repairs`,
    increased: `journeys made on foot or by bike, bus passenger numbers, public EV chargers installed, children
      walking to school, potholes fixed right first time`,
    tags: `active travel, school streets, potholes, highways, EV charging, bus services, road safety, parking,
      LTN, 20mph, air quality, community transport`,
    partners: `Bus operators, Sustrans, Primary schools, Police, Highways contractor, Chargepoint operator,
      Community transport operator`,
    skills: `Transport planning, traffic engineering, consultation, contract management`,
    technology: `Highways asset management system, traffic counters, mobile app for reporting potholes, journey
      planning data feeds`,
  }),
  'waste-environment': themeVocabulary({
    tier: 'any',
    related: ['climate', 'community-safety', 'communities'],
    aims: `increasing recycling rates, introducing weekly food waste collections, cutting fly-tipping, reducing
      contamination in recycling bins, keeping streets clean, reducing missed bin collections, making the most
      of parks and green spaces, reducing waste sent to landfill, tackling dog fouling and littering`,
    approaches: `weekly food waste collections, cameras and a duty of care campaign, bin crew route
      optimisation, a recycling doorstep engagement team, a reuse shop at the tip, in-cab technology for bin
      crews, a volunteer litter picking network, community-led management of parks, a commercial waste
      service for small businesses`,
    groups: `households, flats with communal bins, bin crews, small businesses, volunteer litter pickers,
      landowners, tenants in flats`,
    terms: `recycling, food waste, residual waste, garden waste, fly-tipping, contamination, missed bins, bin
      collections, household waste recycling centres, the tip, street cleansing, litter, fixed penalty
      notices, duty of care, extended producer responsibility, simpler recycling, the deposit return scheme,
      anaerobic digestion, energy from waste, landfill tax, waste transfer stations, commercial waste, bulky
      waste, reuse, repair cafes, grounds maintenance, parks, trees, allotments, cemeteries, the Environment
      Act, WRAP guidance`,
    reduced: `fly-tipping incidents, contamination rates, missed collections, residual waste per household,
      tonnes sent to landfill, littering complaints`,
    increased: `the recycling rate, tonnes of food waste collected, fixed penalties issued, items reused,
      volunteer litter picks`,
    tags: `recycling, food waste, fly-tipping, waste collections, contamination, street cleansing, parks,
      litter, reuse, enforcement, CCTV, anaerobic digestion`,
    partners: `Waste collection contractor, WRAP, Environment Agency, Housing associations, Local landowners,
      Keep Britain Tidy`,
    skills: `Waste operations, behaviour change, enforcement, route planning`,
    technology: `In-cab devices for bin crews, route optimisation software, redeployable cameras, online bulky
      waste booking`,
  }),
  climate: themeVocabulary({
    tier: 'any',
    related: ['housing', 'transport', 'waste-environment'],
    aims: `cutting carbon emissions from council buildings, retrofitting homes street by street, tackling fuel
      poverty, reaching net zero for the council's own estate, decarbonising the council fleet, adapting to
      flooding and heatwaves, growing community energy, planting more trees in urban areas, cutting the
      carbon footprint of our supply chain`,
    approaches: `street-by-street retrofit, a community energy partnership, heat pumps in council buildings, a
      fuel poverty advice service, solar panels on council roofs, a fleet electrification plan, a tree
      planting programme, a climate assembly of residents, carbon literacy training for staff, a flood
      resilience scheme`,
    groups: `households in fuel poverty, homeowners, council tenants, local installers, community energy groups,
      young people, residents in flood risk areas`,
    terms: `net zero, decarbonisation, carbon emissions, the climate emergency, retrofit, insulation, heat pumps,
      solar PV, fuel poverty, energy efficiency, EPC ratings, the Warm Homes grant, ECO4, the Public Sector
      Decarbonisation Scheme, community energy, district heating, the council fleet, electric vehicles, flood
      risk, climate adaptation, heatwaves, tree canopy cover, carbon literacy, scope 3 emissions, the local
      area energy plan, green skills, biodiversity, nature recovery`,
    reduced: `carbon emissions from council buildings, energy bills for residents, fleet fuel use, homes with
      EPC ratings below C, properties at risk of flooding`,
    increased: `homes insulated, heat pumps installed, solar capacity on council roofs, trees planted, staff
      trained in carbon literacy`,
    tags: `net zero, retrofit, fuel poverty, heat pumps, solar, community energy, climate adaptation, fleet,
      carbon literacy, tree planting, flooding, decarbonisation`,
    partners: `Local energy advice charity, Accredited installers, Community energy group, Further education
      college, Energy supplier, Environment Agency`,
    skills: `Energy assessment, retrofit coordination, carbon accounting, project management`,
    technology: `Building energy management system, smart meters, carbon accounting tool, home energy data
      mapping`,
  }),
  economy: themeVocabulary({
    tier: 'any',
    related: ['workforce', 'education-send', 'communities'],
    aims: `helping people back into work, supporting small businesses to grow, bringing empty shops back into
      use, getting young people into apprenticeships, spending more of the council's budget locally,
      reviving the high street, helping people with health conditions into work, attracting investment to the
      town centre, closing the local skills gap`,
    approaches: `an employment support hub, a meanwhile use scheme for empty shops, a social value policy, a
      business growth programme, a youth employment guarantee, a community wealth building approach, an
      individual placement and support service, a skills bootcamp partnership, a town deal investment plan`,
    groups: `jobseekers, young people, small businesses, people with long-term health conditions, local
      employers, market traders, people on universal credit, school leavers`,
    terms: `employment support, UC, universal credit, NEET, apprenticeships, the apprenticeship levy, skills
      bootcamps, the UK Shared Prosperity Fund, Levelling Up funding, town deals, high streets, empty shops,
      business rates, business rates relief, inward investment, social value, community wealth building,
      local spend, anchor institutions, the Jobcentre, work coaches, IPS, economic inactivity, Connect to Work,
      the local skills improvement plan, business support, start-ups, market towns, the visitor economy,
      regeneration, enterprise zones`,
    reduced: `economic inactivity, empty shop units, young people claiming out-of-work benefits, long-term
      unemployment`,
    increased: `people moving into work, apprenticeships started, council spend with local suppliers, new
      businesses started, footfall in the town centre, jobs created`,
    tags: `employment support, apprenticeships, high streets, social value, small businesses, UKSPF, skills,
      community wealth building, regeneration, economic inactivity, UC, NEET`,
    partners: `Jobcentre Plus, Further education college, Chamber of commerce, Local employers, Business
      improvement district, Training providers`,
    skills: `Employer engagement, business advice, economic analysis, grant management`,
    technology: `Client tracking system for employment support, business support CRM, footfall counters, jobs
      board`,
  }),
  'culture-leisure': themeVocabulary({
    tier: 'any',
    related: ['public-health', 'communities', 'economy'],
    aims: `turning libraries into community hubs, getting more children reading for pleasure, keeping leisure
      centres open, widening access to culture, growing visitor numbers to museums, making sport affordable for
      low-income families, bringing events back to the town centre, keeping heritage buildings in use`,
    approaches: `libraries as community hubs, a summer reading challenge partnership, a leisure card for
      low-income families, a community-run library model, a cultural education partnership, a town centre
      events programme, an open-access museum collection, a community asset transfer`,
    groups: `library users, children and young people, families on low incomes, older people, artists and
      makers, sports clubs, visitors, volunteers`,
    terms: `libraries, leisure centres, museums, archives, the arts, heritage, events, festivals, sports
      pitches, swimming pools, the summer reading challenge, digital inclusion, community asset transfers,
      leisure trusts, Arts Council funding, the National Lottery Heritage Fund, cultural strategy, library
      volunteers, the home library service, makerspaces, creative industries, play strategy`,
    reduced: `the subsidy per leisure visit, library running costs, buildings standing empty`,
    increased: `library visits, children taking part in the reading challenge, leisure card users, visitor
      numbers, volunteer hours, people using library computers`,
    tags: `libraries, leisure, culture, heritage, community hubs, digital inclusion, events, museums, physical
      activity, community asset transfer`,
    partners: `Leisure trust, Arts Council England, Friends of the library group, Local museum trust, Citizens
      Advice, Sport England`,
    skills: `Library and information management, event management, fundraising, volunteer coordination`,
    technology: `Library management system, online booking for leisure, visitor counting sensors, public
      computers and Wi-Fi`,
  }),
}
