import { NOTIFICATION_CATEGORY_LABELS, NotificationCategory } from '@scenematch/contracts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function layout(greeting: string, blocks: string[], footer: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head>
<body style="font-family:'PingFang SC','Microsoft YaHei',sans-serif;color:#222;line-height:1.6">
<p>${escape(greeting)}</p>
${blocks.join('\n')}
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:12px;color:#888">${footer}</p>
</body></html>`;
}

function footers(unsubscribeUrl: string, settingsUrl: string, what: string): { text: string; html: string } {
  return {
    text: `此邮件由 SceneMatch 场景揭榜对接平台自动发送，请勿直接回复。\n不想再收到${what}邮件？一键退订：${unsubscribeUrl}\n管理通知设置：${settingsUrl}`,
    html: `此邮件由 SceneMatch 场景揭榜对接平台自动发送，请勿直接回复。<br>不想再收到${escape(what)}邮件？<a href="${escape(unsubscribeUrl)}">一键退订</a> · <a href="${escape(settingsUrl)}">管理通知设置</a>`,
  };
}

/** The mail of one in-app notification. */
export function notificationMail(input: {
  displayName: string;
  category: NotificationCategory;
  title: string;
  body: string;
  linkUrl: string | null;
  unsubscribeUrl: string;
  settingsUrl: string;
}): RenderedMail {
  const what = `「${NOTIFICATION_CATEGORY_LABELS[input.category]}」`;
  const footer = footers(input.unsubscribeUrl, input.settingsUrl, what);
  const greeting = `${input.displayName}，您好：`;
  const text = [greeting, '', input.title, input.body, input.linkUrl ? `查看详情：${input.linkUrl}` : '', '', '——', footer.text].filter((l, i, a) => l !== '' || a[i - 1] !== '').join('\n');
  const blocks = [
    `<h2 style="font-size:18px">${escape(input.title)}</h2>`,
    input.body ? `<p style="white-space:pre-wrap">${escape(input.body)}</p>` : '',
    input.linkUrl ? `<p><a href="${escape(input.linkUrl)}">查看详情</a></p>` : '',
  ];
  return { subject: `【SceneMatch】${input.title}`, text, html: layout(greeting, blocks, footer.html) };
}

export interface DigestItem {
  scenarioId: string;
  title: string;
  agency: string;
  domain: string;
  score: number;
  deadline: string | null;
}

/** The weekly digest of new matching scenarios for one company user. */
export function digestMail(input: {
  displayName: string;
  organisation: string;
  /** What the items' scores are called (matchLevelName of MATCH_NOTIFY_MIN_SCORE): 高度匹配 … */
  level: string;
  items: DigestItem[];
  scenarioUrl: (id: string) => string;
  recommendationsUrl: string;
  unsubscribeUrl: string;
  settingsUrl: string;
}): RenderedMail {
  const footer = footers(input.unsubscribeUrl, input.settingsUrl, '「每周匹配摘要」');
  const greeting = `${input.displayName}，您好：`;
  const lead = `本周有 ${input.items.length} 个新发布的场景与${input.organisation}${input.level}：`;
  const lines = input.items.map(
    (s, i) => `${i + 1}. ${s.title}（${s.agency}，${s.domain}）匹配度 ${s.score} 分${s.deadline ? `，申报截止 ${s.deadline}` : ''}\n   ${input.scenarioUrl(s.scenarioId)}`,
  );
  const text = [greeting, '', lead, ...lines, '', `查看全部推荐：${input.recommendationsUrl}`, '', '——', footer.text].join('\n');
  const rows = input.items
    .map(
      (s) =>
        `<li style="margin-bottom:8px"><a href="${escape(input.scenarioUrl(s.scenarioId))}">${escape(s.title)}</a><br>` +
        `<span style="color:#666">${escape(s.agency)} · ${escape(s.domain)} · 匹配度 <b>${s.score}</b> 分${s.deadline ? ` · 申报截止 ${escape(s.deadline)}` : ''}</span></li>`,
    )
    .join('\n');
  const blocks = [`<p>${escape(lead)}</p>`, `<ol>${rows}</ol>`, `<p><a href="${escape(input.recommendationsUrl)}">查看全部推荐</a></p>`];
  return { subject: `【SceneMatch】每周匹配摘要：${input.items.length} 个新场景`, text, html: layout(greeting, blocks, footer.html) };
}
