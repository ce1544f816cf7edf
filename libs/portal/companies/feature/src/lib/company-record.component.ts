import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CompanyView } from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { isExpired } from '@scenematch/portal/shared/ui/product/product-format';

/** A company's record: its certificates (expired ones greyed) and where it has delivered. */
@Component({
  selector: 'sm-company-record',
  imports: [NzCardModule, NzTableModule, NzTagModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './company-section.less',
  styles: `
    tr.expired td {
      color: rgba(0, 0, 0, 0.35);
    }
    .cases {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .cases li {
      padding: 8px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    .cases li:last-child {
      border-bottom: none;
    }
    .case-head {
      display: flex;
      gap: 12px;
      align-items: baseline;
      margin-bottom: 4px;
    }
  `,
  template: `
    @let c = company();
    <nz-card
      [nzTitle]="'products.company.certifications' | transloco"
      class="section"
    >
      @if (c.certifications.length) {
        <nz-table
          #certs
          [nzData]="c.certifications"
          [nzShowPagination]="false"
          nzSize="small"
          data-testid="company-certifications"
        >
          <thead>
            <tr>
              <th>{{ 'products.company.certKind' | transloco }}</th>
              <th>{{ 'products.company.certNumber' | transloco }}</th>
              <th nzWidth="160px">
                {{ 'products.company.certValidUntil' | transloco }}
              </th>
            </tr>
          </thead>
          <tbody>
            @for (cert of certs.data; track $index) {
              <tr
                [class.expired]="expired(cert.validUntil)"
                [attr.data-expired]="expired(cert.validUntil)"
                data-testid="certification-row"
              >
                <td data-i18n-skip>{{ cert.kind }}</td>
                <td data-i18n-skip>{{ cert.number }}</td>
                <td>
                  {{
                    cert.validUntil ??
                      ('products.company.certNoExpiry' | transloco)
                  }}
                  @if (expired(cert.validUntil)) {
                    <nz-tag>{{
                      'products.company.certExpired' | transloco
                    }}</nz-tag>
                  }
                </td>
              </tr>
            }
          </tbody>
        </nz-table>
      } @else {
        <p class="muted">
          {{ 'products.company.noCertifications' | transloco }}
        </p>
      }
    </nz-card>

    <nz-card [nzTitle]="'products.company.cases' | transloco" class="section">
      @if (c.cases.length) {
        <ul class="cases" data-testid="company-cases">
          @for (item of c.cases; track $index) {
            <li>
              <div class="case-head">
                <strong data-i18n-skip>{{ item.customer }}</strong>
                <span class="muted"
                  >{{
                    'products.company.caseMeta'
                      | transloco: { year: item.year, domain: '' }
                  }}<span data-i18n-skip>{{ item.domain }}</span></span
                >
              </div>
              <div data-i18n-skip>{{ item.summary }}</div>
            </li>
          }
        </ul>
      } @else {
        <p class="muted">{{ 'products.company.noCases' | transloco }}</p>
      }
    </nz-card>
  `,
})
export class CompanyRecordComponent {
  readonly company = input.required<CompanyView>();

  protected expired(validUntil: string | null): boolean {
    return isExpired(validUntil);
  }
}
