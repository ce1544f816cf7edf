import { FieldValidationException, safeFilename } from '@scenematch/server-common';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFObject, PDFRef, PDFStream } from 'pdf-lib';

/** What a file really is, from its first bytes (the name and the declared type are not trusted). */
export function sniff(buffer: Buffer): { kind: 'image' | 'brochure'; mime: string } | null {
  if (buffer.length >= 8 && buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { kind: 'image', mime: 'image/png' };
  if (buffer.length >= 3 && buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff) return { kind: 'image', mime: 'image/jpeg' };
  if (buffer.length >= 12 && buffer.subarray(0, 4).toString('latin1') === 'RIFF' && buffer.subarray(8, 12).toString('latin1') === 'WEBP') return { kind: 'image', mime: 'image/webp' };
  if (buffer.length >= 5 && buffer.subarray(0, 5).toString('latin1') === '%PDF-') return { kind: 'brochure', mime: 'application/pdf' };
  return null;
}

export type UploadKind = 'image' | 'brochure';

export interface InspectedUpload {
  kind: UploadKind;
  mime: string;
  /** The name to store and show: path parts, control and bidirectional characters removed. */
  filename: string;
}

/** What each content type may be called: the name has to say what the bytes are. */
const EXTENSIONS: Record<string, string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};
const TYPE_NAMES: Record<string, string> = { 'image/png': 'PNG 图片', 'image/jpeg': 'JPEG 图片', 'image/webp': 'WebP 图片', 'application/pdf': 'PDF 文件' };

/**
 * PDF features that run something when a reader opens or clicks the file, or carry other files:
 * refused whether they appear as a dictionary key (/JS, /AA, /EmbeddedFiles …) or as an action or
 * object type (/S /JavaScript, /S /Launch, /Type /EmbeddedFile).
 */
const ACTIVE_CONTENT: Record<string, string> = {
  JavaScript: '含有 JavaScript 脚本',
  JS: '含有 JavaScript 脚本',
  Launch: '含有启动外部程序的动作（Launch）',
  EmbeddedFile: '含有嵌入文件',
  EmbeddedFiles: '含有嵌入文件',
  EF: '含有嵌入文件',
  AA: '含有自动触发的动作（AA）',
};

/** Names of the PDF: keys of every dictionary and name values, after pdf-lib has decoded #xx escapes. */
function scan(doc: PDFDocument): Set<string> {
  const problems = new Set<string>();
  const seen = new Set<PDFObject>();
  const visit = (root: PDFObject | undefined): void => {
    const stack: Array<PDFObject | undefined> = [root];
    while (stack.length) {
      const value = stack.pop();
      if (!value || seen.has(value)) continue;
      seen.add(value);
      if (value instanceof PDFStream) stack.push(value.dict);
      else if (value instanceof PDFArray) stack.push(...value.asArray());
      else if (value instanceof PDFName) {
        const reason = ACTIVE_CONTENT[value.decodeText()];
        if (reason) problems.add(reason);
      } else if (value instanceof PDFDict) {
        for (const [key, entry] of value.entries()) {
          const name = key.decodeText();
          if (ACTIVE_CONTENT[name]) problems.add(ACTIVE_CONTENT[name]);
          // An open action that is a destination (page and zoom, as office programs write) runs
          // nothing; one that is an action dictionary does (JavaScript, URI, Launch, SubmitForm …).
          if (name === 'OpenAction') {
            const target = entry instanceof PDFRef ? doc.context.lookup(entry) : entry;
            if (target instanceof PDFDict) problems.add('含有打开时自动执行的动作（OpenAction）');
          }
          stack.push(entry);
        }
      }
    }
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object);
  visit(doc.context.trailerInfo.Root);
  return problems;
}

/** Why a PDF is refused, or null when it parses as a document with pages and carries nothing active. */
export async function pdfProblem(buffer: Buffer): Promise<string | null> {
  let doc: PDFDocument;
  try {
    // Object streams and compressed cross-reference streams are read like any reader reads them.
    // Encrypted files still expose their dictionaries (only strings and streams are encrypted).
    doc = await PDFDocument.load(buffer, { ignoreEncryption: true, throwOnInvalidObject: true, updateMetadata: false, parseSpeed: ParseSpeeds.Fast });
    if (doc.getPageCount() < 1) return '不是有效的 PDF 文件（没有页面）';
  } catch {
    return '不是有效的 PDF 文件（无法按 PDF 格式解析）';
  }
  const problems = scan(doc);
  return problems.size ? `PDF ${[...problems].join('、')}，出于安全考虑不予接收，请导出为普通 PDF 后重新上传` : null;
}

/**
 * Checks an upload by what it is, not what it claims: the content must be one of the accepted
 * types, the name's extension must say the same type, and a PDF must parse as a PDF and carry no
 * scripts, launch actions, embedded files or automatic actions. Throws a 400 on `file` saying why.
 */
export async function inspectUpload(file: { filename: string; buffer: Buffer }, accept: readonly UploadKind[], fallbackName: string): Promise<InspectedUpload> {
  const filename = safeFilename(file.filename ?? '', fallbackName);
  const type = sniff(file.buffer);
  const acceptedText = accept.map((k) => (k === 'image' ? 'PNG、JPEG、WebP 图片' : 'PDF 文件')).join('或');
  if (!type || !accept.includes(type.kind)) throw FieldValidationException.single('file', `仅支持${acceptedText}（按文件内容识别）`);
  const extension = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  const expected = EXTENSIONS[type.mime];
  if (!extension || !expected.includes(extension)) {
    throw FieldValidationException.single('file', `文件内容是${TYPE_NAMES[type.mime]}，与文件名“${filename}”不符（应以 .${expected[0]} 结尾）`);
  }
  if (type.mime === 'application/pdf') {
    const problem = await pdfProblem(file.buffer);
    if (problem) throw FieldValidationException.single('file', problem);
  }
  return { kind: type.kind, mime: type.mime, filename };
}
