import type { ApplicationFileView } from '@scenematch/contracts';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import { ApplicationFilesComponent } from './application-files.component';

describe('ApplicationFilesComponent', () => {
  it('lists the files with their sizes, a download link and, when removable, 删除', async () => {
    const { fixture, httpMock } = startPortalComponent(
      ApplicationFilesComponent,
    );
    const file = {
      id: 'f1',
      filename: '方案.pdf',
      size: 2048,
      url: '/api/applications/a1/files/f1',
    } as ApplicationFileView;
    fixture.componentRef.setInput('files', [file]);
    fixture.componentRef.setInput('removable', true);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;

    const row = root.querySelector('[data-testid="application-file"]');
    expect(row?.getAttribute('data-id')).toBe('f1');
    expect(row?.textContent).toContain('方案.pdf');
    expect(
      root.querySelector('[data-testid="application-file-remove"]'),
    ).not.toBeNull();

    root
      .querySelector<HTMLElement>('[data-testid="application-file-link"]')
      ?.click();
    httpMock.expectOne(file.url);
  });
});
