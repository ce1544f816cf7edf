import { Component, signal, type Type } from '@angular/core';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import {
  DATA_TABLE,
  type TableColumn,
  type TableSort,
} from './data-table.component';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';

interface Person {
  id: string;
  name: string;
  age: number;
}

const PEOPLE: Person[] = [
  { id: 'a', name: '张三', age: 40 },
  { id: 'b', name: '李四', age: 25 },
  { id: 'c', name: '王五', age: 33 },
];

@Component({
  imports: [DATA_TABLE],
  template: `
    <sm-data-table
      [columns]="columns"
      [rows]="rows()"
      [total]="total()"
      [pageIndex]="pageIndex()"
      [pageSize]="2"
      [sort]="sort()"
      emptyText="没有人"
      [totalText]="totalText"
      testId="people"
      rowTestId="person"
      [rowAttrs]="rowAttrs"
      [expanded]="isExpanded"
      expandTestId="person-expand"
      (pageIndexChange)="pages.push($event)"
      (sortChange)="sorts.push($event)"
      (expandChange)="open.set($event.expanded ? $event.row.id : null)"
    >
      <ng-template smCell="name" let-row let-i="index">
        <b data-testid="name">{{ i + 1 }}. {{ row.name }}</b>
      </ng-template>
      <ng-template smRowDetail let-row>
        <p data-testid="detail">{{ row.name }}的详情</p>
      </ng-template>
    </sm-data-table>
  `,
})
class HostComponent {
  readonly columns: TableColumn<Person>[] = [
    { key: 'name', title: '姓名' },
    {
      key: 'age',
      title: '年龄',
      width: '80px',
      value: (p) => p.age,
      sortable: true,
      hideOnPhone: true,
      testId: 'age',
    },
  ];
  readonly rows = signal<Person[]>(PEOPLE);
  readonly total = signal<number | null>(null);
  readonly pageIndex = signal(1);
  readonly sort = signal<TableSort | null>(null);
  readonly open = signal<string | null>(null);
  readonly totalText = (n: number) => `共 ${n} 人`;
  readonly rowAttrs = (p: Person) => ({ 'data-id': p.id });
  readonly isExpanded = (p: Person) => this.open() === p.id;
  readonly pages: number[] = [];
  readonly sorts: (TableSort | null)[] = [];
}

/** A card-layout table whose titles and cells are data (a file's own column names). */
@Component({
  imports: [DATA_TABLE],
  template: `
    <sm-data-table [columns]="columns" [rows]="rows" phone="cards" />
  `,
})
class DataHostComponent {
  readonly columns: TableColumn<Person>[] = [
    {
      key: 'name',
      title: '姓名',
      value: (p) => p.name,
      sub: (p) => p.id,
      data: true,
      titleData: true,
    },
    { key: 'age', title: '年龄', value: (p) => p.age },
  ];
  readonly rows = PEOPLE.slice(0, 1);
}

/** A data column whose value may be missing: 未填写 then, which is interface text. */
@Component({
  imports: [DATA_TABLE],
  template: ` <sm-data-table [columns]="columns" [rows]="rows" /> `,
})
class BlankHostComponent {
  readonly columns: TableColumn<Person & { venue?: string }>[] = [
    {
      key: 'venue',
      title: '地点',
      value: (p) => p.venue,
      empty: '未填写',
      data: true,
    },
  ];
  readonly rows = [{ ...PEOPLE[0], venue: '路演厅' }, PEOPLE[1]];
}

/**
 * A table of actions: 编辑 on every row, 删除 (asked first) only for the adults, 查看 a link; the
 * cell's template says 年轻 before the buttons.
 */
@Component({
  imports: [DATA_TABLE],
  template: `
    <sm-data-table [columns]="columns" [rows]="rows">
      <ng-template smCell="actions" let-row>
        @if (row.age < 30) {
          <i data-testid="young">年轻</i>
        }
      </ng-template>
    </sm-data-table>
  `,
})
class ButtonsHostComponent {
  readonly edited: string[] = [];
  readonly columns: TableColumn<Person>[] = [
    {
      key: 'actions',
      title: '操作',
      buttons: [
        {
          label: '编辑',
          testid: 'edit',
          pressed: (p) => this.edited.push(p.id),
        },
        {
          label: '删除',
          testid: 'delete',
          danger: true,
          question: '确定删除？',
          shown: (p) => p.age >= 30,
          pressed: () => undefined,
        },
        {
          label: '查看',
          testid: 'view',
          type: 'link',
          link: (p) => ['/people', p.id],
        },
      ],
    },
  ];
  readonly rows = PEOPLE.slice(0, 2);
}

