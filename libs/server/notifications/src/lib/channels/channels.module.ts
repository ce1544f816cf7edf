import { Global, Module } from '@nestjs/common';
import { smsGatewayProvider, SmsGateway } from './sms-gateway';
import { wechatGatewayProvider, WechatGateway } from './wechat-gateway';

/** The SMS gateway and the WeChat template-message gateway, selected by configuration. */
@Global()
@Module({ providers: [smsGatewayProvider, wechatGatewayProvider], exports: [SmsGateway, WechatGateway] })
export class MessageChannelsModule {}
