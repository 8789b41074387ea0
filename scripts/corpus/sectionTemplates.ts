// Sentences for each section of a case study, written as programme leads write them. Slots:
// {aim} {approach} {group} {reduced} {increased} {partner} are the case study's own and stay the
// same throughout it; {term} {group2} {partner2} {noun} {adj} {verb} {team} {period} {fund} are
// drawn afresh each time (by rank); {council} {area} {place} {population} describe the council;
// {n} {m} {k} {w} {days} {money} {year} {score} {low} are numbers, {p} {q} {r} {small} percentages.
// A capital first letter ({Group}) capitalises the value.

export const SUMMARY_OPENINGS = [
  'We introduced {approach} for {group}, with the aim of {aim}.',
  'By introducing {approach}, {council} made real progress in {aim}.',
  'Working with {partner}, we set about {aim} by introducing {approach}.',
  '{Approach} has helped us focus on {aim} across {area}.',
  'We brought in {approach} to give {group} better support and to focus on {aim}.',
]

export const SUMMARY_RESULTS = [
  'In {period} we saw a {p}% fall in {reduced}.',
  'Early results show a {p}% fall in {reduced} and a {q}% rise in {increased}.',
  '{N} {group} have been supported so far, with a {q}% rise in {increased}.',
  'The programme costs about £{money} a year and has already cut {reduced} by {p}%.',
]

export const PROBLEM = [
  '{Aim} had been a priority for {council} for several years, but progress had stalled.',
  'Demand for {term} had risen by {r}% in {k} years while the budget stayed flat.',
  'About {n} {group} a year were affected, and many came to our attention only when things had already gone wrong.',
  'Our figures for {reduced} were among the worst in the region, and there was constant pressure on {term}.',
  'Staff spent too much time on {noun} and {noun}, and too little with the people in front of them.',
  '{Group} told us that {term} was hard to understand and that they had to repeat their story to several teams.',
  'Because of {adj} {noun}, {team} could not see who was waiting or why.',
  'Spending on {term} had grown to £{money} a year, most of it on crisis responses rather than prevention.',
  'Auditors had pointed to {adj} {noun} and {adj} {noun} as risks.',
  'Referrals came in from {partner2}, {partner2} and residents themselves, each in a different format.',
  'Waiting times for {term} had reached {w} weeks, and {m} people were on the list.',
  'Nobody owned the whole journey: {term}, {term} and {term} each sat with a different team.',
  'We also knew from {noun} that {group2} were less likely than others to get help early.',
  'Without change we forecast a gap of £{money} in the budget for {term} within {k} years.',
  'The problem was made worse by {adj} {noun}, {noun} and high staff turnover.',
  'Earlier attempts to fix it had focused on {noun} and had not lasted beyond {period}.',
  'Complaints about {term} had doubled since {year}, and several had gone to the ombudsman.',
  'Much of the work was manual and duplicated, with {noun} kept in spreadsheets and paper files.',
]

export const WHAT_THEY_DID = [
  'We introduced {approach}, starting with {group} in {k} neighbourhoods.',
  '{Approach} was designed with {group}, {partner} and frontline staff over {w} weeks of workshops.',
  'We {verb} {noun} and {verb} {noun} so that {team} could see every case in one place.',
  'A small team of {k} officers led the work, with {partner} giving specialist advice on {term}.',
  'Every referral now gets a conversation within {days} working days, covering {term} and {noun}.',
  'We {verb} the {adj} {noun} and replaced them with a single process owned by {team}.',
  'Staff from {partner} now work alongside ours {k} days a week, so questions about {term} are settled on the spot.',
  'We tested the approach for {period} before rolling it out, changing {noun} and {noun} as we went.',
  'Staff had training in {term}, {term} and {noun}, and managers held weekly case reviews.',
  'We {verb} {noun} with {partner2}, so that people did not have to repeat their story.',
  'A simple dashboard tracked {reduced}, {increased} and {noun} every week.',
  'We used £{money} from {fund} to pay for the set-up, including {adj} {noun}.',
  '{Group2} were given a named contact and a clear plan covering {term} and {noun}.',
  'Where cases were complex, {team} brought together {partner}, {partner2} and the resident to agree one plan.',
  'We wrote {adj} guidance on {term} and published it alongside {noun} for partners.',
  'From month {k} the service also covered {term}, which had previously sat with another team.',
  'We {verb} our {noun} and removed the steps that slowed decisions down.',
  'Letters and forms were rewritten in plain English and tested with {group}.',
]

export const CONTEXT = [
  '{Council} serves {population} across {place}.',
  'Deprivation is concentrated in a few wards, where demand for {term} is {k} times the local average.',
  'Like many councils, we had seen {adj} {noun} and rising costs in {term} since {year}.',
  'The council had recently {verb} its {noun}, so there was appetite for a different approach.',
  'Relationships with {partner} were good, but {noun} and {noun} were not shared.',
  '{Group} make up a growing share of the population, and many {group2} live some distance from services.',
  'Public transport is patchy outside the main towns, so services had to come to people.',
  'The work sat within the council plan for {term}, agreed by cabinet in {year}.',
  'Turnover in {team} had been high, and many posts were filled by agency workers.',
  'There were already {k} {adj} {noun} in the area, but few people knew about them.',
  'Our political leadership had made {aim} a priority in the council plan.',
  'The council was also dealing with {adj} {noun} and a budget gap of £{money}.',
]

export const OUTCOMES = [
  'In {period} we saw a {p}% fall in {reduced}, against a {small}% change across comparable councils.',
  '{N} {group} were supported, and {m} of them needed no further help after {w} weeks.',
  'There was a {q}% rise in {increased}.',
  'Net savings are about £{money} a year, mainly avoided spending on {term}.',
  'Staff said they spent less time on {noun} and more on {noun}; {r}% said their workload felt more manageable.',
  '{Group} rated the service {score} out of 10 on average, up from {low} before the change.',
  'Complaints about {term} fell by {r}%, and fewer cases were escalated to {team}.',
  'An evaluation by {partner2} found that {adj} {noun} made the biggest difference.',
  'We are now extending {approach} to {term} and to {group2}.',
  'Not everything improved: demand for {term} stayed stubbornly high, and we are still working on {term}.',
  'Waiting times for {term} came down from {w} weeks to {days} days.',
  'The figures are reported to {team} every month and to cabinet every quarter.',
  'Alongside the figures, {group} told us they felt listened to for the first time.',
]

export const LESSONS = [
  'Start with {noun}: it takes longer than anything else.',
  'Involve {group} from the beginning; they spotted problems with {term} that we had missed.',
  'Agree with {partner} early on how you will measure {reduced}, or you will argue about the numbers later.',
  'Do not underestimate the time needed for {noun} and {noun}.',
  'A named lead in {team} made a big difference to keeping the work moving.',
  'Keep {noun} simple; our first version had too many steps.',
  'Budget for {noun} after the pilot ends, because that is where most of the benefit comes from.',
  'If we did it again we would spend more time on {term} and less on {noun}.',
  'Small tests with {k} cases taught us more than a long business case would have.',
  'Share the early results widely; they persuaded {team} and {partner2} to join in.',
  'Be honest about what did not work, especially around {term}.',
  'Councils thinking of doing this should talk to {team} about {noun} before they start.',
]

export const WHAT_CHANGED = [
  'We followed the original model but changed {noun} to suit {place}.',
  'We kept the core of the approach but targeted {group} first, because of our local priorities.',
  'Our version relies more on {partner} and less on council staff, because of our budget.',
  'We shortened the pilot to {k} months and added {term}, which the original did not cover.',
]
