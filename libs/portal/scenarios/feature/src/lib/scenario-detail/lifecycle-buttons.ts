import type { ScenarioUiAction } from '@scenematch/portal/shared/ui/scenario/scenario-actions';
import type {
  ItemActionButton,
  ItemReasonTexts,
} from '@scenematch/portal/shared/ui/ui/item-action-bar.component';

export type ReasonAction = 'return' | 'cancel';

export type ActionButton = ItemActionButton<ScenarioUiAction>;

/**
 * The buttons by action. 发布 in a batch not released yet only approves (审核通过): the batch
 * release publishes.
 */
export function buttonsOf(
  approvesOnly: boolean,
): Record<ScenarioUiAction, ActionButton> {
  return {
    edit: { action: 'edit', icon: 'edit', label: 'scenarios.actions.edit' },
    submit: {
      action: 'submit',
      icon: 'send',
      label: 'scenarios.actions.submit',
      primary: true,
      confirm: {
        title: 'scenarios.confirmSubmit',
        ok: 'scenarios.actions.submit',
      },
    },
    publish: {
      action: 'publish',
      icon: 'check',
      primary: true,
      ...(approvesOnly
        ? {
            label: 'scenarios.approve',
            confirm: {
              title: 'scenarios.confirmApprove',
              ok: 'scenarios.confirmApproveOk',
            },
          }
        : {
            label: 'scenarios.actions.publish',
            confirm: {
              title: 'scenarios.confirmPublish',
              ok: 'scenarios.confirmPublishOk',
            },
          }),
    },
    return: {
      action: 'return',
      icon: 'rollback',
      label: 'scenarios.actions.return',
    },
    close: {
      action: 'close',
      icon: 'field-time',
      label: 'scenarios.actions.close',
      confirm: {
        title: 'scenarios.confirmClose',
        ok: 'scenarios.confirmCloseOk',
      },
    },
    cancel: {
      action: 'cancel',
      icon: 'stop',
      label: 'scenarios.actions.cancel',
      danger: true,
    },
  };
}

/** The reason modal's texts for 退回 (a reason is required) and 撤销 (translation keys). */
export const REASON_TEXTS: Record<ReasonAction, ItemReasonTexts> = {
  return: {
    title: 'scenarios.returnTitle',
    label: 'scenarios.returnLabel',
    ok: 'scenarios.returnOk',
    placeholder: 'scenarios.returnPlaceholder',
    required: true,
    danger: false,
  },
  cancel: {
    title: 'scenarios.cancelTitle',
    label: 'scenarios.cancelLabel',
    ok: 'scenarios.cancelOk',
    required: false,
    danger: true,
  },
};
