/** The demo users DESIGN.md seeds (only when SEED_DEMO is on); all share one password. */
export const DEMO_PASSWORD = 'Demo#2025pass';

export interface DemoAccount {
  email: string;
  label: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'organiser@demo.scenematch.cn', label: '服务中心（管理后台）' },
  { email: 'agency@demo.scenematch.cn', label: '发榜单位（市卫生健康委）' },
  { email: 'enterprise@demo.scenematch.cn', label: 'AI企业' },
  { email: 'expert@demo.scenematch.cn', label: '评审专家' },
  { email: 'bank@demo.scenematch.cn', label: '金融机构（鹏城银行科技支行）' },
  { email: 'admin@demo.scenematch.cn', label: '系统管理员' },
];
