import { Foundation1763800000000 } from './1763800000000-foundation';
import { Scenarios1764000000000 } from './1764000000000-scenarios';
import { CapabilityList1764100000000 } from './1764100000000-capability-list';
import { Matching1764200000000 } from './1764200000000-matching';
import { Applications1764300000000 } from './1764300000000-applications';
import { Reviews1764400000000 } from './1764400000000-reviews';
import { Awards1764500000000 } from './1764500000000-awards';
import { Notifications1764600000000 } from './1764600000000-notifications';
import { Sessions1764700000000 } from './1764700000000-sessions';
import { AuditGuard1764900000000 } from './1764900000000-audit-guard';
import { AuthSecurity1764950000000 } from './1764950000000-auth-security';
import { NotificationSettings1765100000000 } from './1765100000000-notification-settings';
import { MatchVersions1765250000000 } from './1765250000000-match-versions';
import { SearchTerms1765350000000 } from './1765350000000-search-terms';
import { MatchFeedback1765400000000 } from './1765400000000-match-feedback';
import { SealedBids1765450000000 } from './1765450000000-sealed-bids';
import { AccountAdministration1765500000000 } from './1765500000000-account-administration';
import { ConsortiumMembers1765550000000 } from './1765550000000-consortium-members';
import { NotificationsTimeOrder1765600000000 } from './1765600000000-notifications-time-order';
import { OutboxDiscard1766100000000 } from './1766100000000-outbox-discard';
import { SessionCalendars1766150000000 } from './1766150000000-session-calendars';
import { SessionKinds1766200000000 } from './1766200000000-session-kinds';
import { ScenarioSearchTerms1766400000000 } from './1766400000000-scenario-search-terms';
import { SsoIdentities1766300000000 } from './1766300000000-sso-identities';
import { PhoneAndChannels1766250000000 } from './1766250000000-phone-and-channels';
import { MatchingRebuildFloors1766410000000 } from './1766410000000-matching-rebuild-floors';
import { ScenarioSearchSummary1766425000000 } from './1766425000000-scenario-search-summary';
import { OpenData1766427000000 } from './1766427000000-open-data';
import { SearchCharTerms1766430000000 } from './1766430000000-search-char-terms';

/**
 * Every migration, in order. Listed explicitly because the apps are bundled (no globbing at
 * run time). Add new migrations at the end; never edit one that has shipped. `up` only expands
 * the schema (docs/operations.md § 1; checked by migration-contract.spec.ts).
 */
export const MIGRATIONS = [Foundation1763800000000, Scenarios1764000000000, CapabilityList1764100000000, Matching1764200000000, Applications1764300000000, Reviews1764400000000, Awards1764500000000, Notifications1764600000000, Sessions1764700000000, AuditGuard1764900000000, AuthSecurity1764950000000, NotificationSettings1765100000000, MatchVersions1765250000000, SearchTerms1765350000000, MatchFeedback1765400000000, SealedBids1765450000000, AccountAdministration1765500000000, ConsortiumMembers1765550000000, NotificationsTimeOrder1765600000000, OutboxDiscard1766100000000, SessionCalendars1766150000000, SessionKinds1766200000000, PhoneAndChannels1766250000000, SsoIdentities1766300000000, ScenarioSearchTerms1766400000000, MatchingRebuildFloors1766410000000, ScenarioSearchSummary1766425000000, OpenData1766427000000, SearchCharTerms1766430000000];
