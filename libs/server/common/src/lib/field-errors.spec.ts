import { ValidationError } from 'class-validator';
import { flattenValidationErrors } from './field-errors';

describe('flattenValidationErrors', () => {
  it('says a message once per field when several checks of that field share it, and keeps different ones', () => {
    const error = Object.assign(new ValidationError(), {
      property: 'page',
      constraints: { isInt: 'page 应为正整数', min: 'page 应为正整数', max: 'page 最大为 100000' },
    });
    const child = Object.assign(new ValidationError(), { property: 'uscc', constraints: { matches: '统一社会信用代码格式不正确' } });
    const parent = Object.assign(new ValidationError(), { property: 'organisation', children: [child] });
    expect(flattenValidationErrors([error, parent])).toEqual([
      { field: 'page', message: 'page 应为正整数' },
      { field: 'page', message: 'page 最大为 100000' },
      { field: 'organisation.uscc', message: '统一社会信用代码格式不正确' },
    ]);
  });
});
