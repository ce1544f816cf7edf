import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { LaunchEventView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { LaunchEventsApi } from '@scenematch/portal/products/data-access/launch-events.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  FieldListComponent,
  type FieldRow,
} from '@scenematch/portal/shared/ui/admin-forms/field-list.component';
import { submitForm } from '@scenematch/portal/shared/ui/admin-forms/submit-form';
import {
  createLaunchEventForm,
  toLaunchEventRequest,
} from './launch-event-form';
import { FormModalComponent } from '@scenematch/portal/shared/ui/forms/form-modal.component';

/** The event's fields: name, date, venue, description. */
const EVENT_FIELDS: readonly FieldRow[] = [
  [
    {
      control: 'title',
      id: 'title',
      kind: 'text',
      label: 'products.events.name',
      required: true,
      fallback: 'products.events.errors.title',
      maxlength: 100,
      testid: 'event-field-title',
    },
  ],
  [
    {
      control: 'heldOn',
      id: 'held-on',
      kind: 'date',
      label: 'products.events.heldOn',
      required: true,
      fallback: 'products.events.errors.heldOn',
      testid: 'event-field-held-on',
    },
  ],
  [
    {
      control: 'venue',
      id: 'venue',
      kind: 'text',
      label: 'products.events.venue',
      fallback: 'products.events.errors.venue',
      maxlength: 200,
      testid: 'event-field-venue',
    },
  ],
  [
    {
      control: 'description',
      id: 'description',
      kind: 'textarea',
      label: 'products.events.description',
      fallback: 'products.events.errors.description',
      rows: 3,
    },
  ],
];

/**
 * 新建发布会: the modal with the event's form; a server's field errors land on their fields, the
 * rest above the form. Emits the created event.
 */
@Component({
  selector: 'sm-launch-event-create',
  imports: [
    FormModalComponent,
    FieldListComponent,
    NzFormModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-form-modal
      [open]="open()"
      [title]="'products.events.createTitle' | transloco"
      [saving]="saving()"
      saveTestId="event-save"
      [error]="createError()"
      (cancelled)="closed.emit()"
      (saved)="create()"
    >
      <form
        nz-form
        nzLayout="vertical"
        [formGroup]="form"
        (ngSubmit)="create()"
        data-testid="event-form"
      >
        <sm-field-list [group]="form" [rows]="rows" idPrefix="le-" />
      </form>
    </sm-form-modal>
  `,
})
export class LaunchEventCreateComponent {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(LaunchEventsApi);
  private readonly message = inject(NzMessageService);

  readonly open = input(false);
  readonly closed = output<void>();
  readonly created = output<LaunchEventView>();

  protected readonly form = createLaunchEventForm(inject(FormBuilder));
  protected readonly rows = EVENT_FIELDS;
  protected readonly saving = signal(false);
  protected readonly createError = signal<string | null>(null);

  constructor() {
    // Each opening starts from an empty form.
    effect(() => {
      if (!this.open()) return;
      untracked(() => {
        this.form.reset();
        this.createError.set(null);
      });
    });
  }

  protected async create(): Promise<void> {
    const state = { saving: this.saving, error: this.createError };
    await submitForm(this.form, state, async () => {
      const event = await firstValueFrom(
        this.api.create(toLaunchEventRequest(this.form.getRawValue())),
      );
      this.message.success(this.i18n.t('products.events.created'));
      this.created.emit(event);
    });
  }
}
