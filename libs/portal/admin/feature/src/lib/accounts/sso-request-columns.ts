import type { SsoLinkRequestView } from '@scenematch/contracts';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import type {
  TableButton,
  TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';

/**
 * The columns of 统一认证审核 (person, e-mail, phone, external id and result are the page's cell
 * templates); the last is titled 操作 on the pending tab, with the page's `buttons`, and 结果 on the
 * others.
 */
export function ssoRequestColumns(
  t: (key: string) => string,
  pending: boolean,
  buttons: TableButton<SsoLinkRequestView>[],
): TableColumn<SsoLinkRequestView>[] {
  return [
    {
      key: 'person',
      title: t('admin.ssoRequests.columns.person'),
      data: true,
    },
    { key: 'email', title: t('admin.ssoRequests.columns.email') },
    {
      key: 'phone',
      title: t('admin.ssoRequests.columns.phone'),
      width: '150px',
    },
    {
      key: 'externalId',
      title: t('admin.ssoRequests.columns.externalId'),
      width: '170px',
      data: true,
    },
    {
      key: 'createdAt',
      title: t('admin.ssoRequests.columns.createdAt'),
      width: '140px',
      value: (r) => beijingTime(r.createdAt),
    },
    {
      key: 'result',
      title: pending
        ? t('common.actions')
        : t('admin.ssoRequests.columns.result'),
      width: '170px',
      buttons,
    },
  ];
}
