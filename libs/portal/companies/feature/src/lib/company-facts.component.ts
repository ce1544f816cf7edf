import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CompanyView } from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';

/** The contact's fields, in order. */
const CONTACT_FIELDS = [
  { key: 'name', icon: 'user', label: 'products.company.contactName' },
  { key: 'phone', icon: 'phone', label: 'products.company.contactPhone' },
  { key: 'email', icon: 'mail', label: 'products.company.contactEmail' },
] as const;

/**
 * A company's facts (district, founded, headcount, website) and its contact, which only reaches
 * agencies, staff and the company itself (the API leaves it out for everybody else).
 */
@Component({
  selector: 'sm-company-facts',
  imports: [NzCardModule, NzDescriptionsModule, NzIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './company-section.less',
  styles: `
    .contact div {
      margin-bottom: 6px;
    }
    .contact nz-icon {
      margin-right: 6px;
    }
  `,
  template: `
    @let c = company();
    <nz-card>
      <nz-descriptions
        [nzColumn]="1"
        nzSize="small"
        data-testid="company-facts"
      >
        <nz-descriptions-item
          [nzTitle]="'products.company.district' | transloco"
        >
          @if (c.district) {
            <span data-i18n-skip>{{ c.district }}</span>
          } @else {
            {{ 'common.notFilled' | transloco }}
          }
        </nz-descriptions-item>
        <nz-descriptions-item
          [nzTitle]="'products.company.foundedYear' | transloco"
          >{{
            c.foundedYear
              ? ('products.company.foundedYearValue'
                | transloco: { y: c.foundedYear })
              : ('common.notFilled' | transloco)
          }}</nz-descriptions-item
        >
        <nz-descriptions-item
          [nzTitle]="'products.company.headcount' | transloco"
          >{{
            c.headcountBand
              ? ('products.company.headcountValue'
                | transloco: { band: c.headcountBand })
              : ('common.notFilled' | transloco)
          }}</nz-descriptions-item
        >
        @if (c.website) {
          <nz-descriptions-item
            [nzTitle]="'products.company.website' | transloco"
          >
            <a [href]="c.website" target="_blank" rel="noopener nofollow">{{
              c.website
            }}</a>
          </nz-descriptions-item>
        }
      </nz-descriptions>
    </nz-card>

    <nz-card
      [nzTitle]="'products.company.contact' | transloco"
      class="section"
    >
      @if (c.contact; as contact) {
        <div class="contact" data-testid="company-contact">
          @for (f of contactFields; track f.key) {
            <div>
              <nz-icon [nzType]="f.icon" />{{ f.label | transloco
              }}{{ 'products.colon' | transloco }}
              @if (contact[f.key]; as value) {
                <span data-i18n-skip>{{ value }}</span>
              } @else {
                {{ 'common.notFilled' | transloco }}
              }
            </div>
          }
        </div>
      } @else {
        <p class="muted" data-testid="company-contact-hidden">
          <nz-icon nzType="lock" />
          {{ 'products.company.contactHidden' | transloco }}
        </p>
      }
    </nz-card>
  `,
})
export class CompanyFactsComponent {
  readonly company = input.required<CompanyView>();

  protected readonly contactFields = CONTACT_FIELDS;
}
