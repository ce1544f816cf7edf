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
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { LaunchEventsApi } from '../../../core/data-access/launch-events.api';
import { toApiError } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { FormFieldComponent } from '../../../shared/forms/form-field.component';
import {
  applyServerErrors,
  revealErrors,
} from '../../../shared/forms/server-errors';
import {
  createLaunchEventForm,
  toLaunchEventRequest,
} from './launch-event-form';

/**
 * 新建发布会: the modal with the event's form; a server's field errors land on their fields, the
 * rest above the form. Emits the created event.
 */
@Component({
  selector: 'sm-launch-event-create',
  imports: [
    FormFieldComponent,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .notice {
      margin-bottom: 16px;
    }
    nz-date-picker {
      width: 100%;
    }
  `,
  template: `
    <nz-modal
      [nzVisible]="open()"
      [nzTitle]="'products.events.createTitle' | transloco"
      [nzFooter]="createFooter"
      [nzMaskClosable]="!saving()"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        @if (createError(); as error) {
          <nz-alert
            class="notice"
            nzType="error"
            nzShowIcon
            [nzMessage]="error"
          />
        }
        <form
          nz-form
          nzLayout="vertical"
          [formGroup]="form"
          (ngSubmit)="create()"
          data-testid="event-form"
        >
          <sm-form-field
            [label]="'products.events.name' | transloco"
            for="le-title"
            required
            [fallback]="'products.events.errors.title' | transloco"
          >
            <input
              nz-input
              id="le-title"
              formControlName="title"
              maxlength="100"
              data-testid="event-field-title"
            />
          </sm-form-field>
          <sm-form-field
            [label]="'products.events.heldOn' | transloco"
            for="le-held-on"
            required
            [fallback]="'products.events.errors.heldOn' | transloco"
          >
            <nz-date-picker
              nzId="le-held-on"
              formControlName="heldOn"
              data-testid="event-field-held-on"
            />
          </sm-form-field>
          <sm-form-field
            [label]="'products.events.venue' | transloco"
            for="le-venue"
            [fallback]="'products.events.errors.venue' | transloco"
          >
            <input
              nz-input
              id="le-venue"
              formControlName="venue"
              maxlength="200"
              data-testid="event-field-venue"
            />
          </sm-form-field>
          <sm-form-field
            [label]="'products.events.description' | transloco"
            for="le-description"
            [fallback]="'products.events.errors.description' | transloco"
          >
            <textarea
              nz-input
              id="le-description"
              rows="3"
              formControlName="description"
            ></textarea>
          </sm-form-field>
        </form>
      </ng-container>
      <ng-template #createFooter>
        <button nz-button type="button" (click)="closed.emit()">
          {{ 'common.cancel' | transloco }}
        </button>
        <button
          nz-button
          nzType="primary"
          type="button"
          [nzLoading]="saving()"
          (click)="create()"
          data-testid="event-save"
        >
          {{ 'common.save' | transloco }}
        </button>
      </ng-template>
    </nz-modal>
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
    if (this.saving()) return;
    this.createError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    try {
      const event = await firstValueFrom(
        this.api.create(toLaunchEventRequest(this.form.getRawValue())),
      );
      this.message.success(this.i18n.t('products.events.created'));
      this.created.emit(event);
    } catch (error) {
      const e = toApiError(error);
      const unmatched = applyServerErrors(this.form, e.errors);
      if (!e.errors?.length || unmatched.length)
        this.createError.set(
          unmatched.map((u) => u.message).join('；') || e.message,
        );
    } finally {
      this.saving.set(false);
    }
  }
}
