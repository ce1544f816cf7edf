import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProductFileView } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, FieldValidationException, releaseStoredFile, RequestMeta, storedFilePath, writeStoredFile } from '@scenematch/server-common';
import { returningRows } from '@scenematch/server-database';
import { AppConfig } from '@scenematch/server-config';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { inspectUpload } from './file-inspection';
import { canSeeProduct, ProductsService } from './products.service';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_BROCHURE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES_PER_PRODUCT = 12;

/** Screenshots and brochures of products, stored under STORAGE_DIR by content hash. */
@Injectable()
export class ProductFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly products: ProductsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async add(productId: string, file: { filename: string; buffer: Buffer }, actor: Actor, meta: RequestMeta): Promise<ProductFileView> {
    const limit = (kind: string) => (kind === 'image' ? MAX_IMAGE_BYTES : MAX_BROCHURE_BYTES);
    const type = await inspectUpload(file, ['image', 'brochure'], 'file');
    if (file.buffer.length > limit(type.kind)) throw FieldValidationException.single('file', `${type.kind === 'image' ? '图片' : 'PDF'}不能超过 ${limit(type.kind) / 1024 / 1024} MB`);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const key = `products/${sha256.slice(0, 2)}/${sha256}`;
    const filename = type.filename;
    const id = await this.dataSource.transaction(async (manager) => {
      await this.products.lockOwned(manager, productId, actor);
      const count = await manager.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM product_files WHERE product_id = $1`, [productId]);
      if (Number(count[0].n) >= MAX_FILES_PER_PRODUCT) throw new ConflictException(`每个产品最多 ${MAX_FILES_PER_PRODUCT} 个文件`);
      await writeStoredFile(this.config.STORAGE_DIR, key, file.buffer);
      const rows = await manager.query<Array<{ id: string }>>(
        `INSERT INTO product_files (product_id, kind, filename, mime, size, sha256, storage_key) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [productId, type.kind, filename, type.mime, file.buffer.length, sha256, key],
      );
      await manager.query<unknown>(`UPDATE products SET updated_at = now() WHERE id = $1`, [productId]);
      await this.audit.record({ action: 'product.file.add', actor, entityType: 'product', entityId: productId, meta, details: { filename, size: file.buffer.length, mime: type.mime } }, manager);
      return rows[0].id;
    });
    return { id, kind: type.kind, filename, mime: type.mime, size: file.buffer.length, url: `/api/products/${productId}/files/${id}` };
  }

  async read(productId: string, fileId: string, actor: Actor | undefined): Promise<{ body: Buffer; mime: string; filename: string }> {
    const rows = await this.dataSource.query<Array<{ status: string; organisation_id: string; mime: string; filename: string; storage_key: string }>>(
      `SELECT p.status, p.organisation_id, f.mime, f.filename, f.storage_key FROM product_files f JOIN products p ON p.id = f.product_id
        WHERE f.id = $1 AND f.product_id = $2`,
      [fileId, productId],
    );
    const row = rows[0];
    Access.requireVisible(!!row && canSeeProduct(actor, row as never), '文件');
    try {
      return { body: await readFile(storedFilePath(this.config.STORAGE_DIR, row.storage_key)), mime: row.mime, filename: row.filename };
    } catch {
      Access.requireVisible(false, '文件');
      throw new Error('unreachable');
    }
  }

  async remove(productId: string, fileId: string, actor: Actor, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.products.lockOwned(manager, productId, actor);
      const removed = returningRows(
        await manager.query<[Array<{ storage_key: string }>, number]>(`DELETE FROM product_files WHERE id = $1 AND product_id = $2 RETURNING storage_key`, [fileId, productId]),
      );
      Access.requireVisible(removed.length > 0, '文件');
      const stillUsed = await manager.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM product_files WHERE storage_key = $1`, [removed[0].storage_key]);
      await releaseStoredFile(this.config.STORAGE_DIR, removed[0].storage_key, stillUsed[0].n);
      await this.audit.record({ action: 'product.file.remove', actor, entityType: 'product', entityId: productId, meta, details: { fileId } }, manager);
    });
  }
}
