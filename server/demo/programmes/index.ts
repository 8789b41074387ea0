import type { DemoProgramme } from '../demoProgramme'
import { ADULT_SOCIAL_CARE } from './adultSocialCare'
import { BENEFIT_TAKE_UP } from './benefitTakeUp'
import { BUSINESS } from './business'
import { CARE_AT_HOME } from './careAtHome'
import { CHILDRENS_SERVICES } from './childrensServices'
import { CLIMATE } from './climate'
import { COMMUNITIES } from './communities'
import { COMMUNITY_SAFETY } from './communitySafety'
import { CULTURE_LEISURE } from './cultureLeisure'
import { CUSTOMER_SERVICES } from './customerServices'
import { DIGITAL } from './digital'
import { ECONOMY } from './economy'
import { EDUCATION_SEND } from './educationSend'
import { ENVIRONMENT } from './environment'
import { FAMILIES } from './families'
import { FINANCE_BENEFITS } from './financeBenefits'
import { HEALTHY_LIVES } from './healthyLives'
import { HOMES } from './homes'
import { HOUSING } from './housing'
import { HOUSING_SUPPORT } from './housingSupport'
import { NET_ZERO } from './netZero'
import { PLANNING } from './planning'
import { PLANNING_POLICY } from './planningPolicy'
import { PUBLIC_HEALTH } from './publicHealth'
import { RURAL_TRANSPORT } from './ruralTransport'
import { SCHOOLS } from './schools'
import { TRANSPORT } from './transport'
import { WASTE } from './waste'
import { WORKFORCE } from './workforce'

// The demo catalogue's programmes, one file per area of council work; adaptations sit beside
// the programme they adapted.
export const DEMO_PROGRAMMES: readonly DemoProgramme[] = [
  // People
  ...ADULT_SOCIAL_CARE,
  ...CARE_AT_HOME,
  ...CHILDRENS_SERVICES,
  ...FAMILIES,
  ...EDUCATION_SEND,
  ...SCHOOLS,
  ...PUBLIC_HEALTH,
  ...HEALTHY_LIVES,
  // Place
  ...HOUSING,
  ...HOMES,
  ...HOUSING_SUPPORT,
  ...PLANNING,
  ...PLANNING_POLICY,
  ...TRANSPORT,
  ...RURAL_TRANSPORT,
  ...WASTE,
  ...ENVIRONMENT,
  ...CLIMATE,
  ...NET_ZERO,
  ...ECONOMY,
  ...BUSINESS,
  ...COMMUNITY_SAFETY,
  ...COMMUNITIES,
  ...CULTURE_LEISURE,
  // The council itself
  ...DIGITAL,
  ...FINANCE_BENEFITS,
  ...BENEFIT_TAKE_UP,
  ...WORKFORCE,
  ...CUSTOMER_SERVICES,
]
