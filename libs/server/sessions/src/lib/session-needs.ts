import type { SessionNeed } from '@scenematch/contracts';
import { FieldValidationException } from '@scenematch/server-common';
import { randomUUID } from 'node:crypto';
import type { SessionNeedDto } from './session.dto';

/**
 * The needs a financier brings to a session (loan products, investment focuses), checked across
 * fields and normalised: a loan has no stages or sectors, an investment focus no term. Only
 * financiers bring needs, and they bring at least one when they register.
 */
export function checkNeeds(organisationType: string, needs: SessionNeedDto[] | undefined, options: { required?: boolean } = {}): SessionNeed[] {
  const list = needs ?? [];
  if (organisationType !== 'financier') {
    if (list.length) throw FieldValidationException.single('needs', '只有金融机构和投资机构参会时填写需求（贷款产品、投资方向）');
    return [];
  }
  if (options.required && !list.length) throw FieldValidationException.single('needs', '请至少填写一项贷款产品或投资方向');
  return list.map((need, i) => {
    const amountMin = need.amountMin ?? null;
    const amountMax = need.amountMax ?? null;
    if (amountMin !== null && amountMax !== null && amountMax < amountMin) {
      throw FieldValidationException.single(`needs.${i}.amountMax`, '最高金额不能低于最低金额');
    }
    const loan = need.type === 'loan';
    return {
      id: randomUUID(),
      type: need.type,
      name: need.name,
      amountMin,
      amountMax,
      termMonths: loan ? (need.termMonths ?? null) : null,
      audience: loan ? (need.audience ?? '') : '',
      stages: loan ? [] : [...new Set(need.stages ?? [])],
      sectors: loan ? [] : [...new Set((need.sectors ?? []).map((x) => x.trim()).filter(Boolean))],
      description: need.description ?? '',
    };
  });
}
