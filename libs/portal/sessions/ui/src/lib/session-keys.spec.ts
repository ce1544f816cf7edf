import {
  FOLLOW_UP_ANSWER_LABELS,
  INVESTMENT_STAGE_LABELS,
  MEETING_OUTCOME_LABELS,
  MEETING_REQUEST_STATUS_LABELS,
  NEED_TYPE_LABELS,
  PARTICIPANT_CATEGORY_LABELS,
  SESSION_MODE_LABELS,
  SESSION_STATUS_LABELS,
  SESSION_TYPE_LABELS,
} from '@scenematch/contracts';
import { translator, zh } from '@scenematch/portal/testing/transloco';
import {
  FOLLOW_UP_ANSWER_KEYS,
  INVESTMENT_STAGE_KEYS,
  MEETING_OUTCOME_KEYS,
  MEETING_REQUEST_STATUS_KEYS,
  NEED_TYPE_KEYS,
  PARTICIPANT_CATEGORY_KEYS,
  SESSION_MODE_KEYS,
  SESSION_STATUS_KEYS,
  SESSION_TYPE_KEYS,
} from './session-keys';

const PAIRS: Array<[string, Record<string, string>, Record<string, string>]> = [
  ['statuses', SESSION_STATUS_LABELS, SESSION_STATUS_KEYS],
  ['outcomes', MEETING_OUTCOME_LABELS, MEETING_OUTCOME_KEYS],
  ['request statuses', MEETING_REQUEST_STATUS_LABELS, MEETING_REQUEST_STATUS_KEYS],
  ['participant categories', PARTICIPANT_CATEGORY_LABELS, PARTICIPANT_CATEGORY_KEYS],
  ['session types', SESSION_TYPE_LABELS, SESSION_TYPE_KEYS],
  ['modes', SESSION_MODE_LABELS, SESSION_MODE_KEYS],
  ['need types', NEED_TYPE_LABELS, NEED_TYPE_KEYS],
  ['investment stages', INVESTMENT_STAGE_LABELS, INVESTMENT_STAGE_KEYS],
  ['follow-up answers', FOLLOW_UP_ANSWER_LABELS, FOLLOW_UP_ANSWER_KEYS],
];

describe('session code labels', () => {
  it.each(PAIRS)('word the %s in Chinese exactly as the contracts (and so the API) do', (_, labels, keys) => {
    expect(Object.keys(keys).sort()).toEqual(Object.keys(labels).sort());
    for (const [code, label] of Object.entries(labels)) expect(zh(keys[code])).toBe(label);
  });

  it('have an English word for every code', () => {
    const en = translator('en');
    expect(en(SESSION_STATUS_KEYS.open_for_registration)).toBe('Registration open');
    expect(en(MEETING_OUTCOME_KEYS.signed)).toBe('Signed');
  });
});
