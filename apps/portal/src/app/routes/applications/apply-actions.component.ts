import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The buttons of 揭榜申报: a draft is saved (the form's submit) or submitted after a confirmation;
 * a submitted application is saved with its changes.
 */
@Component({
  selector: 'sm-apply-actions',
  imports: [
    TranslocoPipe,
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (isDraft()) {
      <button
        nz-button
        type="submit"
        [nzLoading]="saving() === 'save'"
        [disabled]="saving() !== null"
        data-testid="apply-save"
      >
        {{ 'applications.apply.saveDraft' | transloco }}
      </button>
      <button
        nz-button
        nzType="primary"
        type="button"
        nz-popconfirm
        [nzPopconfirmTitle]="'applications.apply.confirmSubmit' | transloco"
        [nzOkText]="'applications.apply.confirmSubmitOk' | transloco"
        (nzOnConfirm)="submitApplication.emit()"
        [nzLoading]="saving() === 'submit'"
        [disabled]="saving() !== null"
        data-testid="apply-submit"
      >
        <nz-icon nzType="send" />{{ 'applications.apply.submit' | transloco }}
      </button>
    } @else {
      <button
        nz-button
        nzType="primary"
        type="submit"
        [nzLoading]="saving() === 'save'"
        data-testid="apply-save"
      >
        {{ 'applications.apply.saveChanges' | transloco }}
      </button>
    }
    <a nz-button nzType="link" routerLink="/me/applications">{{
      'applications.apply.backToMine' | transloco
    }}</a>
  `,
  styles: `
    :host {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
})
export class ApplyActionsComponent {
  readonly isDraft = input(true);
  readonly saving = input<'save' | 'submit' | null>(null);
  readonly submitApplication = output<void>();
}
