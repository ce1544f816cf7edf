import type { Translate } from '../stats/stats-format';

/** A job or queue code from its parts: codes such as matching.rebuild must not read as catalogue keys. */
const code = (...parts: string[]) => parts.join('.');

/** Each job kind's name, as a catalogue key (the failed-job filter offers them in this order). */
export const JOB_KEYS: ReadonlyArray<readonly [job: string, key: string]> = [
  ['probe', 'admin.jobs.kinds.probe'],
  [code('scenario', 'changed'), 'admin.jobs.kinds.scenarioChanged'],
  [code('scenario', 'closed'), 'admin.jobs.kinds.scenarioClosed'],
  [code('enterprise', 'changed'), 'admin.jobs.kinds.enterpriseChanged'],
  [code('matching', 'rebuild'), 'admin.jobs.kinds.matchingRebuild'],
  [code('matching', 'rebuild-shard'), 'admin.jobs.kinds.matchingRebuildShard'],
  [code('notification', 'dispatch'), 'admin.jobs.kinds.notificationDispatch'],
  [code('notification', 'digest'), 'admin.jobs.kinds.notificationDigest'],
  [code('notification', 'digest-mail'), 'admin.jobs.kinds.notificationDigestMail'],
  [code('notification', 'reminders'), 'admin.jobs.kinds.notificationReminders'],
  [code('session', 'agenda'), 'admin.jobs.kinds.sessionAgenda'],
  [code('bids', 'open'), 'admin.jobs.kinds.bidsOpen'],
  [code('open-data', 'dump'), 'admin.jobs.kinds.openDataDump'],
];
const JOBS = new Map(JOB_KEYS);

export const QUEUE_KEYS: Readonly<Record<string, string>> = {
  matching: 'admin.jobs.queues.matching',
  notifications: 'admin.jobs.queues.notifications',
  sessions: 'admin.jobs.queues.sessions',
  maintenance: 'admin.jobs.queues.maintenance',
};

/** The names of the ids a job carries (its payload's fields), as catalogue keys. */
export const ID_KEYS: Readonly<Record<string, string>> = {
  id: 'admin.jobs.ids.id',
  notificationId: 'admin.jobs.ids.notificationId',
  scenarioId: 'admin.jobs.ids.scenarioId',
  organisationId: 'admin.jobs.ids.organisationId',
  rebuildId: 'admin.jobs.ids.rebuildId',
  runId: 'admin.jobs.ids.runId',
  digestId: 'admin.jobs.ids.digestId',
  sessionId: 'admin.jobs.ids.sessionId',
  probeId: 'admin.jobs.ids.probeId',
  dumpId: 'admin.jobs.ids.dumpId',
};

/** A job kind's name in the reader's language; an unknown kind shows its code. */
export function jobLabel(job: string, t: Translate): string {
  const key = JOBS.get(job);
  return key ? t(key) : job;
}

export function queueLabel(queue: string, t: Translate): string {
  const key = QUEUE_KEYS[queue];
  return key ? t(key) : queue;
}

/** How long a message has waited: minutes, then hours and minutes (under two days), then days. */
export function jobAge(seconds: number, t: Translate): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('admin.jobs.ageMinutes', { n: Math.max(minutes, 0) });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('admin.jobs.ageHours', { h: hours, m: minutes % 60 });
  return t('admin.jobs.ageDays', { n: Math.floor(hours / 24) });
}
