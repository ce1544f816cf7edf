/** English for the messages of libs/server/organisations (see ../api-messages.en.ts for the rules). */
export const ORGANISATIONS_MESSAGES_EN: Readonly<Record<string, string>> = {
  '机构类型应为 enterprise（AI企业）、agency（发榜单位）或 financier（金融机构/投资机构）':
    'The organisation type must be enterprise, agency or financier',
  请填写机构名称: 'Please enter the organisation name',
  '机构名称应为 2–100 个字符': 'The organisation name must be 2–100 characters',
  '请选择机构类别：银行、融资担保、融资租赁或投资机构':
    'Please choose the kind: bank, financing guarantee, financial leasing or investment institution',
  请填写18位统一社会信用代码: 'Please enter the 18-character unified social credit code',
  机构不存在: 'Organisation not found',
  该统一社会信用代码已注册: 'This unified social credit code is already registered',
  该单位已注册: 'This organisation is already registered',
  只有金融机构和投资机构填写机构类别: 'Only financial and investment institutions have a kind',
  '该机构没有有效的统一社会信用代码，无法认证': 'This organisation has no valid unified social credit code and cannot be verified',
  该机构已认证: 'This organisation is already verified',
  '该机构已认证，不能驳回': 'This organisation is already verified and cannot be rejected',
  该机构的认证申请已驳回: 'This organisation’s verification request has already been rejected',
};
