import { FormBuilder, Validators } from '@angular/forms';
import type { LaunchEventView } from '@scenematch/contracts';
import type { TableColumn } from '@scenematch/portal/shared/ui/ui/data-table.component';
import type { LaunchEventRequest } from '@scenematch/portal/products/data-access/launch-events.api';
import { toIsoDate } from '@scenematch/portal/shared/ui/forms/dates';
import {
  requiredText,
  trimmedLength,
} from '@scenematch/portal/shared/ui/forms/text-validators';

/** The API's rules (LaunchEventDto). */
export const LAUNCH_EVENT_RULES = {
  titleMin: 2,
  titleMax: 100,
  venueMax: 200,
  descriptionMax: 3000,
} as const;

export function createLaunchEventForm(fb: FormBuilder) {
  return fb.group({
    title: fb.nonNullable.control('', [
      requiredText,
      trimmedLength(LAUNCH_EVENT_RULES.titleMin, LAUNCH_EVENT_RULES.titleMax),
    ]),
    heldOn: fb.control<Date | null>(null, Validators.required),
    venue: fb.nonNullable.control(
      '',
      Validators.maxLength(LAUNCH_EVENT_RULES.venueMax),
    ),
    description: fb.nonNullable.control(
      '',
      Validators.maxLength(LAUNCH_EVENT_RULES.descriptionMax),
    ),
  });
}

export type LaunchEventForm = ReturnType<typeof createLaunchEventForm>;

export function toLaunchEventRequest(
  value: ReturnType<LaunchEventForm['getRawValue']>,
): LaunchEventRequest {
  return {
    title: value.title.trim(),
    heldOn: value.heldOn ? toIsoDate(value.heldOn) : '',
    venue: value.venue.trim() || undefined,
    description: value.description.trim() || undefined,
  };
}

/** Catalogue keys of a launch event's states. */
export const EVENT_STATUS_KEYS: Record<LaunchEventView['status'], string> = {
  planned: 'products.events.statuses.planned',
  released: 'products.events.statuses.released',
};

/** The columns of the events table (title and actions are the page's cell templates). */
export function launchEventColumns(
  t: (key: string) => string,
): TableColumn<LaunchEventView>[] {
  return [
    { key: 'title', title: t('products.events.name') },
    {
      key: 'heldOn',
      title: t('products.events.heldOn'),
      width: '120px',
      value: (e) => e.heldOn,
    },
    {
      key: 'venue',
      title: t('products.events.venue'),
      value: (e) => e.venue,
      empty: t('common.notFilled'),
      data: true,
    },
    {
      key: 'status',
      title: t('products.events.status'),
      width: '100px',
      tag: (e) => ({
        text: t(EVENT_STATUS_KEYS[e.status]),
        color: e.status === 'released' ? 'success' : 'processing',
      }),
      testId: 'event-status',
    },
    {
      key: 'count',
      title: t('products.events.productCount'),
      width: '80px',
      value: (e) => e.productCount,
      testId: 'event-count',
    },
    { key: 'actions', title: t('common.actions'), width: '200px' },
  ];
}
