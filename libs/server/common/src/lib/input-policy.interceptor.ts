import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ApiFieldError } from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { FieldValidationException } from './field-errors';

/** Deeper JSON than any DTO has: refused before validation, whose recursion it could exhaust. */
export const MAX_JSON_DEPTH = 32;
/** Keys that only ever appear in prototype-pollution attempts. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** NUL (PostgreSQL text cannot hold it) and unpaired UTF-16 surrogates (not valid Unicode). */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is refused
const FORBIDDEN_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Input rules every endpoint shares, checked after the guards (a refused caller still gets
 * 401/403) and before validation:
 * - a JSON body must be an object, at most MAX_JSON_DEPTH deep, without `__proto__`,
 *   `constructor` or `prototype` keys, and without NUL bytes or broken Unicode in its text;
 * - the query string follows the same key and text rules;
 * - endpoints without a @Body() DTO (submit, publish, verify, …) would silently ignore what
 *   they are sent, so `{ "status": "listed" }` would look accepted: such bodies are refused
 *   like unknown fields anywhere else. An empty object or no body passes.
 * Every refusal is a 400 naming the offending fields.
 */
@Injectable()
export class InputPolicyInterceptor implements NestInterceptor {
  private readonly takesBody = new WeakMap<object, boolean>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') this.check(context);
    return next.handle();
  }

  private check(context: ExecutionContext): void {
    const request = context.switchToHttp().getRequest<{ method: string; body?: unknown; query?: unknown; headers: Record<string, string | undefined> }>();
    const queryErrors = inspect(request.query, '', true);
    if (queryErrors.length) throw new FieldValidationException(queryErrors, '查询参数包含不允许的内容');
    if (request.method === 'GET' || request.method === 'HEAD') return;
    const body = request.body;
    if (body === undefined || !String(request.headers['content-type'] ?? '').includes('json')) return;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new FieldValidationException([{ field: 'body', message: '请求体应为 JSON 对象' }], '请求体应为 JSON 对象');
    }
    const errors = inspect(body, '', true);
    if (errors.length) throw new FieldValidationException(errors);
    if (Object.keys(body).length && !this.handlerTakesBody(context)) {
      throw new FieldValidationException(
        Object.keys(body).map((field) => ({ field, message: '不允许的字段' })),
        '该操作不接受请求内容',
      );
    }
  }

  private handlerTakesBody(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    let known = this.takesBody.get(handler);
    if (known === undefined) {
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ?? {}) as Record<string, unknown>;
      // A handler that reads the raw request (multipart uploads) decides for itself.
      known = Object.keys(args).some((key) => [String(RouteParamtypes.BODY), String(RouteParamtypes.REQUEST)].includes(key.split(':')[0]));
      this.takesBody.set(handler, known);
    }
    return known;
  }
}

/** Walks a parsed value without recursion (so depth itself cannot overflow the stack). */
function inspect(root: unknown, rootName: string, checkKeys: boolean): ApiFieldError[] {
  const errors: ApiFieldError[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: rootName, depth: 0 }];
  while (stack.length && errors.length < 20) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      if (FORBIDDEN_TEXT.test(value)) errors.push({ field: path || 'body', message: '包含不允许的控制字符或无效的 Unicode 字符' });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      errors.push({ field: path || 'body', message: `嵌套层级过深（最多 ${MAX_JSON_DEPTH} 层）` });
      continue;
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childPath = Array.isArray(value) ? `${path}.${key}` : path ? `${path}.${key}` : key;
      if (checkKeys && !Array.isArray(value) && FORBIDDEN_KEYS.has(key)) {
        errors.push({ field: childPath, message: '不允许的字段' });
        continue;
      }
      if (FORBIDDEN_TEXT.test(key)) {
        errors.push({ field: path || 'body', message: '字段名包含不允许的字符' });
        continue;
      }
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return errors;
}
