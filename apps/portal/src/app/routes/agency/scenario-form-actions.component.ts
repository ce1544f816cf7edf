import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ScenarioFormMode, ScenarioSaveIntent } from './scenario-form';

/** The scenario form's buttons: back, and the saves its mode allows. */
@Component({
  selector: 'sm-scenario-form-actions',
  imports: [RouterLink, NzButtonModule, NzIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'buttons' },
  template: `
    <a nz-button routerLink="/agency/scenarios">{{
      'common.back' | transloco
    }}</a>
    @switch (mode()) {
      @case ('edit') {
        <button
          nz-button
          type="button"
          [nzLoading]="saving() === 'draft'"
          [disabled]="!!saving()"
          (click)="save.emit('draft')"
          data-testid="save-draft"
        >
          {{ 'agency.saveDraft' | transloco }}
        </button>
        @if (canSubmit()) {
          <button
            nz-button
            nzType="primary"
            type="button"
            [nzLoading]="saving() === 'submit'"
            [disabled]="!!saving()"
            (click)="save.emit('submit')"
            data-testid="save-submit"
          >
            <nz-icon nzType="send" />{{ 'agency.saveAndSubmit' | transloco }}
          </button>
        }
      }
      @case ('revise') {
        <button
          nz-button
          nzType="primary"
          type="button"
          [nzLoading]="saving() === 'revision'"
          [disabled]="!!saving()"
          (click)="save.emit('revision')"
          data-testid="save-revision"
        >
          {{ 'agency.saveRevision' | transloco }}
        </button>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class ScenarioFormActionsComponent {
  readonly mode = input.required<ScenarioFormMode>();
  readonly saving = input<ScenarioSaveIntent | null>(null);
  readonly canSubmit = input(false);
  readonly save = output<ScenarioSaveIntent>();
}
