import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import {
  ApplicationsApi,
  type ExpertOption,
} from '@scenematch/portal/applications/data-access/applications.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';

type Option = { label: string; value: string };

/** 分配专家: the experts to choose (名字（机构）) and the button that assigns the chosen ones. */
@Component({
  selector: 'sm-evaluation-assign',
  imports: [ActionButtonComponent, FormsModule, NzSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: inline-flex;
      gap: 8px;
      max-width: 100%;
    }
    .assign-select {
      width: 360px;
      min-width: 0;
      flex: 0 1 auto;
    }
  `,
  template: `
    <nz-select
      class="assign-select"
      nzMode="multiple"
      [(ngModel)]="expertIds"
      [nzOptions]="expertOptions()"
      [nzPlaceHolder]="'applications.evaluation.assignPlaceholder' | transloco"
      nzAllowClear
      nzShowSearch
      data-testid="assign-select"
      data-i18n-skip
    />
    <sm-action-button
      icon="team"
      testid="assign-submit"
      [loading]="busy()"
      (pressed)="submit()"
    >
      {{ 'applications.evaluation.assign' | transloco }}
    </sm-action-button>
  `,
})
export class EvaluationAssignComponent {
  private readonly i18n = inject(LanguageService);
  private readonly message = inject(NzMessageService);

  readonly busy = input(false);
  /** The chosen experts' ids (at least one). */
  readonly assign = output<string[]>();

  protected expertIds: string[] = [];
  protected readonly expertOptions = toSignal(
    inject(ApplicationsApi)
      .experts()
      .pipe(
        map((experts: ExpertOption[]) =>
          experts.map(
            (e): Option => ({
              label: `${e.displayName}（${e.organisation}）`,
              value: e.id,
            }),
          ),
        ),
        catchError(() => of([] as Option[])),
      ),
    { initialValue: [] as Option[] },
  );

  protected submit(): void {
    const ids = [...this.expertIds];
    if (!ids.length) {
      this.message.error(this.i18n.t('applications.evaluation.assignEmpty'));
      return;
    }
    this.assign.emit(ids);
  }
}
