import { APPLICATIONS_MESSAGES_EN } from './en/applications';
import { AUDIT_MESSAGES_EN } from './en/audit';
import { AUTH_ACCOUNTS_MESSAGES_EN } from './en/auth-accounts';
import { CONFIG_MESSAGES_EN } from './en/config';
import { JOB_CONSOLE_MESSAGES_EN } from './en/job-console';
import { MATCHING_MESSAGES_EN } from './en/matching';
import { NOTIFICATIONS_MESSAGES_EN } from './en/notifications';
import { OPEN_DATA_MESSAGES_EN } from './en/open-data';
import { ORGANISATIONS_MESSAGES_EN } from './en/organisations';
import { PRODUCTS_MESSAGES_EN } from './en/products';
import { SCENARIOS_MESSAGES_EN } from './en/scenarios';
import { SESSIONS_MESSAGES_EN } from './en/sessions';
import { STATS_MESSAGES_EN } from './en/stats';
import { TAXONOMY_MESSAGES_EN } from './en/taxonomy';

/**
 * English for the API's messages, keyed by the Chinese message the code throws (the Chinese text
 * stays the source; code keeps throwing it). `{name}` marks a variable part: the key matches any
 * text there, and the captured text is itself looked up (so `{what}不存在或无权查看` with 场景
 * becomes "Scenario not found or not visible to you" when 场景 has an entry). `{name}` and `{title}`
 * are data (an organisation's name, a session's title): looked up too, but kept as entered when they
 * have no entry (`{name} 已报名本场对接会` → "某某科技 is already registered for this session").
 *
 * api-messages.spec.ts scans the source folders listed in TRANSLATED_API_SOURCES and fails for
 * any Chinese message there without an entry: add the English here (common and auth) or in
 * ./en/<library>.ts when adding a message.
 */
