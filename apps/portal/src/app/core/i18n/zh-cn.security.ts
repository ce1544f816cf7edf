/** zh-CN texts of sign-in security: second factor, idle sign-out, password change (账号安全). */
export const SECURITY_TEXTS = {
  login: {
    codeTitle: '双因素认证',
    codeLead:
      '请打开手机上的身份验证器应用（如 Microsoft Authenticator、Google 身份验证器），输入显示的 6 位动态验证码。',
    code: '动态验证码',
    codeInvalid: '请输入 6 位数字验证码',
    recoveryLead:
      '无法使用手机时，可输入设置双因素认证时保存的恢复码（每个恢复码只能使用一次）。',
    recoveryCode: '恢复码',
    recoveryInvalid: '恢复码为 10 位字母和数字，例如 7KQ2M-XH9RP',
    useRecoveryCode: '使用恢复码',
    useCode: '使用动态验证码',
    verify: '验证并登录',
    backToPassword: '返回重新输入密码',
    wrongCode: '验证码不正确或已使用，请输入新的验证码',
    wrongRecoveryCode: '恢复码不正确或已使用',
    challengeExpired: '验证已超时，请重新输入密码登录',
    idleSignedOut: (minutes: number) =>
      `您已超过 ${minutes} 分钟未操作，为保护账号安全已自动退出，请重新登录。`,
    passwordChanged:
      '密码已修改，所有设备上的登录均已退出，请使用新密码重新登录。',
  },

  page: {
    title: '账号安全',
    lead: '修改登录密码、管理双因素认证。',
    passwordTitle: '修改密码',
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    passwordHint:
      '至少 8 位，包含大写字母、小写字母、数字、符号中的至少三类，不能包含邮箱用户名，且不能与最近 5 次使用过的密码相同。修改后所有设备上的登录都会退出。',
    changePassword: '修改密码',
    confirmMismatch: '两次输入的新密码不一致',
    required: (label: string) => `请填写${label}`,
    mfaTitle: '双因素认证',
    mfaLead: '登录时除密码外，还需输入手机身份验证器应用生成的动态验证码。',
    mfaOn: '已启用',
    mfaOff: '未启用',
    mfaRequired: '您的账号必须使用双因素认证，不能关闭。',
    enabledAt: (when: string) => `启用时间：${when}`,
    recoveryLeft: (n: number) => `剩余可用恢复码：${n} 个`,
    enableMfa: '启用双因素认证',
    disableMfa: '关闭双因素认证',
    disableTitle: '关闭双因素认证',
    disableLead: '关闭前请输入登录密码和当前的动态验证码。',
    password: '登录密码',
    code: '动态验证码',
    disabled: '双因素认证已关闭',
    loadFailed: '账号安全信息加载失败',
  },
} as const;
