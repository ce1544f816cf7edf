import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { AppConfig } from '@scenematch/server-config';
import { sendToSink } from './file-sink';

/**
 * One WeChat service-account template message (公众号模板消息, `message/template/send`): the
 * recipient's openid under the account, an approved template, its data fields and the page the
 * message opens.
 */
export interface WechatTemplateMessage {
  openid: string;
  templateId: string;
  data: Record<string, { value: string }>;
  url?: string;
  /** Names the file in the development sink. */
  tag: string;
}

export abstract class WechatGateway {
  abstract readonly enabled: boolean;
  /** Sends one template message; throws when refused (the caller's job retries). */
  abstract send(message: WechatTemplateMessage): Promise<{ id: string; file?: string }>;
}

/** WECHAT_PROVIDER=file: each message is written to WECHAT_DIR as the JSON body the API would get. */
@Injectable()
export class FileWechatGateway extends WechatGateway {
  private readonly logger = new Logger('WechatGateway');
  readonly enabled = true;

  constructor(private readonly config: AppConfig) {
    super();
  }

  send(message: WechatTemplateMessage): Promise<{ id: string; file: string }> {
    const body = { appid: this.config.WECHAT_APPID, touser: message.openid, template_id: message.templateId, url: message.url, data: message.data };
    return sendToSink(this.logger, this.config.WECHAT_DIR, message.tag, body, 'WeChat template message');
  }
}

export class DisabledWechatGateway extends WechatGateway {
  readonly enabled = false;

  async send(): Promise<{ id: string }> {
    throw new ServiceUnavailableException('微信服务号消息未开通');
  }
}

export const wechatGatewayProvider = {
  provide: WechatGateway,
  inject: [AppConfig],
  useFactory: (config: AppConfig): WechatGateway => (config.WECHAT_PROVIDER === 'file' ? new FileWechatGateway(config) : new DisabledWechatGateway()),
};
