import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PRIVACY_NOTICE_VERSION } from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';

/**
 * 隐私政策: the notice every registration consents to (个人信息保护法 第十七条: who processes
 * what, why, how long, and how to exercise one's rights). Its version is PRIVACY_NOTICE_VERSION;
 * change both together.
 */
@Component({
  selector: 'sm-privacy-page',
  imports: [RouterLink, NzCardModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card class="notice" data-testid="privacy-notice">
      <h1>隐私政策</h1>
      <p class="muted">版本 {{ version }}</p>
      <p>
        本平台（场景揭榜对接平台）由人工智能创新服务中心运营，用于发布应用场景、受理揭榜申报和组织供需对接。我们依据《中华人民共和国个人信息保护法》处理您的个人信息，并只处理为此必需的信息。
      </p>

      <h2>一、我们收集哪些信息</h2>
      <ul>
        <li>注册时：您的姓名、登录邮箱、密码（仅保存不可逆的哈希值）、所属机构名称和统一社会信用代码；</li>
        <li>使用时：登录与操作记录（时间、IP 地址、浏览器标识），您收到的站内通知和邮件设置；</li>
        <li>您主动填写的机构联系人、电话和邮箱（用于对接联系）。</li>
      </ul>

      <h2>二、我们为什么使用这些信息</h2>
      <ul>
        <li>识别您的身份、保护账号安全（登录、双因素认证、异常登录锁定）；</li>
        <li>为您推荐匹配的场景、处理申报与评审、安排对接会；</li>
        <li>依照《网络安全法》记录并保存审计日志，用于安全事件的追溯。</li>
      </ul>

      <h2>三、谁能看到您的信息</h2>
      <p>
        机构联系方式仅向服务中心工作人员和已通过认证的机构展示；申报内容在截止前仅本企业（及联合体成员）可见。我们不向第三方出售或提供您的个人信息，法律法规另有规定的除外。
      </p>

      <h2>四、保存期限</h2>
      <p>
        账号信息保存至您注销账号为止。审计日志依法至少保存 180 天，期间不能删除或修改；您参与的申报、评审等业务记录按档案要求保存，注销后以匿名编号保留，不再关联您的姓名和邮箱。
      </p>

      <h2>五、您的权利</h2>
      <ul>
        <li>查阅和复制：登录后在“账号安全”页下载您的个人信息（JSON 文件）；</li>
        <li>更正：联系服务中心或在相应页面修改；</li>
        <li>删除（注销账号）：登录后在“账号安全”页申请，确认密码后立即生效，删除姓名、邮箱、密码、通知等个人信息，账号随即注销、无法恢复；</li>
        <li>撤回同意：撤回同意即注销账号，不影响撤回前基于同意已进行的处理。</li>
      </ul>

      <h2>六、联系我们</h2>
      <p>如对本政策或您的个人信息有任何疑问，请联系平台服务中心的个人信息保护负责人，我们将在 15 个工作日内答复。</p>

      <p><a routerLink="/register">返回注册</a></p>
    </nz-card>
  `,
  styles: `
    .notice {
      max-width: 820px;
      margin: 24px auto;
    }
    h1 {
      margin: 0;
      font-size: 24px;
    }
    h2 {
      margin: 20px 0 8px;
      font-size: 17px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    ul {
      padding-left: 20px;
    }
    li,
    p {
      line-height: 1.8;
    }
  `,
})
export class PrivacyPage {
  protected readonly version = PRIVACY_NOTICE_VERSION;
}
