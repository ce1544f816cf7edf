import { isOnline, meetingLink, type MeetingPlace } from './session-online';

const place = (p: Partial<MeetingPlace>): MeetingPlace => ({ mode: 'onsite', sessionLink: '', tableLinks: [], table: 0, online: false, ownLink: '', ...p });

describe('where a meeting takes place', () => {
  it('keeps an onsite session in the room unless one meeting is marked online with its own link', () => {
    expect(meetingLink(place({ sessionLink: 'https://a.cn/s' }))).toBeNull();
    expect(meetingLink(place({ online: true, ownLink: 'https://a.cn/m' }))).toBe('https://a.cn/m');
    expect(isOnline(place({}))).toBe(false);
  });

  it('puts every meeting of an online session online: its table’s link, else the session’s', () => {
    const links = { mode: 'online' as const, sessionLink: 'https://a.cn/s', tableLinks: ['', 'https://a.cn/t2'] };
    expect(meetingLink(place({ ...links, table: 0 }))).toBe('https://a.cn/s');
    expect(meetingLink(place({ ...links, table: 1 }))).toBe('https://a.cn/t2');
    expect(meetingLink(place({ ...links, table: 1, online: true, ownLink: 'https://a.cn/m' }))).toBe('https://a.cn/m');
  });

  it('in a hybrid session holds tables with a link online, and a meeting marked online on the session’s link', () => {
    const links = { mode: 'hybrid' as const, sessionLink: 'https://a.cn/s', tableLinks: ['', 'https://a.cn/t2'] };
    expect(meetingLink(place({ ...links, table: 0 }))).toBeNull();
    expect(meetingLink(place({ ...links, table: 1 }))).toBe('https://a.cn/t2');
    expect(meetingLink(place({ ...links, table: 0, online: true }))).toBe('https://a.cn/s');
  });
});
