import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@scenematch/server-audit';
import type { ApplicationFileView } from '@scenematch/contracts';
import { Access, Actor, FieldValidationException, releaseStoredFile, RequestMeta, storedFilePath, writeStoredFile } from '@scenematch/server-common';
import { returningRows } from '@scenematch/server-database';
import { AppConfig } from '@scenematch/server-config';
import { inspectUpload, MAX_BROCHURE_BYTES } from '@scenematch/server-products';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ApplicationsService } from './applications.service';
import { sealedStorageKey } from './sealing/bid-opening.service';
import { BidSealer } from './sealing/bid-sealer';

export const MAX_APPLICATION_FILES = 10;

/** PDF attachments of applications: checked by content, stored under STORAGE_DIR, streamed, sealed like the application. */
@Injectable()
export class ApplicationFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly sealer: BidSealer,
  ) {}

  async add(applicationId: string, file: { filename: string; buffer: Buffer }, actor: Actor, meta: RequestMeta): Promise<ApplicationFileView> {
    if (file.buffer.length > MAX_BROCHURE_BYTES) throw FieldValidationException.single('file', `附件不能超过 ${MAX_BROCHURE_BYTES / 1024 / 1024} MB`);
    const { filename } = await inspectUpload(file, ['brochure'], 'file.pdf');
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const row = await this.applications.lockEditable(manager, applicationId, actor);
      const count = await manager.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM application_files WHERE application_id = $1`, [row.id]);
      if (Number(count[0].n) >= MAX_APPLICATION_FILES) throw new ConflictException(`每份申报最多 ${MAX_APPLICATION_FILES} 个附件`);
      // Stored encrypted under a random name until the opening (bids are editable only before it).
      const key = sealedStorageKey(row.scenario_id);
      const dataKey = (await this.sealer.dataKey(manager, row.scenario_id)) as Buffer;
      await writeStoredFile(this.config.STORAGE_DIR, key, this.sealer.sealFile(dataKey, key, file.buffer));
      const rows = await manager.query<Array<{ id: string }>>(
        `INSERT INTO application_files (application_id, filename, size, sha256, storage_key, sealed) VALUES ($1, $2, $3, $4, $5, true) RETURNING id`,
        [applicationId, filename, file.buffer.length, sha256, key],
      );
      // The file's name stays out of the audit trail: it may say who bids, or what.
      await this.audit.record({ action: 'application.file.add', actor, entityType: 'application', entityId: applicationId, meta, details: { size: file.buffer.length } }, manager);
      return { id: rows[0].id, filename, size: file.buffer.length, url: `/api/applications/${applicationId}/files/${rows[0].id}` };
    });
  }

  /** Streams a file to whoever may read the application. */
  async open(applicationId: string, fileId: string, actor: Actor): Promise<{ stream: Readable; filename: string; size: number }> {
    const application = await this.applications.readable(applicationId, actor);
    const rows = await this.dataSource.query<Array<{ filename: string; storage_key: string; sealed: boolean }>>(
      `SELECT filename, storage_key, sealed FROM application_files WHERE id = $1 AND application_id = $2`,
      [fileId, applicationId],
    );
    Access.requireVisible(!!rows[0], '附件');
    const path = storedFilePath(this.config.STORAGE_DIR, rows[0].storage_key);
    const info = await stat(path).catch(() => null);
    Access.requireVisible(!!info, '附件');
    if (rows[0].sealed) {
      // Only the bidding company and its consortium reach here before the opening (readable()).
      const dataKey = await this.sealer.dataKey(this.dataSource.manager, application.scenario_id, false);
      Access.requireVisible(!!dataKey, '附件');
      const content = this.sealer.unsealFile(dataKey as Buffer, rows[0].storage_key, await readFile(path));
      return { stream: Readable.from([content]), filename: rows[0].filename, size: content.length };
    }
    return { stream: createReadStream(path), filename: rows[0].filename, size: (info as { size: number }).size };
  }

  async remove(applicationId: string, fileId: string, actor: Actor, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.applications.lockEditable(manager, applicationId, actor);
      const result = await manager.query<[Array<{ storage_key: string }>, number]>(
        `DELETE FROM application_files WHERE id = $1 AND application_id = $2 RETURNING storage_key`,
        [fileId, applicationId],
      );
      const rows = returningRows(result);
      Access.requireVisible(rows.length > 0, '附件');
      const others = await manager.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM application_files WHERE storage_key = $1`, [rows[0].storage_key]);
      await releaseStoredFile(this.config.STORAGE_DIR, rows[0].storage_key, others[0].n);
      await this.audit.record({ action: 'application.file.remove', actor, entityType: 'application', entityId: applicationId, meta, details: { fileId } }, manager);
    });
  }
}
