import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { scoreColor, scoreLevelKey } from './match-format';

/** A 0–100 match score as a ring with its level underneath (高度匹配 …). */
@Component({
  selector: 'sm-score-ring',
  imports: [NzProgressModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-progress
      nzType="circle"
      [nzPercent]="score()"
      [nzWidth]="size()"
      [nzStrokeColor]="color()"
      [nzFormat]="format"
      [attr.aria-label]="ariaLabel()"
      data-testid="score-ring"
    />
    @if (showLevel()) {
      <div class="level" [style.color]="color()">{{ level() }}</div>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      align-items: center;
    }
    .level {
      font-size: 12px;
      margin-top: 2px;
      white-space: nowrap;
    }
  `,
})
export class ScoreRingComponent {
  readonly score = input.required<number>();
  readonly size = input(64);
  readonly showLevel = input(true);

  protected readonly color = computed(() => scoreColor(this.score()));
  private readonly lang = inject(LanguageService);
  protected readonly level = computed(() =>
    this.lang.t(scoreLevelKey(this.score())),
  );
  protected readonly ariaLabel = computed(
    () => `${this.lang.t('matching.score.label')} ${this.score()}`,
  );
  /** The number alone inside the ring (the default adds a %). */
  protected readonly format = (percent: number) => `${percent}`;
}
