import { Directive, input, output } from '@angular/core';

/** What a listed file has. */
export interface ListedFile {
  id: string;
  url: string;
  filename: string;
  size: number;
}

/**
 * What the file lists (an application's attachments, a product's files) have in common: the files
 * and their removal (`removable`, `busyId`, `remove`).
 */
@Directive()
export abstract class FileListBase<F extends ListedFile> {
  readonly files = input.required<readonly F[]>();
  readonly removable = input(false);
  /** The file whose removal is under way. */
  readonly busyId = input<string | null>(null);
  readonly remove = output<F>();
}
