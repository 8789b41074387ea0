import { group, type SynonymGroup } from './synonymGroup'

// Everyday words and the sector's words for the same thing: streets, waste and transport.
// Residents and members write the first; service plans, statutes and case studies the second.

export const STREET_WORDING: SynonymGroup[] = [
  // Waste and street scene
  group(
    'Residents report dog poo or dog mess; the offence and the service are "dog fouling"',
    'dog poo',
    'dog mess',
    'dog fouling',
    'dog waste',
  ),
  group(
    '"The tip" is what residents call the household waste recycling centre, once the civic amenity site',
    'the tip',
    'household waste recycling centre',
    'HWRC',
    'civic amenity site',
  ),
  group(
    'One weekly service, named by residents for the bin and by councils for the waste',
    'bin collection',
    'refuse collection',
    'rubbish collection',
    'household waste collection',
  ),
  group(
    'The same container; "wheeled bin" is the procurement and Environmental Protection Act wording',
    'wheelie bin',
    'wheeled bin',
  ),
  group(
    'Food waste services collect the same scraps residents call kitchen waste',
    'food waste',
    'food scraps',
    'kitchen waste',
  ),
  group('Garden waste collections are advertised as green waste in many councils', 'garden waste', 'green waste'),
  group(
    '"Cleansing" is the statutory duty (EPA 1990 s89) residents call street cleaning',
    'street cleaning',
    'street cleansing',
  ),
  group(
    'The same chargeable collection of furniture and white goods',
    'bulky waste collection',
    'bulky item collection',
    'large item collection',
  ),
  group(
    'Recycling banks in car parks are "bring sites" in waste strategies',
    'bring site',
    'bring bank',
    'recycling bank',
  ),
  group(
    'The offence is fly-tipping; residents and police also say illegal or fly dumping, or dumping rubbish',
    'fly-tipping',
    'flytipping',
    'illegal dumping',
    'fly dumping',
    'dumping rubbish',
  ),
  // Highways and transport
  group(
    'Residents report potholes; highway inspectors log them as carriageway defects',
    'potholes',
    'pot holes',
    'carriageway defects',
  ),
  group(
    'The same raised road features; "speed humps" is the Highways (Road Humps) Regulations term',
    'speed bumps',
    'speed humps',
    'sleeping policemen',
  ),
  group('"Footway" is the Highways Act word for the pavement', 'pavement', 'footway'),
  group(
    'A dropped kerb to a driveway is licensed as a vehicle crossover or crossing',
    'vehicle crossover',
    'vehicle crossing',
    'driveway dropped kerb',
  ),
  group('The same asset, named by its lamp or its column', 'street lights', 'street lamps', 'lamp posts'),
  group('Gritting is spreading rock salt on roads', 'gritting', 'road salting', 'salt spreading'),
  group(
    'The free older and disabled person’s bus pass is the English National Concessionary Travel Scheme',
    'free bus pass',
    'concessionary travel pass',
    'concessionary fares',
  ),
  group(
    'School transport is being renamed travel assistance; the duty is the same',
    'home to school transport',
    'school travel assistance',
    'free school transport',
  ),
  group('The blue badge is the disabled person’s parking permit', 'blue badge', 'disabled parking permit'),
  group(
    'A parking ticket or fine is legally a penalty charge notice',
    'parking ticket',
    'parking fine',
    'penalty charge notice',
    'PCN',
  ),
  group(
    'Traffic and parking wardens were renamed civil enforcement officers by the Traffic Management Act 2004',
    'parking wardens',
    'traffic wardens',
    'civil enforcement officers',
  ),
  group('Bike and cycle mean the same thing in transport plans', 'bike lane', 'cycle lane'),
  group(
    'Public bike hire schemes are also sold as bike or cycle share',
    'bike hire',
    'cycle hire',
    'bike share',
    'cycle share',
  ),
  group('E-scooter is the short form used in trial orders', 'e-scooter', 'electric scooter'),
  group(
    'The same infrastructure, named by vehicle or by kit',
    'EV charging',
    'electric vehicle charging',
    'charge points',
    'chargepoints',
  ),
  group('"Signals" is the highway engineer’s word for traffic lights', 'traffic lights', 'traffic signals'),
  group(
    'Rat running is the everyday name for through traffic cutting through side streets',
    'rat running',
    'cut-through traffic',
  ),
  group('Lorry is everyday; HGV is licensing and freight planning wording', 'lorry', 'HGV', 'heavy goods vehicle'),
  group(
    'The same offence in everyday and American-influenced wording',
    'drink driving',
    'drunk driving',
    'driving under the influence',
  ),
  group(
    'Active travel is the policy term for walking and cycling (and wheeling)',
    'active travel',
    'walking and cycling',
  ),
  group(
    'School crossing patrol officers are the lollipop ladies and men residents know',
    'school crossing patrol',
    'lollipop lady',
    'lollipop man',
  ),
]
