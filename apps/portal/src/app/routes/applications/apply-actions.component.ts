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
import { APPLICATION_TEXTS } from '../../core/i18n/zh-cn.applications';

/**
 * The buttons of 揭榜申报: a draft is saved (the form's submit) or submitted after a confirmation;
 * a submitted application is saved with its changes.
 */
@Component({
  selector: 'sm-apply-actions',
  imports: [RouterLink, NzButtonModule, NzIconModule, NzPopconfirmModule],
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
        {{ t.saveDraft }}
      </button>
      <button
        nz-button
        nzType="primary"
        type="button"
        nz-popconfirm
        [nzPopconfirmTitle]="t.confirmSubmit"
        [nzOkText]="t.confirmSubmitOk"
        (nzOnConfirm)="submitApplication.emit()"
        [nzLoading]="saving() === 'submit'"
        [disabled]="saving() !== null"
        data-testid="apply-submit"
      >
        <nz-icon nzType="send" />{{ t.submit }}
      </button>
    } @else {
      <button
        nz-button
        nzType="primary"
        type="submit"
        [nzLoading]="saving() === 'save'"
        data-testid="apply-save"
      >
        {{ t.saveChanges }}
      </button>
    }
    <a nz-button nzType="link" routerLink="/me/applications">{{
      t.backToMine
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

  protected readonly t = APPLICATION_TEXTS.apply;
}
