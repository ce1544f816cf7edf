import type {
  AdminOrganisationView,
  OrganisationType,
  VerificationStatus,
} from '@scenematch/contracts';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import type { TableColumn } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { keyedTag } from '@scenematch/portal/shared/ui/ui/keyed-tag';

const VERIFICATION_KEYS: Record<VerificationStatus, string> = {
  pending: 'admin.organisations.statuses.pending',
  verified: 'admin.organisations.statuses.verified',
  rejected: 'admin.organisations.statuses.rejected',
};
const TYPE_KEYS: Record<OrganisationType, string> = {
  enterprise: 'admin.organisations.types.enterprise',
  agency: 'admin.organisations.types.agency',
  organiser: 'admin.organisations.types.organiser',
  expert_pool: 'admin.organisations.types.expert_pool',
  financier: 'admin.organisations.types.financier',
};
const VERIFICATION_COLORS: Record<VerificationStatus, string> = {
  verified: 'success',
  rejected: 'error',
  pending: 'processing',
};

/** The columns of 机构认证 (name, USCC and actions are the page's cell templates). */
export function organisationColumns(
  t: (key: string) => string,
): TableColumn<AdminOrganisationView>[] {
  return [
    { key: 'name', title: t('admin.organisations.columns.name') },
    {
      key: 'type',
      title: t('admin.organisations.columns.type'),
      width: '90px',
      value: (o) => (TYPE_KEYS[o.type] ? t(TYPE_KEYS[o.type]) : o.type),
    },
    {
      key: 'uscc',
      title: t('admin.organisations.columns.uscc'),
      width: '230px',
      testId: 'org-uscc',
    },
    {
      key: 'members',
      title: t('admin.organisations.columns.members'),
      width: '60px',
      value: (o) => o.members,
    },
    {
      key: 'status',
      title: t('admin.organisations.columns.status'),
      width: '90px',
      tag: keyedTag(
        t,
        VERIFICATION_KEYS,
        VERIFICATION_COLORS,
        (o) => o.verificationStatus,
      ),
      testId: 'org-status',
    },
    {
      key: 'registeredAt',
      title: t('admin.organisations.columns.registeredAt'),
      width: '140px',
      value: (r) => beijingTime(r.createdAt),
    },
    { key: 'actions', title: t('common.actions'), width: '170px' },
  ];
}
