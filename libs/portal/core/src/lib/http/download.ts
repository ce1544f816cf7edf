import type { Observable } from 'rxjs';

/** A file the API sent, ready to be saved. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * The file name in a Content-Disposition header: the RFC 5987 `filename*=UTF-8''…` form first
 * (it carries the Chinese name), then the plain `filename="…"`, else `fallback`.
 */
export function fileNameFromDisposition(
  header: string | null | undefined,
  fallback: string,
): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain ? plain[1].trim() : fallback;
}

/** Lets the browser save a blob under a name (a temporary object URL on a clicked link). */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV text from rows, RFC 4180 quoting, CRLF line ends, with a UTF-8 BOM so that Excel reads Chinese. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const cell = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return (
    '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
  );
}

/** Fetches a file's content and saves it under `fileName`; `onError` when the fetch fails. */
export function fetchAndSave(
  content: Observable<Blob>,
  fileName: string,
  onError: () => void,
): void {
  content.subscribe({
    next: (blob) => saveFile({ blob, fileName }),
    error: onError,
  });
}
