import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { preferredLanguage } from './language';

/**
 * The language the caller's Accept-Language prefers (zh-CN by default), for handlers that return
 * generated texts (translateGenerated). A parameter decorator of its own, so that the OpenAPI
 * document does not list the header as a required parameter of those operations.
 */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext) =>
  preferredLanguage(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);
