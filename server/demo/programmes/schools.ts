import type { DemoProgramme } from '../demoProgramme'

export const SCHOOLS: DemoProgramme[] = [
  {
    key: 'school-attendance-knowsley',
    council: 'E08000011',
    title: 'Attendance mentors for pupils missing one day in five',
    themes: ['education-send', 'childrens-services'],
    tags: ['school attendance', 'persistent absence', 'mentoring', 'early help'],
    partners: ['Secondary schools', 'Early help service', 'Youth service'],
    stage: 'live',
    start: '2022-11',
    summary:
      'Mentors work with secondary pupils who miss at least one day of school in five, and with their families, to find out why and fix it. Severe and persistent absence among mentored pupils halved within a school year.',
    problem:
      'After the pandemic, persistent absence in Knowsley secondary schools reached 30%, among the highest in England. Fines and letters were not working: many families were dealing with anxiety, caring, debt or housing problems that a penalty notice could not touch.',
    whatTheyDid:
      'Each secondary school has an attendance mentor, employed by the council, who contacts every pupil whose attendance drops below 80%. The mentor visits at home, listens to the pupil and the family, and agrees a plan, which might mean a phased timetable, a referral to early help or simply a morning phone call.\n\nFines are still used, but only after support has been offered and refused.',
    context:
      'Knowsley is a compact borough on the edge of Liverpool with high child poverty. It has only a handful of secondary schools, so one mentor per school was affordable.',
    barriers: [
      [
        'data-sharing',
        'Schools used different attendance systems. A nightly feed from each into one dashboard took four months to set up.',
      ],
      [
        'culture',
        "Some staff saw the mentors as soft on absence. Early results and pupils' own accounts changed minds.",
      ],
    ],
    enablers: [
      ['data-insight', 'The daily attendance dashboard lets mentors act within days, not at the end of a term.'],
      ['partnership', 'Headteachers agreed a common approach to support first, fines last.'],
    ],
    oneOff: [20_000, 'the attendance data feed and dashboard'],
    yearly: [230_000, 'seven attendance mentors and a team leader'],
    fte: [8, 'attendance mentors and a team leader'],
    skills: 'Youth work, family support, data analysis',
    technology: 'A daily attendance dashboard fed by school systems',
    firstResults: '1 school term',
    outcomes:
      "Of the 820 pupils mentored in 2023/24, 52% moved above 90% attendance by the end of the year. Persistent absence across the borough's secondary schools fell from 30% to 24%.",
    evidence: [
      '3',
      'We compared mentored pupils with pupils in schools that joined the programme a term later, with similar starting attendance.',
    ],
    costsAndSavings: 'The programme is funded jointly by the council and schools.',
    lessons:
      'Ask why before you fine. The reasons are usually things a school cannot fix on its own, but a mentor who can refer to other services can.',
    documents: ['Attendance mentor home visit guide'],
  },
  {
    key: 'nurture-groups-glasgow',
    council: 'S12000049',
    title: 'Nurture groups in primary schools to keep children learning',
    themes: ['education-send', 'childrens-services'],
    tags: ['nurture', 'exclusions', 'additional support needs', 'attachment'],
    partners: ['Educational psychology service', 'Primary schools', 'University partners'],
    stage: 'scaled',
    start: '2018-08',
    summary:
      'Primary schools run small nurture groups for children whose early experiences make ordinary classrooms hard for them. Exclusions have fallen sharply, and children in nurture groups make faster progress in social and emotional development than similar children without one.',
    problem:
      'Young children who had experienced trauma, neglect or chaotic early years were being excluded from primary school, sometimes repeatedly. Teachers felt they had nowhere to turn.',
    whatTheyDid:
      'Primary schools set up nurture groups of six to ten children, led by a trained teacher and a support assistant, for part of each day. The group has a homely room, shared breakfast and predictable routines, and children return to their own class for the rest of the day.\n\nEducational psychologists trained staff and supervise the groups, and every school, with or without a group, was trained in nurturing approaches.',
    context:
      'Glasgow has the largest school estate in Scotland and high levels of child poverty in many neighbourhoods. Scottish policy emphasises inclusion in mainstream schools.',
    barriers: [
      [
        'funding',
        'Each group needs two staff. We started with schools where exclusions were highest and grew as results came in.',
      ],
      [
        'measuring-impact',
        'Social and emotional progress is hard to measure. Staff complete a standard profile when a child joins and leaves a group.',
      ],
    ],
    enablers: [
      ['training', 'A nurture training programme for all staff, not only those running groups.'],
      ['political-support', 'Reducing exclusions was a council priority with cross-party backing.'],
    ],
    oneOff: [300_000, 'setting up nurture rooms and initial training'],
    yearly: [2_400_000, 'staffing nurture groups in primary schools'],
    fte: [70, 'nurture teachers and support assistants'],
    skills: 'Teaching, educational psychology, attachment-aware practice',
    technology: 'A standard assessment profile recorded in the school management system',
    firstResults: '1 school year',
    outcomes:
      'Exclusions from primary schools fell by more than 80% between 2018 and 2024. Children attending nurture groups made significantly greater gains on the assessment profile than children with similar needs in schools without a group.',
    evidence: [
      '3',
      'The comparison uses the standard profile for children with similar starting scores in schools that had no group yet.',
    ],
    costsAndSavings: 'Fewer exclusions and fewer specialist placements offset part of the cost.',
    lessons:
      'Train every school, not only those with groups: the approach works best when it runs through the whole school.',
    documents: ['Nurture group handbook'],
  },
]
