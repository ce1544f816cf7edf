import type { NoticeView, ObjectionView } from '@scenematch/portal/applications/data-access/applications.api';
import { noticeRemaining } from '@scenematch/portal/shared/ui/application/application-format';
import type { Translate } from '@scenematch/portal/auth/ui/auth-errors';

/** A tag: its text and NG-ZORRO colour. */
export interface StatusTag {
  label: string;
  color: string;
}

/** "公示中 · 剩余 2 天 5 小时", or the notice's final state; `open` while objections are taken. */
export function noticeState(t: Translate, notice: NoticeView, now: Date): StatusTag & { open: boolean } {
  if (notice.status === 'confirmed') return { label: t('applications.notices.confirmed'), color: 'success', open: false };
  if (notice.status === 'overturned') return { label: t('applications.notices.overturned'), color: 'error', open: false };
  const left = noticeRemaining(notice.noticeEndsAt, now);
  if (!left) return { label: t('applications.notices.ended'), color: 'default', open: false };
  const remaining = left.days > 0 ? t('applications.notices.remaining', left) : t('applications.notices.remainingHours', left);
  return { label: `${t('applications.notices.inNotice')} · ${remaining}`, color: 'processing', open: true };
}

/** 待处理 / 成立 / 不成立. */
export function objectionStatus(t: Translate, o: ObjectionView): StatusTag {
  if (o.status === 'upheld') return { label: t('applications.notices.objectionStatus.upheld'), color: 'error' };
  if (o.status === 'dismissed') return { label: t('applications.notices.objectionStatus.dismissed'), color: 'default' };
  return { label: t('applications.notices.objectionStatus.pending'), color: 'warning' };
}
