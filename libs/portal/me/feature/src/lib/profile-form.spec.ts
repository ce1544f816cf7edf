import { FormBuilder } from '@angular/forms';
import type { CompanyView } from '@scenematch/contracts';
import {
  applyServerErrors,
  SERVER_ERROR,
} from '@scenematch/portal/shared/ui/forms/server-errors';
import {
  caseGroup,
  certificationGroup,
  createProfileForm,
  fillProfileForm,
  fromCompanyView,
  toProfileRequest,
} from './profile-form';

const fb = new FormBuilder();

const company: CompanyView = {
  id: 'org-1',
  name: '深圳鹏知医疗智能科技有限公司',
  uscc: '91440305MA5HA6FX89',
  verified: true,
  introduction: '鹏知医疗专注医学影像人工智能。',
  domains: [{ code: 'healthcare', name: '智慧医疗' }],
  capabilities: [{ code: 'cv', name: '计算机视觉' }],
  district: '南山区',
  foundedYear: 2018,
  headcountBand: '51-200',
  tiers: ['high_tech', 'specialised'],
  certifications: [
    { kind: 'ISO 13485', number: 'CN-13485-001', validUntil: '2027-06-30' },
    { kind: '国家高新技术企业', number: 'GR2023', validUntil: null },
  ],
  cases: [
    {
      customer: '某三甲医院',
      year: 2024,
      domain: '智慧医疗',
      summary: '放射科辅助阅片',
    },
  ],
  website: 'https://pengzhi.example.cn',
  contact: { name: '陈晨', phone: '0755-86127301', email: 'chen@example.cn' },
  listedProducts: 3,
  updatedAt: null,
};

function formFor(c: CompanyView = company) {
  const form = createProfileForm(fb, 2026);
  fillProfileForm(form, fb, fromCompanyView(c));
  return form;
}

describe('profile form', () => {
  it('builds one group per certificate and case, and sends what it was given', () => {
    const form = formFor();
    expect(form.controls.certifications.length).toBe(2);
    expect(form.controls.cases.length).toBe(1);
    expect(form.valid).toBe(true);
    expect(toProfileRequest(form.getRawValue())).toEqual({
      introduction: company.introduction,
      domains: ['智慧医疗'],
      capabilities: ['计算机视觉'],
      district: '南山区',
      foundedYear: 2018,
      headcountBand: '51-200',
      tiers: ['high_tech', 'specialised'],
      certifications: company.certifications,
      cases: company.cases,
      website: 'https://pengzhi.example.cn',
      contactName: '陈晨',
      contactPhone: '0755-86127301',
      contactEmail: 'chen@example.cn',
    });
  });

  it('refills the arrays to a shorter profile without leftovers', () => {
    const form = formFor();
    fillProfileForm(
      form,
      fb,
      fromCompanyView({ ...company, certifications: [], cases: [] }),
    );
    expect(form.controls.certifications.length).toBe(0);
    expect(toProfileRequest(form.getRawValue()).certifications).toEqual([]);
  });

  it('checks the fields as the API does', () => {
    const form = formFor();
    form.controls.foundedYear.setValue(2027);
    form.controls.website.setValue('pengzhi.example.cn');
    form.controls.contactPhone.setValue('abc');
    form.controls.contactEmail.setValue('chen@');
    expect(form.controls.foundedYear.errors?.['integerBetween']).toEqual({
      min: 1900,
      max: 2026,
    });
    expect(form.controls.website.errors).toEqual({ website: true });
    expect(form.controls.contactPhone.errors).toEqual({ phone: true });
    expect(form.controls.contactEmail.errors).toEqual({ email: true });
    form.controls.website.setValue('');
    form.controls.contactPhone.setValue('');
    expect(
      form.controls.website.valid && form.controls.contactPhone.valid,
    ).toBe(true);
  });

  it('checks every certificate and case row', () => {
    const cert = certificationGroup(fb, { kind: 'X', number: '' });
    expect(cert.controls.kind.errors?.['length']).toBeTruthy();
    expect(cert.controls.number.errors).toEqual({ required: true });
    const item = caseGroup(fb, {
      customer: '医院',
      year: 1989,
      domain: '',
      summary: '短',
    });
    expect(item.controls.year.errors?.['integerBetween']).toBeTruthy();
    expect(item.controls.domain.errors).toEqual({ required: true });
    expect(item.controls.summary.errors?.['length']).toBeTruthy();
    expect(item.controls.customer.valid).toBe(true);
  });

  it('sends an open-ended certificate as null and a picked date as YYYY-MM-DD', () => {
    const form = formFor();
    form.controls.certifications
      .at(1)
      .controls.validUntil.setValue(new Date(2028, 0, 31));
    const body = toProfileRequest(form.getRawValue());
    expect(body.certifications.map((c) => c.validUntil)).toEqual([
      '2027-06-30',
      '2028-01-31',
    ]);
  });
});

describe('server errors on nested profile fields', () => {
  it('puts `certifications.0.kind` and `cases.0.year` on the controls of that row', () => {
    const form = formFor();
    const unmatched = applyServerErrors(form, [
      { field: 'certifications.0.kind', message: '资质类型应为 2–50 个字符' },
      { field: 'certifications.1.validUntil', message: '有效期不是有效日期' },
      { field: 'cases.0.year', message: '年份过早' },
      { field: 'contactEmail', message: '联系邮箱格式不正确' },
    ]);
    expect(unmatched).toEqual([]);
    const certs = form.controls.certifications;
    expect(certs.at(0).controls.kind.errors?.[SERVER_ERROR]).toBe(
      '资质类型应为 2–50 个字符',
    );
    expect(certs.at(0).controls.kind.touched).toBe(true);
    expect(certs.at(1).controls.validUntil.errors?.[SERVER_ERROR]).toBe(
      '有效期不是有效日期',
    );
    expect(certs.at(1).controls.kind.errors).toBeNull();
    expect(form.controls.cases.at(0).controls.year.errors?.[SERVER_ERROR]).toBe(
      '年份过早',
    );
    expect(form.controls.contactEmail.errors?.[SERVER_ERROR]).toBe(
      '联系邮箱格式不正确',
    );
    expect(form.invalid).toBe(true);
  });

  it('returns errors of rows that are not there for a form-level message', () => {
    const form = formFor();
    const unmatched = applyServerErrors(form, [
      { field: 'certifications.5.kind', message: '资质类型应为 2–50 个字符' },
      { field: 'certifications', message: '最多 30 条' },
    ]);
    expect(unmatched.map((e) => e.field)).toEqual(['certifications.5.kind']);
    expect(form.controls.certifications.errors?.[SERVER_ERROR]).toBe(
      '最多 30 条',
    );
  });
});
