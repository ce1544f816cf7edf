import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { fieldMessage } from './field-message';
import { FormFieldComponent } from './form-field.component';
import { applyServerErrors, revealErrors } from './server-errors';

@Component({
  imports: [
    ReactiveFormsModule,
    NzFormModule,
    NzInputModule,
    FormFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form nz-form nzLayout="vertical" [formGroup]="form">
      <sm-form-field
        label="标题"
        for="t-title"
        required
        hint="最多 10 字"
        [messages]="{ required: '请填写标题', maxlength: '标题最多 10 字' }"
        errorTestid="error-title"
      >
        <input
          nz-input
          id="t-title"
          formControlName="title"
          data-testid="title"
        />
      </sm-form-field>
      <sm-form-field label="备注" fallback="备注有误" [error]="outside()">
        <input nz-input formControlName="note" data-testid="note" />
      </sm-form-field>
    </form>
  `,
})
class HostComponent {
  readonly outside = signal<string | null>(null);
  readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(10)],
    }),
    note: new FormControl('', { nonNullable: true }),
  });
}

describe('FormFieldComponent (表单项)', () => {
  let fixture: ComponentFixture<HostComponent>;
  let element: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostComponent);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const fields = () =>
    Array.from(element.querySelectorAll<HTMLElement>('sm-form-field'));
  const explain = (field: HTMLElement) =>
    field.querySelector('.ant-form-item-explain-error')?.textContent?.trim() ??
    null;

  async function type(testId: string, value: string): Promise<void> {
    const input = element.querySelector<HTMLInputElement>(
      `[data-testid="${testId}"]`,
    ) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  it('labels the control, marks it required and shows the hint', () => {
    const [title, note] = fields();
    const label = title.querySelector('label') as HTMLLabelElement;
    expect(label.textContent?.trim()).toBe('标题');
    expect(label.getAttribute('for')).toBe('t-title');
    expect(label.classList).toContain('ant-form-item-required');
    expect(note.querySelector('label')?.classList).not.toContain(
      'ant-form-item-required',
    );
    expect(title.textContent).toContain('最多 10 字');
  });

  it('says nothing before the user has touched the field', () => {
    expect(explain(fields()[0])).toBeNull();
  });

  it('shows the message of the failing validator, with a red field', async () => {
    await type('title', 'x');
    await type('title', '');
    const [title] = fields();
    expect(explain(title)).toBe('请填写标题');
    expect(title.querySelector('.ant-form-item-has-error')).not.toBeNull();
    expect(element.querySelector('[data-testid="title"]')?.classList).toContain(
      'ant-input-status-error',
    );

    await type('title', 'x'.repeat(11));
    expect(explain(title)).toBe('标题最多 10 字');
    expect(
      title.querySelector('[data-testid="error-title"]')?.textContent?.trim(),
    ).toBe('标题最多 10 字');

    await type('title', 'ok');
    expect(explain(title)).toBeNull();
    expect(
      element.querySelector('[data-testid="title"]')?.classList,
    ).not.toContain('ant-input-status-error');
  });

  it('shows every message at once when the form is revealed on submit', async () => {
    revealErrors(fixture.componentInstance.form);
    await fixture.whenStable();
    expect(explain(fields()[0])).toBe('请填写标题');
  });

  it("shows the server's field message until the user edits the field", async () => {
    await type('title', 'Duplicate');
    applyServerErrors(fixture.componentInstance.form, [
      { field: 'title', message: '标题已存在' },
      { field: 'note', message: '' },
    ]);
    await fixture.whenStable();
    const [title, note] = fields();
    expect(explain(title)).toBe('标题已存在');
    // A server error without a text of its own falls back to the field's general message.
    expect(explain(note)).toBe('备注有误');

    await type('title', 'Other');
    expect(explain(title)).toBeNull();
  });
});

describe('FormFieldComponent with a message from outside', () => {
  it('shows it in red while it is set, whatever the control says', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const note = () =>
      fixture.nativeElement.querySelectorAll('sm-form-field')[1] as HTMLElement;
    fixture.componentInstance.outside.set('第 2 项：金额下限不能高于上限');
    await fixture.whenStable();
    expect(
      note().querySelector('.ant-form-item-explain-error')?.textContent?.trim(),
    ).toBe('第 2 项：金额下限不能高于上限');
    expect(note().querySelector('.ant-form-item-has-error')).not.toBeNull();

    fixture.componentInstance.outside.set(null);
    await fixture.whenStable();
    expect(note().querySelector('.ant-form-item-explain-error')).toBeNull();
  });
});

describe('fieldMessage', () => {
  it('prefers the server, then the messages in their order, then texts the error carries', () => {
    const messages = {
      required: '必填',
      maxlength: (e: { requiredLength: number }) =>
        `最多 ${e.requiredLength} 字`,
    };
    expect(fieldMessage({ server: '服务端', required: true }, messages)).toBe(
      '服务端',
    );
    expect(
      fieldMessage(
        { maxlength: { requiredLength: 5 }, required: true },
        messages,
      ),
    ).toBe('必填');
    expect(fieldMessage({ maxlength: { requiredLength: 5 } }, messages)).toBe(
      '最多 5 字',
    );
    expect(fieldMessage({ mismatch: '两次输入不一致' })).toBe('两次输入不一致');
    expect(fieldMessage({ policy: ['至少 8 位', '含数字'] })).toBe(
      '至少 8 位；含数字',
    );
    expect(fieldMessage({ pattern: {} }, {}, '格式不对')).toBe('格式不对');
    expect(fieldMessage(null, messages, '格式不对')).toBe('');
  });
});
