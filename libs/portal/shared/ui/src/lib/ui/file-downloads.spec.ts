import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { NzMessageService } from 'ng-zorro-antd/message';
import { of, Subject, throwError } from 'rxjs';
import { configurePortalTestBed } from '@scenematch/portal/testing/portal-harness';
import type { DownloadedFile } from '@scenematch/portal/core/http/download';
import { FileDownloads } from './file-downloads';

describe('FileDownloads', () => {
  const created: Blob[] = [];

  beforeEach(() => {
    configurePortalTestBed();
    created.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:file';
    };
    URL.revokeObjectURL = () => undefined;
  });

  const downloads = () =>
    TestBed.runInInjectionContext(() => new FileDownloads<'csv' | 'xlsx'>());

  it('runs one download at a time and saves the file when it arrives', () => {
    const under = downloads();
    const csv = new Subject<DownloadedFile>();
    const xlsx = new Subject<DownloadedFile>();
    under.run('csv', csv, () => '导出失败');
    under.run('xlsx', xlsx, () => '导出失败');
    expect(under.busy()).toBe('csv');
    expect(xlsx.observed).toBe(false);

    const blob = new Blob(['序号,场景名称']);
    csv.next({ blob, fileName: '场景清单.csv' });
    expect(under.busy()).toBeNull();
    expect(created).toEqual([blob]);
  });

  it('tells a failure in a message, in the words given for it', () => {
    const error = jest.spyOn(TestBed.inject(NzMessageService), 'error');
    const under = downloads();
    under.run(
      'xlsx',
      throwError(
        () =>
          new HttpErrorResponse({
            status: 503,
            error: { statusCode: 503, message: '服务暂不可用' },
          }),
      ),
      (e) => `导出失败：${e.message}`,
    );
    expect(under.busy()).toBeNull();
    expect(error).toHaveBeenCalledWith('导出失败：服务暂不可用');
    expect(created).toEqual([]);
  });

  it('tells the saved file when asked to', () => {
    const success = jest.spyOn(TestBed.inject(NzMessageService), 'success');
    const under = downloads();
    const blob = new Blob(['日程']);
    under.run('xlsx', of({ blob, fileName: '日程.xlsx' }), () => '导出失败', '已导出');
    expect(created).toEqual([blob]);
    expect(success).toHaveBeenCalledWith('已导出');
  });
});
