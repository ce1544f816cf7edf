import { BadRequestException, ConflictException, ValidationError } from '@nestjs/common';
import { ApiFieldError } from '@scenematch/contracts';

/** 400 carrying field-level errors in the API's error shape. Services throw it for rule violations. */
export class FieldValidationException extends BadRequestException {
  constructor(readonly errors: ApiFieldError[], message = '提交的数据有误') {
    super({ statusCode: 400, message, errors });
  }

  static single(field: string, message: string): FieldValidationException {
    return new FieldValidationException([{ field, message }], message);
  }
}

/** 409 naming the one field that clashes with existing data, in the API's error shape. */
export class FieldConflictException extends ConflictException {
  constructor(field: string, message: string) {
    super({ statusCode: 409, message, errors: [{ field, message }] });
  }
}

/** True for PostgreSQL's unique violation (23505) — of `constraint`, when one is named. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } } | undefined)?.driverError;
  return driver?.code === '23505' && (!constraint || driver.constraint === constraint);
}

const GENERIC_MESSAGES: Record<string, string> = {
  whitelistValidation: '不允许的字段',
  isDefined: '必填',
  isNotEmpty: '不能为空',
  isString: '应为文本',
  isInt: '应为整数',
  isNumber: '应为数字',
  isBoolean: '应为 true 或 false',
  isEmail: '邮箱格式不正确',
  isIn: '取值不在允许范围内',
  isEnum: '取值不在允许范围内',
  isUUID: '应为有效的编号（UUID）',
  isDateString: '应为 ISO 日期，例如 2026-12-31',
  isISO8601: '应为 ISO 日期，例如 2026-12-31',
  isArray: '应为数组',
  arrayMaxSize: '条目过多',
  arrayMinSize: '条目过少',
  maxLength: '过长',
  minLength: '过短',
  min: '数值过小',
  max: '数值过大',
  isObject: '应为对象',
  nestedValidation: '格式不正确',
};

function messageFor(constraint: string, raw: string): string {
  // Decorators given a Chinese message keep it; English defaults get a Chinese equivalent.
  if (/[\u4e00-\u9fff]/.test(raw)) return raw;
  return GENERIC_MESSAGES[constraint] ?? raw;
}

/**
 * Flattens class-validator's tree into `{ field: 'organisation.uscc', message }` entries. Several
 * checks of one field often share one message (`应为正整数` for IsInt and Min): it is said once.
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ApiFieldError[] {
  const result: ApiFieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = new Set(Object.entries(error.constraints ?? {}).map(([constraint, raw]) => messageFor(constraint, raw)));
    for (const message of messages) result.push({ field, message });
    if (error.children?.length) result.push(...flattenValidationErrors(error.children, field));
  }
  return result;
}
