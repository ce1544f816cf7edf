import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { ProductView } from '@scenematch/contracts';
import {
  respond,
  usePortalComponent,
  type PortalComponentUnderTest,
} from '@scenematch/portal/testing/portal-harness';
import { productView } from '@scenematch/portal/testing/product-fixtures';
import { ProductActionsComponent } from './product-actions.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProductActionsComponent],
  template: `
    <sm-product-actions
      [product]="product()"
      (updated)="updates.push($event)"
      (stale)="stale = stale + 1"
    />
  `,
})
class HostComponent {
  readonly product = signal<ProductView>(productView());
  readonly updates: ProductView[] = [];
  stale = 0;
}

/** Shows the product and lets the page settle (the reason dialog lives outside the host). */
async function show(
  under: PortalComponentUnderTest<HostComponent>,
  product?: ProductView,
): Promise<void> {
  if (product) under.fixture.componentInstance.product.set(product);
  under.fixture.detectChanges();
  await respond(under.fixture);
  under.fixture.detectChanges();
}

/** The action buttons' test ids, in order. */
function buttons(under: PortalComponentUnderTest<HostComponent>): string[] {
  const row = under.byTestId('product-actions');
  return [...(row?.querySelectorAll('[data-testid]') ?? [])].map(
    (b) => b.getAttribute('data-testid') ?? '',
  );
}

/** Clicks a button of the component or of its reason dialog. */
async function press(
  under: PortalComponentUnderTest<HostComponent>,
  testId: string,
): Promise<void> {
  document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.click();
  await show(under);
}

async function typeReason(
  under: PortalComponentUnderTest<HostComponent>,
  reason: string,
): Promise<void> {
  const input = document.querySelector(
    '[data-testid="reason-input"]',
  ) as HTMLTextAreaElement;
  input.value = reason;
  input.dispatchEvent(new Event('input'));
  await show(under);
}

const dialogText = () => document.querySelector('.ant-modal')?.textContent;

describe('ProductActionsComponent for its company', () => {
  const under = usePortalComponent(HostComponent, { role: 'enterprise' });

  it('gives 编辑 and 提交审核 on a draft', async () => {
    await show(under, productView({ status: 'draft' }));
    expect(buttons(under)).toEqual(['action-edit', 'action-submit']);
  });
});

describe('ProductActionsComponent for staff', () => {
  const under = usePortalComponent(HostComponent, { role: 'organiser' });

  it('gives nothing on a draft', async () => {
    await show(under, productView({ status: 'draft' }));
    expect(buttons(under)).toEqual([]);
    expect(under.text('product-actions')).toBe('');
  });

  it('asks for a reason before 驳回, sends it, and hands on the product as it is now', async () => {
    const submitted = productView({ status: 'submitted' });
    await show(under, submitted);
    expect(buttons(under)).toEqual(['action-list', 'action-reject']);

    await press(under, 'action-reject');
    expect(dialogText()).toContain('驳回');
    // A reason is required: nothing is sent without one.
    await press(under, 'reason-confirm');
    under.httpMock.expectNone('/api/products/product-1/reject');

    await typeReason(under, ' 材料不全 ');
    await press(under, 'reason-confirm');
    const request = under.httpMock.expectOne('/api/products/product-1/reject');
    expect(request.request.body).toEqual({ reason: '材料不全' });
    const rejected: ProductView = {
      ...submitted,
      status: 'rejected',
      rejectReason: '材料不全',
    };
    request.flush(rejected);
    await show(under);
    expect(under.fixture.componentInstance.updates).toEqual([rejected]);
  });

  it('keeps the dialog open with the API complaint about the reason', async () => {
    await show(under, productView({ status: 'listed' }));
    await press(under, 'action-delist');
    await typeReason(under, '下架');
    await press(under, 'reason-confirm');
    under.httpMock.expectOne('/api/products/product-1/delist').flush(
      {
        statusCode: 400,
        message: '参数有误',
        errors: [{ field: 'reason', message: '理由至少 2 个字' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await show(under);
    expect(dialogText()).toContain('理由至少 2 个字');
    const host = under.fixture.componentInstance;
    expect(host.updates).toEqual([]);
    expect(host.stale).toBe(0);
  });
});
