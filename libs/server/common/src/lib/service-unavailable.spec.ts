import { QueryFailedError } from 'typeorm';
import { ApiExceptionFilter, isServiceUnavailable } from './api-exception.filter';

describe('database outages answer 503, bad input does not', () => {
  const filter = new ApiExceptionFilter();
  const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  const queryFailed = (code: string) => new QueryFailedError('SELECT 1', [], pgError(code));

  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['refused on every address (AggregateError)', Object.assign(new AggregateError([pgError('ECONNREFUSED')], ''), { code: 'ECONNREFUSED' })],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['connection dropped mid-query', new Error('Connection terminated unexpectedly')],
    ['server shutting down', queryFailed('57P01')],
    ['server starting up', pgError('57P03', 'the database system is starting up')],
    ['too many connections', pgError('53300')],
    ['statement timeout', queryFailed('57014')],
    ['connection failure class', queryFailed('08006')],
  ])('%s → 503', (_name, error) => {
    expect(isServiceUnavailable(error)).toBe(true);
    expect(filter.toBody(error)).toEqual({ statusCode: 503, message: '服务暂不可用' });
  });

  it.each([
    ['unique violation', queryFailed('23505'), 409],
    ['bad uuid text', queryFailed('22P02'), 400],
    ['syntax error (a bug)', queryFailed('42601'), 500],
    ['plain bug', new TypeError('x is undefined'), 500],
  ])('%s is not an outage', (_name, error, status) => {
    expect(isServiceUnavailable(error)).toBe(false);
    expect(filter.toBody(error).statusCode).toBe(status);
  });
});
