import type {
  FinancierKind,
  OrganisationType,
  PasswordRule,
  UsccProblem,
} from '@scenematch/contracts';

// Catalogue keys of the codes the contracts define: typed as Record, so every code has a key, and
// written out, so that the catalogue test finds each.

export const ORGANISATION_TYPE_KEYS: Record<OrganisationType, string> = {
  enterprise: 'auth.organisationTypes.enterprise',
  agency: 'auth.organisationTypes.agency',
  organiser: 'auth.organisationTypes.organiser',
  expert_pool: 'auth.organisationTypes.expert_pool',
  financier: 'auth.organisationTypes.financier',
};

export const FINANCIER_KIND_KEYS: Record<FinancierKind, string> = {
  bank: 'auth.financierKinds.bank',
  guarantee: 'auth.financierKinds.guarantee',
  leasing: 'auth.financierKinds.leasing',
  investor: 'auth.financierKinds.investor',
};

export const USCC_PROBLEM_KEYS: Record<UsccProblem, string> = {
  length: 'auth.uscc.length',
  charset: 'auth.uscc.charset',
  division: 'auth.uscc.division',
  orgCode: 'auth.uscc.orgCode',
  orgCodeCheck: 'auth.uscc.orgCodeCheck',
  checkCharacter: 'auth.uscc.checkCharacter',
};

export const PASSWORD_RULE_KEYS: Record<PasswordRule, string> = {
  minLength: 'auth.passwordRules.minLength',
  maxLength: 'auth.passwordRules.maxLength',
  classes: 'auth.passwordRules.classes',
  email: 'auth.passwordRules.email',
};
