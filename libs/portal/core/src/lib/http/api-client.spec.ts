import { HttpContext, HttpEventType, HttpHeaders } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { SKIP_AUTH } from '../auth/auth.api';
import { ApiClient } from './api-client';
import { configurePortalTestBed } from '@scenematch/portal/testing/portal-harness';

describe('ApiClient', () => {
  let api: ApiClient;
  let httpMock: HttpTestingController;

  beforeEach(() => {
    httpMock = configurePortalTestBed();
    api = TestBed.inject(ApiClient);
  });
  afterEach(() => httpMock.verify());

  it('fills in the path template, percent-encoding each parameter', () => {
    api
      .post(
        '/api/admin/jobs/{queue}/{id}/retry',
        {},
        {
          path: { queue: 'notifications', id: 'outbox:12/3' },
        },
      )
      .subscribe();
    const request = httpMock.expectOne(
      '/api/admin/jobs/notifications/outbox%3A12%2F3/retry',
    );
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    request.flush({});
  });

  it('sends the query in the order given: lists comma-joined, empty values left out', () => {
    api
      .get('/api/scenarios', {
        query: {
          q: '医疗',
          domain: ['智慧医疗', '城市治理'],
          capability: [],
          batch: undefined,
          agency: null,
          mine: true,
          page: 2,
        },
      })
      .subscribe();
    const request = httpMock.expectOne(
      (r) => r.url === '/api/scenarios' && r.method === 'GET',
    );
    expect(request.request.urlWithParams).toBe(
      '/api/scenarios?q=%E5%8C%BB%E7%96%97&domain=%E6%99%BA%E6%85%A7%E5%8C%BB%E7%96%97,%E5%9F%8E%E5%B8%82%E6%B2%BB%E7%90%86&mine=true&page=2',
    );
    request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
  });

  it('answers with the body the API sent', async () => {
    const answer = firstValueFrom(
      api.get('/api/scenarios/{id}', { path: { id: 's-1' } }),
    );
    httpMock
      .expectOne('/api/scenarios/s-1')
      .flush({ id: 's-1', title: '病历质控' });
    expect(await answer).toEqual({ id: 's-1', title: '病历质控' });
  });

  it('passes the context and headers on (an anonymous call skips the bearer token)', () => {
    api
      .post(
        '/api/auth/refresh',
        { refreshToken: 'r' },
        {
          context: new HttpContext().set(SKIP_AUTH, true),
          headers: new HttpHeaders({ Authorization: 'Bearer enrolment' }),
        },
      )
      .subscribe();
    const request = httpMock.expectOne('/api/auth/refresh');
    expect(request.request.context.get(SKIP_AUTH)).toBe(true);
    expect(request.request.headers.get('Authorization')).toBe(
      'Bearer enrolment',
    );
    expect(request.request.params.keys()).toEqual([]);
    request.flush({});
  });

  it('uploads the documented fields as multipart, a file under its own name', () => {
    const file = new File(['序号,场景名称'], '清单.csv', { type: 'text/csv' });
    api
      .postForm(
        '/api/scenarios/import',
        { file },
        {
          query: { batchId: 'b-1', dryRun: false },
        },
      )
      .subscribe();
    const request = httpMock.expectOne(
      (r) => r.url === '/api/scenarios/import',
    );
    expect(request.request.params.toString()).toBe('batchId=b-1&dryRun=false');
    const body = request.request.body as FormData;
    expect(body.get('file')).toBeInstanceOf(File);
    expect((body.get('file') as File).name).toBe('清单.csv');
    request.flush({ created: 0 });
  });

  it('reports upload progress and ends with the answer', () => {
    const events: HttpEventType[] = [];
    api
      .postFormWithProgress(
        '/api/products/{id}/files',
        { file: new Blob(['x']) },
        {
          path: { id: 'p-1' },
        },
      )
      .subscribe((event) => events.push(event.type));
    const request = httpMock.expectOne('/api/products/p-1/files');
    expect(request.request.reportProgress).toBe(true);
    request.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 2 });
    request.flush({ id: 'f-1' });
    expect(events).toContain(HttpEventType.UploadProgress);
    expect(events.at(-1)).toBe(HttpEventType.Response);
  });

  it('downloads a file under the name the API gave it, else the fallback', async () => {
    const named = firstValueFrom(
      api.file('/api/stats/report', '季度报告.xlsx', {
        query: { quarter: '2026Q3', format: 'xlsx' },
      }),
    );
    httpMock
      .expectOne('/api/stats/report?quarter=2026Q3&format=xlsx')
      .flush(new Blob(['xlsx']), {
        headers: {
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('场景揭榜季度报告-2026Q3.xlsx')}`,
        },
      });
    expect((await named).fileName).toBe('场景揭榜季度报告-2026Q3.xlsx');

    const unnamed = firstValueFrom(
      api.file('/api/me/personal-data', 'personal-data.json'),
    );
    httpMock.expectOne('/api/me/personal-data').flush(new Blob(['{}']));
    const file = await unnamed;
    expect(file.fileName).toBe('personal-data.json');
    expect(file.blob).toBeInstanceOf(Blob);
  });

  it('reads a documented text answer (the check-in QR code)', async () => {
    const svg = firstValueFrom(
      api.text('/api/sessions/{id}/participants/{participantId}/qr.svg', {
        path: { id: 's-1', participantId: 'p-1' },
      }),
    );
    httpMock
      .expectOne('/api/sessions/s-1/participants/p-1/qr.svg')
      .flush('<svg/>');
    expect(await svg).toBe('<svg/>');
  });

  it('follows only the API’s own links (anything else fails without a request)', async () => {
    const pdf = firstValueFrom(
      api.linkedBlob('/api/applications/a-1/files/f-1'),
    );
    httpMock
      .expectOne('/api/applications/a-1/files/f-1')
      .flush(new Blob(['%PDF']));
    expect(await pdf).toBeInstanceOf(Blob);
    await expect(
      firstValueFrom(api.linkedBlob('https://elsewhere.example/file.pdf')),
    ).rejects.toThrow('not a link of the API');
  });

  it('sends no request for a path parameter without a value', () => {
    expect(() => api.get('/api/scenarios/{id}', { path: { id: '' } })).toThrow(
      'no value for {id}',
    );
  });
});
