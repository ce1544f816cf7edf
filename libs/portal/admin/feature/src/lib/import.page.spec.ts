import { SCENARIO_LIST_COLUMNS } from '@scenematch/contracts';
import { importTemplateCsv } from './import.page';

describe('the import template', () => {
  it('is a UTF-8 CSV with a BOM and exactly the list columns', () => {
    const csv = importTemplateCsv();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).trim().split(',')).toEqual([...SCENARIO_LIST_COLUMNS]);
  });
});
