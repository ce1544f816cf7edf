import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FieldValidationException } from './field-errors';

export const ACCEPTS_MEDIA_TYPES_KEY = 'scenematch:accepts-media-types';

/**
 * The request body types an endpoint takes besides JSON: `multipart/form-data` on upload routes,
 * `application/x-www-form-urlencoded` where a browser form or a mail client posts (RFC 8058).
 */
export const AcceptsMediaTypes = (...types: string[]) => SetMetadata(ACCEPTS_MEDIA_TYPES_KEY, types);

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

function hasBody(headers: Record<string, string | string[] | undefined>): boolean {
  return Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'] !== undefined;
}

/**
 * JSON routes accept only JSON. A form-encoded or text/plain body is what a cross-site HTML form
 * can send without a CORS preflight, and fastify would parse the form into an object that
 * string-only DTOs (sign-in, for one) accept: such bodies are refused before any guard reads them
 * (this guard is registered before the authentication guards).
 */
@Injectable()
export class MediaTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
    if (!hasBody(request.headers)) return true;
    const type = mediaTypeOf(request.headers['content-type'] as string | undefined);
    if (type === 'application/json') return true;
    const accepted = this.reflector.get<string[] | undefined>(ACCEPTS_MEDIA_TYPES_KEY, context.getHandler()) ?? [];
    if (accepted.includes(type)) return true;
    const allowed = ['application/json', ...accepted].join('、');
    throw new FieldValidationException(
      [{ field: 'content-type', message: `不支持的请求内容类型“${type || '未注明'}”，该接口只接受 ${allowed}` }],
      '请求内容应为 JSON（Content-Type: application/json）',
    );
  }
}
