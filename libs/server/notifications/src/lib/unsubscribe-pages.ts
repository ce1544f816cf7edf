import { NOTIFICATION_CATEGORY_LABELS } from '@scenematch/contracts';
import type { UnsubscribeTarget } from './unsubscribe-token';

/**
 * What a mail's unsubscribe link shows: pages for the mail's reader, in Chinese like the mails
 * themselves (they are reached from a Chinese mail without the portal's language choice).
 */
export function targetLabel(target: UnsubscribeTarget): string {
  return target === 'digest' ? '每周匹配摘要' : NOTIFICATION_CATEGORY_LABELS[target];
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * The page a mail's unsubscribe link opens. Following a link changes nothing (mail scanners and
 * link previews fetch every link); the button posts the form, as RFC 8058 one-click clients do.
 */
export function askPage(label: string, token: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>退订邮件</title></head>
<body style="font-family:'PingFang SC','Microsoft YaHei',sans-serif;max-width:480px;margin:64px auto;padding:0 16px;color:#222;line-height:1.7">
<h1 style="font-size:20px">退订「${escape(label)}」邮件？</h1>
<p>退订后您将不再收到此类邮件；站内通知不受影响，也可随时在通知设置中重新开启。</p>
<form method="post" action="/api/notifications/unsubscribe?token=${encodeURIComponent(token)}">
<button type="submit" style="font-size:16px;padding:8px 24px;background:#1677ff;color:#fff;border:0;border-radius:6px;cursor:pointer">确认退订</button>
</form>
</body></html>`;
}

export function confirmationPage(label: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>已退订</title></head>
<body style="font-family:'PingFang SC','Microsoft YaHei',sans-serif;max-width:480px;margin:64px auto;padding:0 16px;color:#222;line-height:1.7">
<h1 style="font-size:20px">已退订「${escape(label)}」邮件</h1>
<p>您将不再收到此类邮件；站内通知不受影响。</p>
<p>如需重新开启，请登录后前往 <a href="/me/notifications/settings">通知设置</a>。</p>
</body></html>`;
}
