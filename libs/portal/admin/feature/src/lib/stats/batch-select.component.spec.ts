import { By } from '@angular/platform-browser';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { NzSelectComponent } from 'ng-zorro-antd/select';
import {
  respond,
  usePortalComponent,
} from '@scenematch/portal/testing/portal-harness';
import { BatchSelectComponent } from './batch-select.component';

describe('BatchSelectComponent', () => {
  const under = usePortalComponent(BatchSelectComponent, {
    providers: [provideNoopAnimations()],
  });

  async function render(batches: 'load' | 'fail') {
    const { fixture, httpMock } = under;
    fixture.componentRef.setInput('placeholder', '全部批次');
    fixture.componentRef.setInput('testId', 'stats-batch');
    fixture.componentRef.setInput('value', 'b2');
    const changes: Array<string | null> = [];
    fixture.componentInstance.changed.subscribe((id) => changes.push(id));
    fixture.detectChanges();
    const request = httpMock.expectOne('/api/batches');
    if (batches === 'load') {
      request.flush([
        { id: 'b1', number: 1, name: '春季榜单' },
        { id: 'b2', number: 2, name: '秋季榜单' },
      ]);
    } else {
      request.flush(null, { status: 500, statusText: 'Server Error' });
    }
    await respond(fixture);
    fixture.detectChanges();
    const select = fixture.debugElement.query(By.directive(NzSelectComponent))
      .componentInstance as NzSelectComponent;
    const labels = () => select.listOfNzOptionComponent.map((o) => o.nzLabel);
    return { select, changes, labels };
  }

  it('offers every batch by number and name, shows the chosen one and says what was chosen', async () => {
    const { select, changes, labels } = await render('load');
    expect(under.byTestId('stats-batch')).not.toBeNull();
    expect(labels()).toEqual(['第 1 批 · 春季榜单', '第 2 批 · 秋季榜单']);
    expect(under.text('stats-batch')).toContain('秋季榜单');
    select.onItemClick('b1');
    select.onClearSelection();
    expect(changes).toEqual(['b1', null]);
  });

  it('offers nothing when the batches fail to load', async () => {
    const { labels } = await render('fail');
    expect(labels()).toEqual([]);
  });
});
