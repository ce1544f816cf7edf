import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { configurePortalTestBed } from '@scenematch/portal/testing/portal-harness';
import { LATEST_COUNT, NotificationsStore } from './notifications.store';

const item = (id: string, readAt: string | null = null) => ({
  id,
  kind: 'application.shortlisted',
  title: `通知 ${id}`,
  body: '',
  link: '/me/applications',
  readAt,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('NotificationsStore', () => {
  let http: HttpTestingController;
  let store: NotificationsStore;

  beforeEach(() => {
    http = configurePortalTestBed();
    store = TestBed.inject(NotificationsStore);
  });

  afterEach(() => http.verify());

  it('loads the unread count and the latest notifications, then shows the bell', () => {
    expect(store.shown()).toBe(false);
    store.refresh();
    const req = http.expectOne(
      (r) => r.url === '/api/me/notifications' && r.method === 'GET',
    );
    expect(req.request.params.get('pageSize')).toBe(String(LATEST_COUNT));
    req.flush({
      items: [item('2'), item('1', '2026-01-01T00:00:00.000Z')],
      total: 2,
      page: 1,
      pageSize: LATEST_COUNT,
      unread: 1,
    });
    expect(store.shown()).toBe(true);
    expect(store.unread()).toBe(1);
    expect(store.latest().length).toBe(2);

    store.markedRead('2');
    expect(store.unread()).toBe(0);
    store.markedRead('2');
    expect(store.unread()).toBe(0);
  });

  it('hides quietly and stops asking while the endpoint is missing (404), until reset', () => {
    store.refresh();
    http
      .expectOne('/api/me/notifications?page=1&pageSize=8')
      .flush(
        { message: 'Not Found' },
        { status: 404, statusText: 'Not Found' },
      );
    expect(store.available()).toBe(false);
    expect(store.shown()).toBe(false);
    store.refresh();
    http.expectNone('/api/me/notifications?page=1&pageSize=8');

    store.reset();
    store.refresh();
    http.expectOne('/api/me/notifications?page=1&pageSize=8').flush({
      items: [],
      total: 0,
      page: 1,
      pageSize: 8,
      unread: 0,
    });
    expect(store.shown()).toBe(true);
  });

  it('keeps the last state on other errors', () => {
    store.refresh();
    http.expectOne('/api/me/notifications?page=1&pageSize=8').flush({
      items: [item('1')],
      total: 1,
      page: 1,
      pageSize: 8,
      unread: 1,
    });
    store.refresh();
    http
      .expectOne('/api/me/notifications?page=1&pageSize=8')
      .flush(null, { status: 500, statusText: 'Server Error' });
    expect(store.available()).toBe(true);
    expect(store.unread()).toBe(1);
  });
});
