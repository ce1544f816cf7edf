export const ROLES = ['organiser', 'agency', 'enterprise', 'expert', 'admin', 'financier'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  organiser: '服务中心',
  agency: '发榜单位',
  enterprise: 'AI企业',
  expert: '评审专家',
  admin: '系统管理员',
  financier: '金融/投资机构',
};

export const ORGANISATION_TYPES = ['enterprise', 'agency', 'organiser', 'expert_pool', 'financier'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Types a visitor may choose when registering; organiser and expert accounts are created by admins. */
export const SELF_REGISTRATION_TYPES = ['enterprise', 'agency', 'financier'] as const;
export type SelfRegistrationType = (typeof SELF_REGISTRATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  enterprise: 'AI企业',
  agency: '发榜单位（政府部门、医院、学校等）',
  organiser: '人工智能创新服务中心',
  expert_pool: '专家库',
  financier: '金融机构 / 投资机构（银行、担保、租赁、创投）',
};

/** The role a self-registered user gets for each organisation type. */
export const ROLE_FOR_ORGANISATION_TYPE: Record<SelfRegistrationType, Role> = {
  enterprise: 'enterprise',
  agency: 'agency',
  financier: 'financier',
};

/**
 * What a financier organisation is (金融机构: banks, guarantee and leasing companies; 投资机构:
 * venture and equity investors). Financiers sit on the demand side of 银企对接 / 投融资对接 sessions
 * and bring needs (loan products, investment focuses) instead of scenarios.
 */
export const FINANCIER_KINDS = ['bank', 'guarantee', 'leasing', 'investor'] as const;
export type FinancierKind = (typeof FINANCIER_KINDS)[number];

export const FINANCIER_KIND_LABELS: Record<FinancierKind, string> = {
  bank: '银行',
  guarantee: '融资担保',
  leasing: '融资租赁',
  investor: '投资机构（创投、股权基金）',
};
