import { minimalPdf, pdfDocument } from '@scenematch/server-testing';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { inspectUpload, pdfProblem } from './file-inspection';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f20000000049454e44ae426082', 'hex');

const pdf = pdfDocument;

const jsAction = (doc: PDFDocument) => doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert("x")') });

async function rejection(buffer: Buffer, name = 'doc.pdf'): Promise<string> {
  try {
    await inspectUpload({ filename: name, buffer }, ['image', 'brochure'], 'file');
  } catch (error) {
    return (error as { errors: Array<{ field: string; message: string }> }).errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  }
  return 'accepted';
}

describe('upload inspection', () => {
  it('accepts an ordinary PDF, a minimal hand-written one and a PNG', async () => {
    expect(await rejection(await pdf())).toBe('accepted');
    expect(await rejection(minimalPdf('marker'))).toBe('accepted');
    expect(await rejection(PNG, 'screen.png')).toBe('accepted');
    // Office programs open at the first page with a zoom: a destination, not an action.
    expect(await rejection(await pdf((doc) => doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj([doc.getPage(0).ref, 'Fit']))))).toBe('accepted');
  });

  it('refuses an OpenAction running JavaScript, inside an object stream too', async () => {
    const file = await pdf((doc) => doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(jsAction(doc))));
    // Compressed into an object stream: the bytes never spell the names out.
    expect(file.includes('/OpenAction')).toBe(false);
    const reason = await rejection(file);
    expect(reason).toContain('file: PDF');
    expect(reason).toContain('JavaScript');
    expect(reason).toContain('OpenAction');
  });

  it('refuses escaped names such as /J#61vaScript', async () => {
    const plain = (await pdf((doc) => doc.catalog.set(PDFName.of('Names'), doc.context.obj({ JavaScript: doc.context.obj({ Names: [PDFString.of('a'), doc.context.register(jsAction(doc))] }) })), false)).toString('latin1');
    const escaped = Buffer.from(plain.replace(/\/JavaScript/g, '/J#61vaScript').replace(/\/JS /g, '/J#53 '), 'latin1');
    expect(escaped.includes('/JavaScript')).toBe(false);
    expect(escaped.includes('/J#61vaScript')).toBe(true);
    expect(await rejection(escaped)).toContain('JavaScript');
  });

  it('refuses Launch actions, embedded files and additional (automatic) actions', async () => {
    const launch = await pdf((doc) => doc.getPage(0).node.set(PDFName.of('AA'), doc.context.obj({ O: { S: 'Launch', F: PDFString.of('cmd.exe') } })));
    expect(await rejection(launch)).toMatch(/Launch.*AA|AA.*Launch/);
    const embedded = await pdf((doc) => {
      const spec = doc.context.obj({ Type: 'Filespec', F: PDFString.of('payload.exe'), EF: { F: doc.context.register(doc.context.flateStream('MZ', { Type: 'EmbeddedFile' })) } });
      doc.catalog.set(PDFName.of('Names'), doc.context.obj({ EmbeddedFiles: doc.context.obj({ Names: [PDFString.of('payload.exe'), doc.context.register(spec)] }) }));
    });
    expect(await rejection(embedded)).toContain('嵌入文件');
    const uri = await pdf((doc) => doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'URI', URI: PDFString.of('http://evil.example/') })));
    expect(await rejection(uri)).toContain('OpenAction');
  });

  it('refuses files that are not what their name says', async () => {
    expect(await rejection(Buffer.from('%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n'))).toBe('file: 不是有效的 PDF 文件（无法按 PDF 格式解析）');
    expect(await rejection(Buffer.from('%PDF-1.7\n%demo\n'))).toContain('不是有效的 PDF');
    expect(await rejection(PNG, 'report.pdf')).toBe('file: 文件内容是PNG 图片，与文件名“report.pdf”不符（应以 .png 结尾）');
    expect(await rejection(await pdf(), 'photo.png')).toContain('应以 .pdf 结尾');
    expect(await rejection(await pdf(), 'no-extension')).toContain('不符');
    expect(await rejection(Buffer.from('MZ\x90\x00'), 'setup.pdf')).toContain('仅支持');
    await expect(inspectUpload({ filename: 'shot.png', buffer: PNG }, ['brochure'], 'f')).rejects.toMatchObject({ errors: [{ field: 'file', message: '仅支持PDF 文件（按文件内容识别）' }] });
  });

  it('strips bidirectional controls from names, so "报价\\u202Efdp.exe" cannot pass for a PDF', async () => {
    const named = await inspectUpload({ filename: '技术\u202E方案\u2066\u200F.pdf', buffer: await pdf() }, ['brochure'], 'file.pdf');
    expect(named.filename).toBe('技术方案.pdf');
    expect(await rejection(await pdf(), '报价\u202Efdp.exe')).toContain('与文件名“报价fdp.exe”不符');
  });

  it('gives the reason for a PDF on its own', async () => {
    expect(await pdfProblem(await pdf())).toBeNull();
  });
});
