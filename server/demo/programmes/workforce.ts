import type { DemoProgramme } from '../demoProgramme'

export const WORKFORCE: DemoProgramme[] = [
  {
    key: 'social-work-apprenticeships-northumberland',
    council: 'E06000057',
    title: 'Growing our own social workers through degree apprenticeships',
    themes: ['workforce', 'adult-social-care', 'childrens-services'],
    tags: ['apprenticeships', 'social work', 'recruitment', 'retention', 'apprenticeship levy'],
    partners: ['University', 'Social work teams', 'Trade unions'],
    stage: 'scaled',
    start: '2019-09',
    summary:
      'Care workers, family support workers and other staff can train as social workers on a three-year degree apprenticeship while keeping their salary. 64 staff have qualified so far, and nine in ten are still working for us two years later.',
    problem:
      'We could not recruit enough qualified social workers, especially for teams in the north and west of the county, and spent heavily on agency staff. Many of our own experienced support staff wanted to qualify but could not afford to give up their jobs to study.',
    whatTheyDid:
      "We use the apprenticeship levy to fund a social work degree apprenticeship with a university. Apprentices spend one day a week studying and the rest working in placements across adult and children's services, supported by a practice educator.\n\nApprentices are recruited from our own staff first, with priority for those living in hard-to-recruit areas.",
    context:
      'Northumberland is a large rural county where many teams cover long distances, and people who grew up here are the most likely to stay.',
    barriers: [
      ['capacity', 'Teams had to release apprentices for study and cover their work. We funded backfill posts.'],
      ['skills', 'We needed more practice educators. Experienced social workers were trained and given time for it.'],
    ],
    enablers: [
      ['dedicated-funding', 'The apprenticeship levy covers tuition fees.'],
      ['partnership', 'The university adapted timetables to fit work patterns.'],
    ],
    oneOff: [25_000, 'setting up the programme with the university'],
    yearly: [640_000, 'backfill posts and practice educator time, with tuition funded by the levy'],
    fte: [14, 'backfill posts and a programme coordinator'],
    skills: 'Social work education, workforce planning',
    technology: "None beyond the university's learning platform",
    firstResults: '3 years, when the first cohort qualified',
    outcomes:
      '64 staff qualified as social workers in five years. 90% were still working for us two years after qualifying, and spending on agency social workers fell by 45%.',
    evidence: ['2', 'HR records for each cohort and agency spending, before and after.'],
    costsAndSavings: 'Agency savings exceed the cost of backfill posts.',
    lessons: 'Your own staff are your best future social workers. Fund backfill, or teams will not release people.',
    documents: ['Social work apprenticeship recruitment pack'],
  },
  {
    key: 'frontline-staff-wellbeing-neath-port-talbot',
    council: 'W06000012',
    title: 'Wellbeing checks and mental health first aiders for frontline staff',
    themes: ['workforce', 'public-health'],
    tags: ['staff wellbeing', 'wellbeing', 'mental health', 'sickness absence'],
    partners: ['Trade unions', 'Occupational health provider', 'Employee assistance programme'],
    stage: 'live',
    start: '2022-01',
    summary:
      'Refuse crews, carers, cleaners and other frontline staff now have regular wellbeing check-ins with trained colleagues, and quick access to counselling and physiotherapy. Sickness absence for mental health reasons fell by 28% among frontline staff.',
    problem:
      "Sickness absence was highest among frontline staff, with stress, anxiety and musculoskeletal problems the main causes. Most wellbeing support was online or in office hours, which frontline staff couldn't easily use.",
    whatTheyDid:
      'We trained 150 frontline staff as mental health first aiders and wellbeing champions, who hold short check-ins with colleagues at depots and care bases. Counselling and physiotherapy can be booked by phone, with appointments outside shift times.\n\nManagers were trained to hold supportive return-to-work conversations.',
    context:
      'Neath Port Talbot employs many staff in frontline manual and care roles, where physical and emotional demands are high.',
    barriers: [
      ['culture', 'Some staff saw asking for help as a weakness. Champions from their own teams made it normal.'],
      ['capacity', 'Shift patterns made training difficult. We ran sessions at depots at shift changeover.'],
    ],
    enablers: [
      ['partnership', 'Trade unions co-designed the programme and promoted it.'],
      ['training', '150 mental health first aiders and wellbeing champions.'],
    ],
    oneOff: [30_000, 'mental health first aid training'],
    yearly: [110_000, 'counselling, physiotherapy and a wellbeing coordinator'],
    fte: [1, 'wellbeing coordinator'],
    skills: 'Mental health first aid, occupational health, HR',
    technology: 'Phone booking for counselling and physiotherapy',
    firstResults: '6 months',
    outcomes:
      'Days lost to mental health absence among frontline staff fell by 28% in two years, and musculoskeletal absence by 15%. 1,100 staff had a wellbeing check-in last year.',
    evidence: ['2', 'Sickness absence data, before and after.'],
    costsAndSavings: 'Reduced absence saved an estimated £420,000 a year in cover costs.',
    lessons:
      'Take support to depots, at times that fit shifts. Champions from the same team are trusted far more than HR.',
    documents: ['Wellbeing champion role description'],
  },
]
