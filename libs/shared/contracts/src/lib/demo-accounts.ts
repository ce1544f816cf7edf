import { Role } from './roles';

/**
 * The demo users the seeds create when SEED_DEMO is on (never in production unless asked), all
 * with one password. The portal's sign-in page offers them and `npm start` lists them.
 */
export const DEMO_PASSWORD = 'Demo#2025pass';

export interface DemoAccount {
  email: string;
  role: Role;
  label: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'organiser@demo.scenematch.cn', role: 'organiser', label: '服务中心（管理后台）' },
  { email: 'agency@demo.scenematch.cn', role: 'agency', label: '发榜单位（市卫生健康委）' },
  { email: 'enterprise@demo.scenematch.cn', role: 'enterprise', label: 'AI企业' },
  { email: 'expert@demo.scenematch.cn', role: 'expert', label: '评审专家' },
  { email: 'bank@demo.scenematch.cn', role: 'financier', label: '金融机构（鹏城银行科技支行）' },
  { email: 'admin@demo.scenematch.cn', role: 'admin', label: '系统管理员' },
];

/** The demo account of a role (the seeds give each role one). */
export function demoAccountOf(role: Role): DemoAccount {
  return DEMO_ACCOUNTS.find((a) => a.role === role) as DemoAccount;
}
