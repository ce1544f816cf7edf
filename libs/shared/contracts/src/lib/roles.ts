export const ROLES = ['organiser', 'agency', 'enterprise', 'expert', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  organiser: '服务中心',
  agency: '发榜单位',
  enterprise: 'AI企业',
  expert: '评审专家',
  admin: '系统管理员',
};

export const ORGANISATION_TYPES = ['enterprise', 'agency', 'organiser', 'expert_pool'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Types a visitor may choose when registering; organiser and expert accounts are created by admins. */
export const SELF_REGISTRATION_TYPES = ['enterprise', 'agency'] as const;
export type SelfRegistrationType = (typeof SELF_REGISTRATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  enterprise: 'AI企业',
  agency: '发榜单位（政府部门、医院、学校等）',
  organiser: '人工智能创新服务中心',
  expert_pool: '专家库',
};

/** The role a self-registered user gets for each organisation type. */
export const ROLE_FOR_ORGANISATION_TYPE: Record<SelfRegistrationType, Role> = {
  enterprise: 'enterprise',
  agency: 'agency',
};
