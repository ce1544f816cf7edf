import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiError } from '@scenematch/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { reportUntranslatedMessages, translateApiError } from './i18n/api-messages';
import { preferredLanguage } from './i18n/language';

const STATUS_MESSAGES: Record<number, string> = {
  400: '请求有误',
  401: '请先登录',
  403: '无权访问',
  404: '资源不存在',
  405: '不支持的请求方法',
  409: '与现有数据冲突',
  413: '请求内容过大',
  415: '不支持的内容类型',
  423: '账户已锁定',
  429: '请求过于频繁，请稍后再试',
  500: '服务器内部错误',
  503: '服务暂不可用',
};

/** Hook for the app to answer a 404 differently (the API serves the portal's index.html). */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/** PostgreSQL error classes that mean "not now" rather than "bad request": connection lost or refused, server shutting down or starting, too many connections, statement timed out. */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-4]|53300|57014)$/;
const UNAVAILABLE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|connect ECONNREFUSED|Cannot use a pool after calling end|Connection is not established/i;

/** True when the database (or another backing service) cannot serve the request right now. */
export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; errors?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATES.test(e.code) || UNAVAILABLE_NETWORK.has(e.code))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isServiceUnavailable(inner, depth + 1))) return true;
  return isServiceUnavailable(e.driverError, depth + 1) || isServiceUnavailable(e.cause, depth + 1);
}

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * Turns every error into the API's shape `{ statusCode, message, errors? }`. Bad input never
 * becomes a 500: oversized bodies are 413, malformed JSON 400, unique violations 409.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(private readonly notFoundFallback?: NotFoundFallback) {
    reportUntranslatedMessages((message) => this.logger.warn(`No English for API message: ${message}`));
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    // Messages are written in Chinese; a client preferring English (Accept-Language) gets the catalogue's English.
    const body = translateApiError(this.toBody(exception, request), preferredLanguage(request?.headers?.['accept-language']));
    if (body.statusCode === 404 && this.notFoundFallback?.(request, reply)) return;
    if (body.statusCode === 503) {
      // An outage answers every request this way: one line each, not a stack trace each.
      this.logger.warn(`Service unavailable on ${request?.method} ${request?.url}: ${(exception as Error | undefined)?.message ?? String(exception)}`);
    } else if (body.statusCode >= 500) {
      const error = exception as Error | undefined;
      this.logger.error(`Unhandled error on ${request?.method} ${request?.url}: ${error?.stack ?? String(exception)}`);
    }
    if (body.statusCode === 429 && body.retryAfter && !reply.getHeader('retry-after')) {
      reply.header('Retry-After', String(body.retryAfter));
    }
    if (body.statusCode === 503 && !reply.getHeader('retry-after')) reply.header('Retry-After', '5');
    reply.status(body.statusCode).send(body);
  }

  toBody(exception: unknown, request?: FastifyRequest): ApiError {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null) {
        const r = response as Record<string, unknown>;
        const message = Array.isArray(r['message'])
          ? (r['message'] as string[]).join('；')
          : (r['message'] as string | undefined);
        const body: ApiError = {
          ...(r as object),
          statusCode: status,
          message: this.localise(status, message),
        };
        delete (body as unknown as Record<string, unknown>)['error'];
        if (status === 429 && !body.retryAfter) body.retryAfter = 60;
        return body;
      }
      const body: ApiError = { statusCode: status, message: this.localise(status, String(response)) };
      if (status === 429) body.retryAfter = 60;
      return body;
    }
    if (exception instanceof QueryFailedError) {
      const driver = (exception as unknown as { driverError?: { code?: string; constraint?: string } }).driverError;
      if (driver?.code === '23505') return { statusCode: 409, message: '与现有数据重复' };
      if (driver?.code === '23503') return { statusCode: 409, message: '引用的数据不存在或仍被使用' };
      if (driver?.code === '22P02' || driver?.code === '22007' || driver?.code === '22008') {
        return { statusCode: 400, message: '参数格式不正确' };
      }
      // Input the validators let through but PostgreSQL cannot hold: NUL or broken text,
      // numbers out of the column's range, over-long values. Still bad input, not a fault.
      if (driver?.code && ['22021', '22P05', '22003', '22001', '54000', '54001'].includes(driver.code)) {
        return { statusCode: 400, message: '参数超出允许范围或包含无效字符' };
      }
    }
    const e = exception as FastifyLikeError;
    if (e?.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || e?.statusCode === 413) {
      return { statusCode: 413, message: STATUS_MESSAGES[413] };
    }
    if (e?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e?.statusCode === 415) {
      return { statusCode: 415, message: STATUS_MESSAGES[415] };
    }
    if (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, empty body with a JSON content type, …
      return { statusCode: e.statusCode, message: e.code?.startsWith('FST_ERR_CTP') ? '请求体不是有效的 JSON' : STATUS_MESSAGES[e.statusCode] ?? '请求有误' };
    }
    if (e && ((e as { name?: string }).name === 'ServiceUnavailableError' || isServiceUnavailable(e))) {
      return { statusCode: 503, message: STATUS_MESSAGES[503] };
    }
    void request;
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: STATUS_MESSAGES[500] };
  }

  private localise(status: number, message: string | undefined): string {
    if (message && /[\u4e00-\u9fff]/.test(message)) return message;
    if (status === 404 && message?.startsWith('Cannot ')) return STATUS_MESSAGES[404];
    if (status === 429) return STATUS_MESSAGES[429];
    if (status === 400 && message && /JSON|Unexpected (end|token)/i.test(message)) return '请求体不是有效的 JSON';
    return STATUS_MESSAGES[status] ?? message ?? '请求有误';
  }
}
