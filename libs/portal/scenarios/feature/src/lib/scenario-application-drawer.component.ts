import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import type { ApplicationView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ApplicationFilesComponent } from '@scenematch/portal/shared/ui/application/application-files.component';
import { ApplicationStatusTagComponent } from '@scenematch/portal/shared/ui/application/application-status-tag.component';
import { toWan } from '@scenematch/portal/shared/ui/scenario/scenario-format';

/** One application to a scenario, for its unit: the offer, the team, the proposal and the files. */
@Component({
  selector: 'sm-scenario-application-drawer',
  imports: [
    ApplicationFilesComponent,
    ApplicationStatusTagComponent,
    NzDescriptionsModule,
    NzDrawerModule,
    NzTagModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-template #drawerTitleTpl
      >{{ 'applications.agencyView.drawerTitle' | transloco: { company: '' }
      }}<span data-i18n-skip>{{ application()?.company?.name }}</span></ng-template
    >
    <nz-drawer
      [nzVisible]="application() !== null"
      [nzTitle]="drawerTitleTpl"
      [nzWidth]="640"
      (nzOnClose)="closed.emit()"
    >
      <ng-container *nzDrawerContent>
        @if (application(); as a) {
          <div data-testid="agency-application-drawer">
            <nz-descriptions nzBordered [nzColumn]="1" nzSize="small">
              <nz-descriptions-item
                [nzTitle]="'applications.agencyView.status' | transloco"
              >
                <sm-application-status-tag [status]="a.status" />
              </nz-descriptions-item>
              <nz-descriptions-item
                [nzTitle]="'applications.agencyView.quote' | transloco"
                >{{ wan(a.quote) }}</nz-descriptions-item
              >
              <nz-descriptions-item
                [nzTitle]="'applications.agencyView.duration' | transloco"
                >{{
                  'applications.agencyView.days'
                    | transloco: { n: a.durationDays }
                }}</nz-descriptions-item
              >
              @for (g of namedLists(a); track g.title) {
                <nz-descriptions-item [nzTitle]="g.title | transloco">
                  @for (item of g.items; track item.id) {
                    <nz-tag data-i18n-skip>{{ item.name }}</nz-tag>
                  } @empty {
                    {{ 'applications.agencyView.none' | transloco }}
                  }
                </nz-descriptions-item>
              }
            </nz-descriptions>
            <h3>{{ 'applications.agencyView.proposal' | transloco }}</h3>
            <p
              class="text"
              data-testid="agency-application-proposal"
              data-i18n-skip
            >
              {{ a.proposal }}
            </p>
            <h3>{{ 'applications.agencyView.team' | transloco }}</h3>
            @if (a.team) {
              <p class="text" data-i18n-skip>{{ a.team }}</p>
            } @else {
              <p class="text">
                {{ 'applications.agencyView.none' | transloco }}
              </p>
            }
            <h3>{{ 'applications.agencyView.files' | transloco }}</h3>
            <sm-application-files [files]="a.files" [showEmpty]="true" />
          </div>
        }
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    h3 {
      margin: 16px 0 8px;
      font-size: 15px;
    }
    .text {
      white-space: pre-wrap;
    }
  `,
})
export class ScenarioApplicationDrawerComponent {
  /** The application shown; null: closed. */
  readonly application = input<ApplicationView | null>(null);
  readonly closed = output<void>();

  protected wan(yuan: number): string {
    return toWan(yuan);
  }

  /** The consortium members and the products offered: a title (key) and tags of names. */
  protected namedLists(a: ApplicationView) {
    return [
      { title: 'applications.agencyView.members', items: a.members },
      { title: 'applications.agencyView.products', items: a.products },
    ];
  }
}
