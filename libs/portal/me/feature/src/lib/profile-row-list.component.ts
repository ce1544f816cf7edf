import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { FormArray, FormBuilder, FormGroup } from '@angular/forms';
import { NgTemplateOutlet } from '@angular/common';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { namedOptions } from '@scenematch/portal/shared/ui/forms/field-spec';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { SERVER_ERROR } from '@scenematch/portal/shared/ui/forms/server-errors';
import type { ProfileRowList } from './profile-row-lists';

/**
 * One of 企业资料's lists of rows (certificates, reference cases): a card with a row of fields per
 * entry, a remove button per row and an add button up to the list's maximum.
 */
@Component({
  selector: 'sm-profile-row-list',
  imports: [
    NgTemplateOutlet,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    FormFieldComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './profile-rows.less',
  template: `
    @let l = list();
    <nz-card
      [nzTitle]="l.title | transloco"
      class="block"
      [attr.data-testid]="l.testid"
    >
      <div>
        @for (group of controls(); track group; let i = $index) {
          <div [class.case]="l.below.length" [attr.data-testid]="l.rowTestid">
            <div class="row">
              @for (f of l.fields; track f.control) {
                <ng-container
                  *ngTemplateOutlet="field; context: { f, group, i }"
                />
              }
              <button
                nz-button
                nzType="text"
                nzDanger
                type="button"
                class="remove"
                (click)="remove(i)"
                [attr.data-testid]="l.removeTestid"
              >
                <nz-icon nzType="delete" />{{
                  'products.profile.remove' | transloco
                }}
              </button>
            </div>
            @for (f of l.below; track f.control) {
              <ng-container
                *ngTemplateOutlet="field; context: { f, group, i }"
              />
            }
          </div>
        } @empty {
          <p class="muted">{{ l.empty | transloco }}</p>
        }
      </div>
      @if (array().errors?.[SERVER_ERROR]; as problem) {
        <div class="field-error">{{ problem }}</div>
      }
      @if (controls().length < l.max) {
        <button
          nz-button
          nzType="dashed"
          type="button"
          (click)="add()"
          [attr.data-testid]="l.addTestid"
        >
          <nz-icon nzType="plus" />{{ l.add | transloco }}
        </button>
      }
    </nz-card>
    <ng-template #field let-f="f" let-group="group" let-i="i">
      <sm-form-field
        [class.grow]="f.grow"
        [spec]="f"
        [group]="group"
        [index]="i"
        [options]="selectOptions()"
      />
    </ng-template>
  `,
})
export class ProfileRowListComponent {
  /** Which list: its texts, fields and bounds. */
  readonly list = input.required<ProfileRowList>();
  /** The form's array (its own server error shows under the rows). */
  readonly array = input.required<FormArray<FormGroup>>();
  /** Its rows, as of the last change (form arrays are not signals). */
  readonly controls = input.required<FormGroup[]>();
  /** What the list's select field offers (names). */
  readonly choices = input.required<string[]>();
  /** A row was added or removed. */
  readonly changed = output<void>();
  private readonly fb = inject(FormBuilder);

  protected readonly SERVER_ERROR = SERVER_ERROR;
  protected readonly selectOptions = computed(() =>
    namedOptions(this.choices()),
  );

  protected add(): void {
    if (this.array().length >= this.list().max) return;
    this.array().push(this.list().create(this.fb));
    this.changed.emit();
  }

  protected remove(index: number): void {
    this.array().removeAt(index);
    this.array().markAsDirty();
    this.changed.emit();
  }
}
