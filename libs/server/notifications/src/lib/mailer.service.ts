import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@scenematch/server-config';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Unsubscribe address, sent as the List-Unsubscribe header. */
  unsubscribeUrl: string;
  /** Names the .eml file when mails go to a folder (e.g. `notification-42`). */
  tag: string;
}

/**
 * Sends mail through SMTP_URL, or (without it: development, tests) writes each mail as an .eml
 * file into MAIL_DIR, built by nodemailer exactly as it would be sent.
 */
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailerService.name);
  private transport?: Transporter;

  constructor(private readonly config: AppConfig) {}

  get toFolder(): boolean {
    return !this.config.SMTP_URL;
  }

  get folder(): string {
    return resolve(this.config.MAIL_DIR);
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string; file?: string }> {
    const info = await this.transporter().sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      list: { unsubscribe: mail.unsubscribeUrl },
      // RFC 8058: mail clients unsubscribe with one POST to the List-Unsubscribe address.
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    if (!this.toFolder) return { messageId: String(info.messageId) };
    const message = (info as unknown as { message: Buffer }).message;
    await mkdir(this.folder, { recursive: true });
    const stamp = new Date().toISOString().replace(/[-:.]/g, '');
    const file = join(this.folder, `${stamp}-${mail.tag.replace(/[^a-zA-Z0-9_-]/g, '_')}.eml`);
    // Written under a temporary name first: a reader never sees half a mail.
    await writeFile(`${file}.part`, message);
    await rename(`${file}.part`, file);
    this.logger.debug(`Mail to ${mail.to} written to ${file}`);
    return { messageId: String(info.messageId), file };
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  private transporter(): Transporter {
    if (!this.transport) {
      this.transport = this.config.SMTP_URL
        ? createTransport(this.config.SMTP_URL)
        : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
    return this.transport;
  }
}
