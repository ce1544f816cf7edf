import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';

/**
 * The smallest real PDF: a catalog, a page tree and one A4 page (uploads are parsed, so a bare
 * "%PDF-" header no longer passes). `note` goes into a PDF comment, e.g. a marker string.
 */
export function minimalPdf(note = ''): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      `%${note.replace(/[\r\n]/g, ' ')}`,
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
      'trailer << /Root 1 0 R /Size 4 >>',
      '%%EOF',
      '',
    ].join('\n'),
    'utf8',
  );
}

/** A one-page PDF made by pdf-lib; `change` edits the document first. Saved with object streams (compressed dictionaries) unless told otherwise. */
export async function pdfDocument(change?: (doc: PDFDocument) => void, useObjectStreams = true): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  change?.(doc);
  return Buffer.from(await doc.save({ useObjectStreams }));
}

function javaScriptAction(doc: PDFDocument): PDFDict {
  return doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert("x")') });
}

/** Real PDFs a hostile uploader crafts, each with the words its refusal must contain. */
export async function hostilePdfs(): Promise<Array<{ label: string; body: Buffer; reason: RegExp }>> {
  const namedScript = (await pdfDocument((doc) => doc.catalog.set(PDFName.of('Names'), doc.context.obj({ JavaScript: doc.context.obj({ Names: [PDFString.of('a'), doc.context.register(javaScriptAction(doc))] }) })), false)).toString('latin1');
  return [
    {
      label: 'OpenAction JavaScript in an object stream',
      body: await pdfDocument((doc) => doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(javaScriptAction(doc)))),
      reason: /JavaScript.*OpenAction|OpenAction.*JavaScript/,
    },
    { label: 'escaped /J#61vaScript', body: Buffer.from(namedScript.replace(/\/JavaScript/g, '/J#61vaScript').replace(/\/JS /g, '/J#53 '), 'latin1'), reason: /JavaScript/ },
    {
      label: 'Launch as a page action',
      body: await pdfDocument((doc) => doc.getPage(0).node.set(PDFName.of('AA'), doc.context.obj({ O: { S: 'Launch', F: PDFString.of('cmd.exe') } }))),
      reason: /Launch/,
    },
    {
      label: 'embedded file',
      body: await pdfDocument((doc) => {
        const spec = doc.context.obj({ Type: 'Filespec', F: PDFString.of('payload.exe'), EF: { F: doc.context.register(doc.context.flateStream('MZ', { Type: 'EmbeddedFile' })) } });
        doc.catalog.set(PDFName.of('Names'), doc.context.obj({ EmbeddedFiles: doc.context.obj({ Names: [PDFString.of('payload.exe'), doc.context.register(spec)] }) }));
      }),
      reason: /嵌入文件/,
    },
    { label: '%PDF- header followed by HTML', body: Buffer.from('%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n'), reason: /不是有效的 PDF/ },
  ];
}
