import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  model,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import {
  type ApplicationFileView,
  ApplicationsApi,
} from '@scenematch/portal/applications/data-access/applications.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';
import { ApplicationFilesComponent } from '@scenematch/portal/shared/ui/application/application-files.component';
import { FormNoticesComponent } from '@scenematch/portal/shared/ui/forms/form-notices.component';

/** The API's limit on an attachment (it checks the content too). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A client-side check of a chosen attachment: null when fine, else the catalogue key of the message. */
export function attachmentProblem(
  file: Pick<File, 'name' | 'type' | 'size'>,
): string | null {
  const pdf =
    file.type === 'application/pdf' || /\.pdf$/i.test(file.name.trim());
  if (!pdf) return 'applications.files.notPdf';
  if (file.size > MAX_FILE_BYTES) return 'applications.files.tooLarge';
  return null;
}

/**
 * 申报附件 (PDF): listed, uploaded and removed once the application is saved; before that, a
 * button saves the draft first. Attachments belong to the bid: shown above the buttons that save
 * and submit it.
 */
@Component({
  selector: 'sm-apply-attachments',
  imports: [
    TranslocoPipe,
    NzButtonModule,
    NzIconModule,
    ApplicationFilesComponent,
    FormNoticesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'attachments', 'data-testid': 'apply-files' },
  template: `
    <h3>{{ 'applications.files.title' | transloco }}</h3>
    @if (applicationId(); as id) {
      <p class="hint">{{ 'applications.files.hint' | transloco }}</p>
      <sm-application-files
        [files]="files()"
        [removable]="editable()"
        [busyId]="removingFile()"
        [showEmpty]="!editable()"
        (remove)="removeFile(id, $event)"
      />
      @let error = fileError();
      <sm-form-notices
        [notices]="[
          !!error && {
            type: 'error',
            message: error,
            testid: 'apply-file-error',
          },
        ]"
      />
      @if (editable()) {
        <input
          #fileInput
          type="file"
          accept="application/pdf,.pdf"
          hidden
          (change)="upload(id, fileInput)"
          data-testid="apply-file-input"
        />
        <button
          nz-button
          type="button"
          [nzLoading]="uploading()"
          (click)="fileInput.click()"
          data-testid="apply-file-upload"
        >
          <nz-icon nzType="cloud-upload" />{{
            'applications.files.upload' | transloco
          }}
        </button>
      }
    } @else {
      <p class="hint" data-testid="apply-files-save-first">
        {{ 'applications.files.saveFirst' | transloco }}
      </p>
      @if (editable()) {
        <button
          nz-button
          type="button"
          [nzLoading]="savingDraft()"
          [disabled]="busy()"
          (click)="saveDraft.emit()"
          data-testid="apply-files-save-draft"
        >
          {{ 'applications.apply.saveDraft' | transloco }}
        </button>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 24px;
      padding-top: 16px;
      border-top: 1px solid #f0f0f0;
    }
    h3 {
      font-size: 15px;
      margin: 0 0 4px;
    }
    .hint {
      margin-top: 4px;
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
  `,
})
export class ApplyAttachmentsComponent {
  private readonly api = inject(ApplicationsApi);
  private readonly message = inject(NzMessageService);

  /** The saved application (null before its first save). */
  readonly applicationId = input<string | null>(null);
  readonly files = model<readonly ApplicationFileView[]>([]);
  readonly editable = input(false);
  /** The draft is being saved (by this section's button or the form's). */
  readonly busy = input(false);
  readonly savingDraft = input(false);
  readonly saveDraft = output<void>();

  private readonly i18n = inject(LanguageService);
  protected readonly uploading = signal(false);
  private readonly removals = new ApiActions();
  /** The file whose removal is under way. */
  protected readonly removingFile = this.removals.busy;
  protected readonly fileError = signal<string | null>(null);

  /** Uploads the PDF chosen in the (hidden) file input, then clears it. */
  protected upload(id: string, input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (!file || this.uploading()) return;
    this.fileError.set(null);
    const problem = attachmentProblem(file);
    if (problem) {
      this.fileError.set(this.i18n.t(problem));
      return;
    }
    this.uploading.set(true);
    this.api.uploadFile(id, file).subscribe({
      next: (saved) => {
        this.uploading.set(false);
        this.files.update((list) => [...list, saved]);
        this.message.success(
          this.i18n.t('applications.files.uploaded', { name: saved.filename }),
        );
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        const e = toApiError(error);
        this.fileError.set(
          e.errors?.find((f) => f.field === 'file')?.message ||
            e.message ||
            this.i18n.t('applications.files.uploadFailed'),
        );
      },
    });
  }

  protected removeFile(id: string, file: ApplicationFileView): void {
    this.removals.run(file.id, this.api.removeFile(id, file.id), {
      then: () => this.files.update((list) => list.filter((f) => f.id !== file.id)),
      done: this.i18n.t('applications.files.removed'),
      failed: (e) => e.message,
    });
  }
}
