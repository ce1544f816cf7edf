import { passwordProblems } from './password-policy';

describe('password policy', () => {
  it('accepts a long password with three classes', () => {
    expect(passwordProblems('Demo#2025pass', 'organiser@demo.scenematch.cn')).toEqual([]);
  });
  it('rejects short, two-class and email-containing passwords', () => {
    expect(passwordProblems('Ab1!', 'x@y.cn').length).toBeGreaterThan(0);
    expect(passwordProblems('abcdefgh12', 'x@y.cn')).toContain('密码需包含大写字母、小写字母、数字、符号中的至少三类');
    expect(passwordProblems('Zhangsan#2025', 'zhangsan@corp.cn')).toContain('密码不能包含邮箱用户名');
  });
});