const COMMON_AND_AUTH_MESSAGES_EN: Readonly<Record<string, string>> = {
  // HTTP status defaults (ApiExceptionFilter)
  请求有误: 'Bad request',
  请先登录: 'Please sign in first',
  无权访问: 'Access denied',
  资源不存在: 'Not found',
  不支持的请求方法: 'Method not allowed',
  与现有数据冲突: 'Conflicts with existing data',
  请求内容过大: 'Request body too large',
  不支持的内容类型: 'Unsupported media type',
  账户已锁定: 'Account locked',
  '请求过于频繁，请稍后再试': 'Too many requests, please try again later',
  服务器内部错误: 'Internal server error',
  服务暂不可用: 'Service temporarily unavailable',
  '不支持的语言：{language}': 'Unsupported language: {language}',
  请求地址过长: 'Request URL too long',
  与现有数据重复: 'Duplicates existing data',
  引用的数据不存在或仍被使用: 'Referenced data does not exist or is still in use',
  参数格式不正确: 'Malformed parameter',
  参数超出允许范围或包含无效字符: 'Parameter out of range or containing invalid characters',
  '请求体不是有效的 JSON': 'The request body is not valid JSON',
  '请求体应为 JSON 对象': 'The request body must be a JSON object',
  '请求内容应为 JSON（Content-Type: application/json）': 'The request body must be JSON (Content-Type: application/json)',
  该操作不接受请求内容: 'This operation takes no request body',
  '不支持的请求内容类型“{type}”，该接口只接受 {allowed}': 'Unsupported content type "{type}"; this endpoint accepts only {allowed}',
  未注明: 'none',
  '、': ', ',
  '包含不允许的控制字符或无效的 Unicode 字符': 'Contains disallowed control characters or invalid Unicode characters',
  字段名包含不允许的字符: 'A field name contains disallowed characters',
  查询参数包含不允许的内容: 'The query string contains disallowed content',
  '嵌套层级过深（最多 {n} 层）': 'Nested too deeply (at most {n} levels)',
  当前角色无权执行此操作: 'Your role may not perform this operation',
  '{what}不存在或无权查看': '{what} not found or not visible to you',
  '无权修改{what}': 'You may not modify {what}',
  资源: 'Resource',
  该资源: 'this resource',

  // Field validation (class-validator defaults and the shared paging query)
  提交的数据有误: 'The submitted data is invalid',
  不允许的字段: 'Field not allowed',
  必填: 'Required',
  不能为空: 'Must not be empty',
  应为文本: 'Must be text',
  应为整数: 'Must be an integer',
  应为数字: 'Must be a number',
  '应为 true 或 false': 'Must be true or false',
  邮箱格式不正确: 'Invalid email address',
  取值不在允许范围内: 'Value not allowed',
  '应为有效的编号（UUID）': 'Must be a valid id (UUID)',
  '应为 ISO 日期，例如 2026-12-31': 'Must be an ISO date, e.g. 2026-12-31',
  应为数组: 'Must be an array',
  条目过多: 'Too many items',
  条目过少: 'Too few items',
  过长: 'Too long',
  过短: 'Too short',
  数值过小: 'Value too small',
  数值过大: 'Value too large',
  应为对象: 'Must be an object',
  格式不正确: 'Invalid format',
  'page 应为正整数': 'page must be a positive integer',
  'pageSize 应为整数': 'pageSize must be an integer',
  'pageSize 至少为 1': 'pageSize must be at least 1',
  'pageSize 最大为 {n}': 'pageSize may be at most {n}',
  // Shared by the messages of several libraries
  '原因应为 2–500 个字符': 'The reason must be 2–500 characters',
  状态取值无效: 'Invalid status',
  不存在或无权查看: 'Not found or not visible to you',
  '日期应为 YYYY-MM-DD': 'The date must be YYYY-MM-DD',
  '名称应为 2–100 个字符': 'The name must be 2–100 characters',

  // Sign-in, registration, sessions, passwords, MFA (libs/server/auth)
  'openid 应为 16–64 位字母、数字、下划线或短横线': 'openid must be 16–64 letters, digits, underscores or hyphens',
  刷新令牌格式不正确: 'Malformed refresh token',
  '姓名应为 1–50 个字符': 'Name must be 1–50 characters',
  当前密码不正确: 'The current password is incorrect',
  恢复码格式不正确: 'Malformed recovery code',
  手机号格式不正确: 'Invalid mobile number',
  用户不存在: 'User not found',
  '登录已过期，请重新登录': 'Your session has expired, please sign in again',
  缺少刷新令牌: 'Refresh token missing',
  '缺少验证凭据，请重新登录': 'Verification token missing, please sign in again',
  该账号已注销: 'This account has been deleted',
  '该账号已被停用，请联系平台管理员': 'This account has been disabled; please contact the platform administrator',
  该邮箱已注册: 'This email address is already registered',
  请先登录或重新登录: 'Please sign in (again)',
  '请填写 openid': 'Please enter the openid',
  请填写姓名: 'Please enter your name',
  请填写密码: 'Please enter a password',
  请填写当前密码: 'Please enter your current password',
  请填写新密码: 'Please enter a new password',
  请填写机构信息: 'Please fill in the organisation',
  请填写邮箱: 'Please enter your email address',
  请填写验证码: 'Please enter the verification code',
  请输入恢复码: 'Please enter a recovery code',
  请选择同意或撤回: 'Please choose to consent or withdraw',
  请重新登录并设置双因素认证: 'Please sign in again and set up two-factor authentication',
  '请阅读并同意《隐私政策》': 'Please read and accept the privacy policy',
  邮箱或密码错误: 'Incorrect email or password',
  邮箱过长: 'Email address too long',
  验证凭据格式不正确: 'Malformed verification token',
  '验证码为 6 位数字': 'The verification code has 6 digits',
  '密码不能超过 {n} 位': 'The password may have at most {n} characters',
  '新密码不能与最近 {n} 次使用过的密码相同': 'The new password must differ from your last {n} passwords',
  '请输入 {n} 位数字验证码': 'Please enter the {n}-digit code',
  '密码至少 {n} 位': 'The password must have at least {n} characters',
  '密码需包含大写字母、小写字母、数字、符号中的至少三类': 'The password must contain at least three of: upper-case letters, lower-case letters, digits, symbols',
  密码不能包含邮箱用户名: 'The password must not contain the name part of your email address',
  '验证已超时，请重新登录': 'Verification timed out, please sign in again',
  '验证失败次数过多，账户已锁定，请于 {until} 后再试': 'Too many failed attempts; the account is locked until {until}',
};

/** Every library's catalogue, by library: a key in two of them must have one English. */
export const API_MESSAGE_CATALOGUES_EN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  common: COMMON_AND_AUTH_MESSAGES_EN,
  applications: APPLICATIONS_MESSAGES_EN,
  audit: AUDIT_MESSAGES_EN,
  authAccounts: AUTH_ACCOUNTS_MESSAGES_EN,
  config: CONFIG_MESSAGES_EN,
  jobConsole: JOB_CONSOLE_MESSAGES_EN,
  matching: MATCHING_MESSAGES_EN,
  notifications: NOTIFICATIONS_MESSAGES_EN,
  openData: OPEN_DATA_MESSAGES_EN,
  organisations: ORGANISATIONS_MESSAGES_EN,
  products: PRODUCTS_MESSAGES_EN,
  scenarios: SCENARIOS_MESSAGES_EN,
  sessions: SESSIONS_MESSAGES_EN,
  stats: STATS_MESSAGES_EN,
  taxonomy: TAXONOMY_MESSAGES_EN,
};

/** Every library's catalogue in one map. */
export const API_MESSAGES_EN: Readonly<Record<string, string>> = Object.assign({}, ...Object.values(API_MESSAGE_CATALOGUES_EN));
