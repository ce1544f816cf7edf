import type {
  AgendaRunView,
  AgendaView,
  MeetingView,
  ParticipantView,
  SessionReport,
  SessionView,
} from '@scenematch/contracts';

/** Test data shaped like the API's answers (libs/shared/contracts sessions.ts). */
export function sessionView(overrides: Partial<SessionView> = {}): SessionView {
  return {
    id: 's-1',
    title: '智慧医疗供需对接会',
    description: '',
    venue: '人工智能创新服务中心',
    startsAt: '2026-12-10T01:00:00.000Z',
    slotMinutes: 20,
    slots: 3,
    tables: 2,
    breaks: [{ afterSlot: 0, minutes: 15 }],
    maxCompanies: null,
    maxAgencies: null,
    status: 'open_for_registration',
    agendaPublishedAt: null,
    counts: { enterprises: 2, agencies: 1, requests: 1, meetings: 0, byCategory: { enterprise: 2, agency: 1, finance: 0, investor: 0 } },
    sessionType: 'supply_demand',
    admits: ['agency'],
    mode: 'onsite',
    followUpAfterDays: 182,
    myParticipantId: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export function meetingView(overrides: Partial<MeetingView> = {}): MeetingView {
  const enterprise = overrides.enterprise ?? { id: 'e-1', name: '鹏知医疗' };
  const agency = overrides.agency ?? { id: 'a-1', name: '市卫生健康委' };
  const scenario =
    overrides.scenario === undefined
      ? { id: 'sc-1', title: '医学影像辅助诊断' }
      : overrides.scenario;
  return {
    id: 'm-1',
    slot: 0,
    table: 0,
    startsAt: '2026-12-10T01:00:00.000Z',
    endsAt: '2026-12-10T01:20:00.000Z',
    enterprise,
    agency,
    scenario,
    enterpriseId: enterprise.id,
    agencyId: agency.id,
    scenarioId: scenario?.id ?? null,
    score: 80,
    value: 100,
    requested: false,
    mutual: false,
    pinned: false,
    status: 'scheduled',
    cancelReason: null,
    outcome: null,
    outcomeNote: '',
    online: false,
    onlineLink: null,
    ...overrides,
  };
}

export function runView(overrides: Partial<AgendaRunView> = {}): AgendaRunView {
  return {
    id: 'run-1',
    status: 'running',
    progress: 0.4,
    message: '正在求解',
    method: null,
    meetings: null,
    totalValue: null,
    lpBound: null,
    gap: null,
    idleGaps: null,
    idleGapsBefore: null,
    stats: null,
    error: null,
    createdAt: '2026-11-02T00:00:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}

export const SLOT_TIMES: AgendaView['slotTimes'] = [
  { slot: 0, startsAt: '2026-12-10T01:00:00.000Z', endsAt: '2026-12-10T01:20:00.000Z' },
  { slot: 1, startsAt: '2026-12-10T01:35:00.000Z', endsAt: '2026-12-10T01:55:00.000Z' },
  { slot: 2, startsAt: '2026-12-10T01:55:00.000Z', endsAt: '2026-12-10T02:15:00.000Z' },
];

export function agendaView(overrides: Partial<AgendaView> = {}): AgendaView {
  return {
    published: false,
    slotTimes: SLOT_TIMES,
    meetings: [],
    unplaced: [],
    run: null,
    ...overrides,
  };
}

export function participantView(
  overrides: Partial<ParticipantView> = {},
): ParticipantView {
  return {
    id: 'p-1',
    organisation: { id: 'e-1', name: '鹏知医疗' },
    kind: 'enterprise',
    category: 'enterprise',
    scenarios: [],
    needs: [],
    status: 'registered',
    capacity: 3,
    unavailableSlots: [],
    contactName: '',
    checkinCode: 'ABCDEF2345',
    checkedInAt: null,
    noShowAt: null,
    ...overrides,
  };
}

export function reportView(overrides: Partial<SessionReport> = {}): SessionReport {
  return {
    sessionId: 's-1',
    participants: { enterprises: 2, agencies: 1, checkedIn: 2, noShows: 0 },
    meetings: { scheduled: 2, held: 1, cancelled: 0, withOutcome: 0 },
    outcomes: { intent: 0, signed: 0, follow_up: 0, none: 0 },
    requests: { total: 1, mutual: 1, placed: 1 },
    companiesServed: 1,
    agenciesServed: 1,
    followUps: { asked: 0, answered: 0, answers: { signed: 0, pilot: 0, financing: 0, none: 0 }, dueAt: '2027-05-01T01:00:00.000Z' },
    bySlot: [
      { slot: 0, scheduled: 1, held: 1 },
      { slot: 1, scheduled: 1, held: 0 },
      { slot: 2, scheduled: 0, held: 0 },
    ],
    byCategory: [
      { category: 'enterprise', label: 'AI企业', participants: 2, checkedIn: 2, requests: 1, meetings: 2, held: 1, withOutcome: 0 },
      { category: 'agency', label: '政府单位 / 医院学校等', participants: 1, checkedIn: 0, requests: 1, meetings: 2, held: 1, withOutcome: 0 },
      { category: 'finance', label: '金融机构', participants: 0, checkedIn: 0, requests: 0, meetings: 0, held: 0, withOutcome: 0 },
      { category: 'investor', label: '投资机构', participants: 0, checkedIn: 0, requests: 0, meetings: 0, held: 0, withOutcome: 0 },
    ],
    ...overrides,
  };
}
