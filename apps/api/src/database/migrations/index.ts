import { Init1795382734473 } from './1795382734473-Init';
import { Tafels1795383617179 } from './1795383617179-Tafels';
import { AccessLog1795384633151 } from './1795384633151-AccessLog';
import { Identity1795384926196 } from './1795384926196-Identity';
import { MemberPrivacy1795385961792 } from './1795385961792-MemberPrivacy';
import { ChainEventAttribution1795974532734 } from './1795974532734-ChainEventAttribution';
import { LiveNotes1795974620249 } from './1795974620249-LiveNotes';
import { SecondFactorHardening1795975200000 } from './1795975200000-SecondFactorHardening';
import { LiveMeetingState1795975583817 } from './1795975583817-LiveMeetingState';
import { PlansAndAnswers1795978048906 } from './1795978048906-PlansAndAnswers';
import { Verslagen1795977689716 } from './1795977689716-Verslagen';
import { MonitorAggregates1795977835909 } from './1795977835909-MonitorAggregates';
import { RequestExtension1795979100000 } from './1795979100000-RequestExtension';
import { Measures1795979130642 } from './1795979130642-Measures';
import { Handovers1795979978583 } from './1795979978583-Handovers';
import { MonitorEventFacts1795980000000 } from './1795980000000-MonitorEventFacts';
import { SharedSections1796200000000 } from './1796200000000-SharedSections';
import { AgreementNotices1796300000000 } from './1796300000000-AgreementNotices';
import { StaffInvitations1796700000000 } from './1796700000000-StaffInvitations';
import { MonitorPendingCases1797100000000 } from './1797100000000-MonitorPendingCases';
import { MonitorSpanCovering1797100000001 } from './1797100000001-MonitorSpanCovering';
import { MonitorCountMonth1797440000000 } from './1797440000000-MonitorCountMonth';
import { MonitorSpanMonth1797490000000 } from './1797490000000-MonitorSpanMonth';
import { TafelFollowsDecision1797500000000 } from './1797500000000-TafelFollowsDecision';
import { InflowByDecision1797510000000 } from './1797510000000-InflowByDecision';
import { HandoverTafel1797520000000 } from './1797520000000-HandoverTafel';

/** Every migration, in order. A new one is generated with `npm run db:migration -- <Name>`. */
export const MIGRATIONS = [Init1795382734473, Tafels1795383617179, AccessLog1795384633151, Identity1795384926196, MemberPrivacy1795385961792, ChainEventAttribution1795974532734, LiveNotes1795974620249, SecondFactorHardening1795975200000, LiveMeetingState1795975583817, Verslagen1795977689716, MonitorAggregates1795977835909, PlansAndAnswers1795978048906, RequestExtension1795979100000, Measures1795979130642, Handovers1795979978583, MonitorEventFacts1795980000000, SharedSections1796200000000, AgreementNotices1796300000000, StaffInvitations1796700000000, MonitorPendingCases1797100000000, MonitorSpanCovering1797100000001, MonitorCountMonth1797440000000, MonitorSpanMonth1797490000000, TafelFollowsDecision1797500000000, InflowByDecision1797510000000, HandoverTafel1797520000000];
