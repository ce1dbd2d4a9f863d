import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { errorCodes } from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FieldError, defaultCodeFor } from './error-codes';

export interface ErrorBody {
  statusCode: number;
  error: string;
  /** Stable snake_case cause (error-codes.ts); programs switch on this, never on `message`. */
  code: string;
  message: string | string[];
  /** Validation errors: which field failed and why. */
  fields?: FieldError[];
  /** A refused state transition: the state the object is in. */
  state?: string;
}

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Unsupported content type: send application/json.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The JSON body is empty.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
};

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
};

/**
 * Nest turns Fastify's body-parser errors into `new HttpException(message, status)` before
 * filters see them, dropping the error code; they are recognised by Fastify's own message
 * text (the part before any placeholder).
 */
const FASTIFY_MESSAGE_PREFIXES: [string, string][] = Object.keys(FASTIFY_MESSAGES).map((code) => {
  const FastifyError = errorCodes[code as keyof typeof errorCodes] as unknown as new () => Error;
  return [new FastifyError().message.split('%s')[0], code];
});

function fastifyCodeOf(message: string): string | undefined {
  return FASTIFY_MESSAGE_PREFIXES.find(([prefix]) => message.startsWith(prefix))?.[1];
}

/**
 * Every error leaves as { statusCode, error, code, message } (plus `fields` for validation
 * errors); unexpected ones say nothing internal.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(
        { err: exception, reqId: request?.id, url: request?.url },
        'Unhandled error while serving a request',
      );
    }
    if (body.statusCode === 429 && exception instanceof HttpException) {
      const retry = (exception.getResponse() as { retryAfter?: number })?.retryAfter;
      if (retry) void reply.header('Retry-After', String(retry));
    }
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      if (typeof res === 'string') {
        const fastifyCode = fastifyCodeOf(res);
        return {
          statusCode: status,
          error: STATUS_CODES[status] ?? 'Error',
          code: (fastifyCode && FASTIFY_CODES[fastifyCode]) ?? defaultCodeFor(status),
          message: (fastifyCode && FASTIFY_MESSAGES[fastifyCode]) ?? res,
        };
      }
      const { message, code, fields, state } = res as Partial<ErrorBody>;
      return {
        statusCode: status,
        error: STATUS_CODES[status] ?? 'Error',
        code: typeof code === 'string' ? code : defaultCodeFor(status),
        message: message ?? exception.message,
        ...(fields ? { fields } : {}),
        ...(state ? { state } : {}),
      };
    }
    const fe = exception as FastifyLikeError;
    if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      const invalidJson = fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe instanceof SyntaxError;
      const message =
        (fe.code && FASTIFY_MESSAGES[fe.code]) ||
        (invalidJson ? 'The request body is not valid JSON.' : (fe.message ?? 'Bad request'));
      const code =
        (fe.code && FASTIFY_CODES[fe.code]) ||
        (invalidJson ? 'invalid_json' : defaultCodeFor(fe.statusCode));
      return {
        statusCode: fe.statusCode,
        error: STATUS_CODES[fe.statusCode] ?? 'Error',
        code,
        message,
      };
    }
    const status = HttpStatus.INTERNAL_SERVER_ERROR;
    return {
      statusCode: status,
      error: STATUS_CODES[status] as string,
      code: 'internal_error',
      message: 'Something went wrong on our side. Please try again later.',
    };
  }
}