describe('DataTableComponent', () => {
  async function renderHost<H>(host: Type<H>) {
    const { fixture } = startPortalComponent(host, {
      providers: [provideNoopAnimations()],
    });
    // NG-ZORRO's table recomputes its rows and pager after a short debounce.
    const settle = async () => {
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve, 40));
      await fixture.whenStable();
    };
    await settle();
    return { fixture, settle, el: fixture.nativeElement as HTMLElement };
  }

  async function render() {
    const { fixture, settle, el } = await renderHost(HostComponent);
    const texts = (selector: string) =>
      Array.from(el.querySelectorAll(selector)).map((e) =>
        e.textContent?.trim(),
      );
    return { fixture, settle, host: fixture.componentInstance, el, texts };
  }

  it('renders the titles, template cells, value cells and row attributes', async () => {
    const { el, texts } = await render();
    expect(texts('thead th')).toEqual(['', '姓名', '年龄']);
    // Paged in the browser: two of three rows on page 1.
    expect(texts('[data-testid="name"]')).toEqual(['1. 张三', '2. 李四']);
    expect(texts('[data-testid="age"]')).toEqual(['40', '25']);
    const rows = el.querySelectorAll('tr[data-testid="person"]');
    expect(Array.from(rows).map((r) => r.getAttribute('data-id'))).toEqual([
      'a',
      'b',
    ]);
    expect(el.querySelector('[data-testid="people"]')).not.toBeNull();
    expect(el.textContent).toContain('共 3 人');
    // A phone user does without the age column.
    expect(el.querySelector('th.hide-phone')?.textContent?.trim()).toBe('年龄');
    expect(el.querySelector('td[data-testid="age"]')?.className).toContain(
      'hide-phone',
    );
  });

  it('sorts by a column value in the browser', async () => {
    const { settle, host, texts } = await render();
    host.sort.set({ key: 'age', order: 'ascend' });
    await settle();
    expect(texts('[data-testid="age"]')).toEqual(['25', '33']);
    host.sort.set({ key: 'age', order: 'descend' });
    await settle();
    expect(texts('[data-testid="age"]')).toEqual(['40', '33']);
  });

  it('pages on the server: shows the rows given, asks for other pages and sorts', async () => {
    const { settle, host, el, texts } = await render();
    host.total.set(7);
    host.rows.set(PEOPLE.slice(0, 2));
    await settle();
    expect(el.textContent).toContain('共 7 人');
    const pageTwo = el.querySelector<HTMLElement>(
      'li.ant-pagination-item[title="2"]',
    );
    pageTwo?.click();
    await settle();
    expect(host.pages).toEqual([2]);

    el.querySelector<HTMLElement>('th.ant-table-column-has-sorters')?.click();
    await settle();
    expect(host.sorts).toEqual([{ key: 'age', order: 'ascend' }]);
    // The server sorts: the rows stay as given.
    expect(texts('[data-testid="age"]')).toEqual(['40', '25']);
  });

  it('shows a row detail when the row is expanded', async () => {
    const { settle, host, el } = await render();
    expect(el.querySelector('[data-testid="detail"]')).toBeNull();
    const expand = el.querySelector<HTMLElement>(
      'tr[data-id="b"] [data-testid="person-expand"] button',
    );
    expand?.click();
    await settle();
    expect(host.open()).toBe('b');
    expect(el.querySelector('[data-testid="detail"]')?.textContent).toBe(
      '李四的详情',
    );
  });

  it('shows the empty text when there are no rows', async () => {
    const { settle, host, el } = await render();
    host.rows.set([]);
    await settle();
    expect(el.querySelector('nz-empty')?.textContent).toContain('没有人');
  });

  it('marks data titles and cells for the English page check, and labels card cells', async () => {
    const { el } = await renderHost(DataHostComponent);
    const heads = Array.from(el.querySelectorAll('thead th'));
    expect(heads.map((th) => th.hasAttribute('data-i18n-skip'))).toEqual([
      true,
      false,
    ]);
    const cells = Array.from(el.querySelectorAll('tbody td'));
    expect(cells.map((td) => td.hasAttribute('data-i18n-skip'))).toEqual([
      true,
      false,
    ]);
    expect(cells.map((td) => td.getAttribute('data-label'))).toEqual([
      '姓名',
      '年龄',
    ]);
    expect(cells[0].textContent?.trim()).toContain('张三');
    expect(cells[0].querySelector('div.muted')?.textContent).toBe('a');
  });

  it('shows the empty text of a column where the value is missing, not marked as data', async () => {
    const { el } = await renderHost(BlankHostComponent);
    const cells = Array.from(el.querySelectorAll('tbody td'));
    expect(cells.map((td) => td.textContent?.trim())).toEqual([
      '路演厅',
      '未填写',
    ]);
    expect(cells.map((td) => td.hasAttribute('data-i18n-skip'))).toEqual([
      true,
      false,
    ]);
  });

  it("shows each row's action buttons and acts on the row pressed", async () => {
    const { fixture, el } = await renderHost(ButtonsHostComponent);
    const rows = Array.from(el.querySelectorAll('tbody tr'));
    expect(
      rows.map((r) =>
        Array.from(r.querySelectorAll('button, a')).map((b) =>
          b.getAttribute('data-testid'),
        ),
      ),
    ).toEqual([
      ['edit', 'delete', 'view'],
      ['edit', 'view'],
    ]);
    expect(
      rows[1].querySelector('[data-testid="view"]')?.getAttribute('href'),
    ).toBe('/people/b');
    expect(rows[0].textContent).toContain('删除');
    expect(rows.map((r) => !!r.querySelector('[data-testid="young"]'))).toEqual(
      [false, true],
    );
    rows[1].querySelector<HTMLElement>('[data-testid="edit"]')?.click();
    expect(fixture.componentInstance.edited).toEqual(['b']);
  });
});
