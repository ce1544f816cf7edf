import {
  attachmentProblem,
  MAX_FILE_BYTES,
} from './apply-attachments.component';

describe('attachmentProblem', () => {
  it('accepts a PDF up to 20 MB, by type or by name', () => {
    expect(
      attachmentProblem({
        name: '方案.pdf',
        type: 'application/pdf',
        size: 1024,
      }),
    ).toBeNull();
    expect(
      attachmentProblem({ name: '资质.PDF', type: '', size: MAX_FILE_BYTES }),
    ).toBeNull();
  });

  it('refuses other files and files over 20 MB', () => {
    expect(
      attachmentProblem({
        name: 'a.docx',
        type: 'application/msword',
        size: 10,
      }),
    ).toBe('applications.files.notPdf');
    expect(
      attachmentProblem({
        name: 'big.pdf',
        type: 'application/pdf',
        size: MAX_FILE_BYTES + 1,
      }),
    ).toBe('applications.files.tooLarge');
  });
});
