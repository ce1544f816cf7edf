import type { NotificationSettingsView } from '@scenematch/contracts';
import { settle, usePortalComponent } from '@scenematch/portal/testing/portal-harness';
import { NotificationSettingsPage } from './notification-settings.page';

const settings = (digestLevel: NotificationSettingsView['digestLevel']): NotificationSettingsView => ({
  email: 'enterprise@demo.scenematch.cn',
  categories: [],
  digest: true,
  digestLevel,
  channels: { sms: { available: false, reason: null }, wechat: { available: false, reason: null } },
});

describe('NotificationSettingsPage: the weekly digest’s hint', () => {
  describe('in Chinese', () => {
    const under = usePortalComponent(NotificationSettingsPage, { role: 'enterprise' });

    async function hint(level: NotificationSettingsView['digestLevel']): Promise<string> {
      under.fixture.detectChanges();
      under.httpMock.expectOne('/api/me/notification-settings').flush(settings(level));
      await settle();
      under.fixture.detectChanges();
      return (under.fixture.nativeElement as HTMLElement).querySelector('.digest .muted')?.textContent?.trim() ?? '';
    }

    it('names the level of the digest’s least score, as the server configures it', async () => {
      expect(await hint('good')).toBe('每周一上午 9 点，汇总过去一周新发布、与贵企业较为匹配的场景。');
    });

    it('says 高度匹配 at the default 80', async () => {
      expect(await hint('high')).toBe('每周一上午 9 点，汇总过去一周新发布、与贵企业高度匹配的场景。');
    });
  });

  describe('in English', () => {
    const under = usePortalComponent(NotificationSettingsPage, { role: 'enterprise', language: 'en' });

    it('names the level too', async () => {
      under.fixture.detectChanges();
      under.httpMock.expectOne('/api/me/notification-settings').flush(settings('good'));
      await settle();
      under.fixture.detectChanges();
      expect((under.fixture.nativeElement as HTMLElement).querySelector('.digest .muted')?.textContent?.trim()).toBe(
        "Every Monday at 9 am: the past week's new scenarios that are at least a good match for your company.",
      );
    });
  });
});
