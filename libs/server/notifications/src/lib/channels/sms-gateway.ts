import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { maskPhone } from '@scenematch/contracts';
import { AppConfig } from '@scenematch/server-config';
import { sendToSink } from './file-sink';

/**
 * One SMS as Chinese gateways (阿里云短信 SendSms, 腾讯云短信 SendSms) take it: an approved
 * signature, an approved template and its parameters — never free text.
 */
export interface SmsMessage {
  /** The 11-digit mainland number (the gateway adds +86). */
  phone: string;
  templateId: string;
  params: Record<string, string>;
  /** Names the file in the development sink (e.g. `code-login`, `notification-42`). */
  tag: string;
}

export interface SmsReceipt {
  /** The gateway's message id (BizId / SerialNo), or the sink file's name. */
  id: string;
  file?: string;
}

/** The SMS gateway: one implementation per provider, selected by SMS_PROVIDER. */
export abstract class SmsGateway {
  /** Whether messages can go out at all (SMS_PROVIDER is not `none`). */
  abstract readonly enabled: boolean;
  /** Sends one message; throws when the gateway refused it (the caller's job retries). */
  abstract send(message: SmsMessage): Promise<SmsReceipt>;
}

/** SMS_PROVIDER=file: each message is written to SMS_DIR as JSON, exactly what a gateway would get. */
@Injectable()
export class FileSmsGateway extends SmsGateway {
  private readonly logger = new Logger('SmsGateway');
  readonly enabled = true;

  constructor(private readonly config: AppConfig) {
    super();
  }

  send(message: SmsMessage): Promise<SmsReceipt> {
    const body = { phoneNumbers: `+86${message.phone}`, signName: this.config.SMS_SIGN_NAME, templateCode: message.templateId, templateParam: message.params };
    return sendToSink(this.logger, this.config.SMS_DIR, message.tag, body, `SMS to ${maskPhone(message.phone)}`);
  }
}

/** SMS_PROVIDER=none: nothing can be sent (phone codes answer 503, SMS notices are skipped). */
export class DisabledSmsGateway extends SmsGateway {
  readonly enabled = false;

  async send(): Promise<SmsReceipt> {
    throw new ServiceUnavailableException('短信服务未开通');
  }
}

export const smsGatewayProvider = {
  provide: SmsGateway,
  inject: [AppConfig],
  useFactory: (config: AppConfig): SmsGateway => (config.SMS_PROVIDER === 'file' ? new FileSmsGateway(config) : new DisabledSmsGateway()),
};
