import { HttpException, HttpStatus, Injectable, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import { SMS_CODE_PATTERN, SmsCodePurpose } from '@scenematch/contracts';
import { AppConfig } from '@scenematch/server-config';
import { createRedis } from '@scenematch/server-queue';
import { Redis } from 'ioredis';
import { createHmac, randomInt } from 'node:crypto';

/** One rate-limit window: at most `limit` codes per `seconds`. */
export interface SmsWindow {
  key: string;
  limit: number;
  seconds: number;
  /** Said in the 429 when this window is the one full. */
  message: string;
}

/**
 * Checks every window and, only when none is full, counts the request in all of them (one
 * script, so concurrent requests in different API processes cannot both slip under a limit).
 * Returns 0 when counted, else the 1-based index of the full window and its remaining ms.
 */
const TAKE = `
local n = #KEYS
for i = 1, n do
  local v = tonumber(redis.call('GET', KEYS[i]) or '0')
  if v >= tonumber(ARGV[(i - 1) * 2 + 1]) then
    return {i, redis.call('PTTL', KEYS[i])}
  end
end
for i = 1, n do
  local v = redis.call('INCR', KEYS[i])
  if v == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[(i - 1) * 2 + 2]) end
end
return {0, 0}`;

/**
 * Checks a presented code against the stored hash: a match deletes the code (single use); a
 * miss counts a try and deletes the code at the limit (void). Returns ok, wrong, void or missing.
 */
const CHECK = `
local stored = redis.call('HGET', KEYS[1], 'h')
if not stored then return 'missing' end
if stored == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 'ok'
end
local tries = redis.call('HINCRBY', KEYS[1], 'tries', 1)
if tries >= tonumber(ARGV[2]) then
  redis.call('DEL', KEYS[1])
  return 'void'
end
return 'wrong'`;

export type CodeCheck = 'ok' | 'wrong' | 'void' | 'missing';

/**
 * SMS verification codes and their send limits, in Redis so that both hold across every API
 * process. A code is six random digits, valid SMS_CODE_TTL_SECONDS, stored only as an HMAC
 * (keyed with a server secret, bound to number and purpose), used at most once, and void after
 * SMS_CODE_MAX_ATTEMPTS wrong tries. Asking for a new code replaces the previous one.
 */
@Injectable()
export class SmsCodes implements OnApplicationShutdown {
  readonly redis: Redis;
  private readonly key: string;

  constructor(private readonly config: AppConfig) {
    this.redis = createRedis(config.REDIS_URL, 'producer', { keyPrefix: `${config.QUEUE_PREFIX}:sms:` });
    this.redis.on('error', () => undefined);
    this.key = createHmac('sha256', config.JWT_REFRESH_SECRET).update('scenematch:sms-codes').digest('hex');
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  /** The windows a request for a code to `phone` from `ip` counts in. */
  windows(phone: string, ip: string): SmsWindow[] {
    const c = this.config;
    return [
      { key: `limit:phone:${phone}:m`, limit: c.SMS_LIMIT_PER_MINUTE, seconds: 60, message: '验证码发送过于频繁，请稍后再试' },
      { key: `limit:phone:${phone}:h`, limit: c.SMS_LIMIT_PER_HOUR, seconds: 3600, message: '该手机号本小时获取验证码次数已达上限，请稍后再试' },
      { key: `limit:phone:${phone}:d`, limit: c.SMS_LIMIT_PER_DAY, seconds: 86_400, message: '该手机号今日获取验证码次数已达上限，请明天再试' },
      { key: `limit:ip:${ip}:h`, limit: c.SMS_LIMIT_PER_ADDRESS_HOUR, seconds: 3600, message: '当前网络获取验证码过于频繁，请稍后再试' },
    ];
  }

  /** Counts one request in every window, or throws 429 (with when to retry) when one is full. */
  async take(phone: string, ip: string): Promise<void> {
    const windows = this.windows(phone, ip);
    const result = (await this.guard(() =>
      this.redis.eval(TAKE, windows.length, ...windows.map((w) => w.key), ...windows.flatMap((w) => [w.limit, w.seconds * 1000])),
    )) as [number, number];
    const [full, pttl] = result;
    if (full > 0) {
      const retryAfter = Math.max(1, Math.ceil(Number(pttl) / 1000));
      throw new HttpException({ statusCode: 429, message: windows[full - 1].message, retryAfter }, HttpStatus.TOO_MANY_REQUESTS);
    }
  }

  /** A new code for the number and purpose (replacing any earlier one); returns it to be sent. */
  async issue(purpose: SmsCodePurpose, phone: string): Promise<string> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const key = this.codeKey(purpose, phone);
    await this.guard(() =>
      this.redis.multi().del(key).hset(key, 'h', this.hash(purpose, phone, code), 'tries', 0).expire(key, this.config.SMS_CODE_TTL_SECONDS).exec(),
    );
    return code;
  }

  /** Checks (and on success consumes) a code. */
  async check(purpose: SmsCodePurpose, phone: string, code: string): Promise<CodeCheck> {
    if (!SMS_CODE_PATTERN.test(code)) return 'wrong';
    return (await this.guard(() =>
      this.redis.eval(CHECK, 1, this.codeKey(purpose, phone), this.hash(purpose, phone, code), this.config.SMS_CODE_MAX_ATTEMPTS),
    )) as CodeCheck;
  }

  codeKey(purpose: SmsCodePurpose, phone: string): string {
    return `code:${purpose}:${phone}`;
  }

  private hash(purpose: SmsCodePurpose, phone: string, code: string): string {
    return createHmac('sha256', this.key).update(`${purpose}:${phone}:${code}`).digest('hex');
  }

  /** Without Redis, no code can be kept or limited: 503 rather than sending unlimited codes. */
  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch {
      throw new ServiceUnavailableException('短信验证码服务暂不可用，请使用邮箱和密码登录');
    }
  }
}
