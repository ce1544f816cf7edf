import type { ParticipantView } from '@scenematch/contracts';
import type { TableColumn } from '../../../shared/ui/data-table.component';
import { keyedTag } from '../../../shared/ui/keyed-tag';
import {
  PARTICIPANT_KIND_COLORS,
  PARTICIPANT_KIND_KEYS,
} from './session-admin-keys';

/** The 类型 column of a list of participants: the side (企业 / 发榜单位) as a tag. */
export function participantKindColumn(
  t: (key: string) => string,
  width: string,
): TableColumn<ParticipantView> {
  return {
    key: 'kind',
    title: t('sessionsAdmin.participants.kind'),
    width,
    tag: keyedTag(
      t,
      PARTICIPANT_KIND_KEYS,
      PARTICIPANT_KIND_COLORS,
      (p) => p.kind,
    ),
  };
}
