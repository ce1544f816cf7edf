import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { beijingIso } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { AppConfig } from '@scenematch/server-config';
import { EFFECTIVE_DEADLINE_SQL, storedFilePath, writeStoredFile } from '@scenematch/server-common';
import { markBidsOpened, SCENARIO_BATCHES, SCENARIOS } from '@scenematch/server-data';
import { createHash, randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { DataSource, EntityManager } from 'typeorm';
import { BidSealer } from './bid-sealer';

/** Statuses in which a scenario never took bids yet: nothing to open. */
const BEFORE_PUBLICATION = ['draft', 'submitted', 'returned', 'approved'];

export interface Opening {
  scenarioId: string;
  openedAt: string;
  bids: number;
}

/** Where sealed attachments are stored: a random name, so nothing of the content shows in the path. */
export function sealedStorageKey(scenarioId: string): string {
  return `sealed/${scenarioId}/${randomUUID()}`;
}

/** Where plain attachments are stored: content-addressed. */
export function plainStorageKey(content: Buffer): {
  key: string;
  sha256: string;
} {
  const sha256 = createHash('sha256').update(content).digest('hex');
  return { key: `applications/${sha256.slice(0, 2)}/${sha256}`, sha256 };
}

/**
 * The opening (开标). At the scenario's deadline — or at once when it stops taking bids — the
 * bids are decrypted into their readable columns, attachments into plain files, the data key is
 * destroyed (nothing sealed remains) and the event is audited with who (the system), when and
 * how many. Safe to run any number of times and from any process: the scenario row is locked
 * and an opened scenario is left alone.
 *
 * Why decrypt at the opening rather than on every read: after it, today's rules and code paths
 * (reviews, statistics, exports) work on plain columns, and the key that could reveal anything
 * sealed no longer exists; the seal's purpose — nobody reads before the deadline — is met.
 */
@Injectable()
export class BidOpeningService {
  private readonly logger = new Logger(BidOpeningService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sealer: BidSealer,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Opens the scenario's bids if their time has come; null when it has not (or they are open). */
  async openIfDue(
    scenarioId: string,
    now = new Date(),
  ): Promise<Opening | null> {
    const removeAfterCommit: string[] = [];
    const opening = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{
        id: string;
        status: string;
        bids_opened_at: Date | null;
        deadline_at: Date | null;
      }>>(
        `SELECT s.id, s.status, s.bids_opened_at, ${EFFECTIVE_DEADLINE_SQL} AS deadline_at
           FROM ${SCENARIOS} s LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id WHERE s.id = $1 FOR UPDATE OF s`,
        [scenarioId],
      );
      const s = rows[0];
      if (!s || s.bids_opened_at || BEFORE_PUBLICATION.includes(s.status))
        return null;
      if (
        s.status === 'published' &&
        (!s.deadline_at || s.deadline_at.getTime() > now.getTime())
      )
        return null;
      await this.unsealAll(manager, scenarioId, removeAfterCommit);
      const counted = await manager.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM applications WHERE scenario_id = $1 AND status NOT IN ('draft', 'withdrawn')`,
        [scenarioId],
      );
      const openedAt = await markBidsOpened(manager, scenarioId, now);
      await manager.query<unknown>(
        `DELETE FROM scenario_data_keys WHERE scenario_id = $1`,
        [scenarioId],
      );
      const result: Opening = {
        scenarioId,
        openedAt: beijingIso(openedAt),
        bids: counted[0].n,
      };
      await this.audit.record(
        {
          action: 'scenario.bids_opened',
          entityType: 'scenario',
          entityId: scenarioId,
          details: {
            by: 'system',
            openedAt: result.openedAt,
            deadline: s.deadline_at ? beijingIso(s.deadline_at) : null,
            bids: result.bids,
            scenarioStatus: s.status,
          },
        },
        manager,
      );
      return result;
    });
    for (const path of removeAfterCommit)
      await rm(path, { force: true }).catch(() => undefined);
    if (opening)
      this.logger.log(
        `Opened ${opening.bids} bid(s) of scenario ${scenarioId}`,
      );
    return opening;
  }

  /** When the scenario's still-sealed bids open (its deadline in force); null when not scheduled (opened, no deadline, not published). */
  async dueAt(scenarioId: string): Promise<Date | null> {
    const rows = await this.dataSource.query<Array<{ deadline_at: Date | null }>>(
      `SELECT ${EFFECTIVE_DEADLINE_SQL} AS deadline_at FROM ${SCENARIOS} s LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id
      WHERE s.id = $1 AND s.status = 'published' AND s.bids_opened_at IS NULL`,
      [scenarioId],
    );
    return rows[0]?.deadline_at ?? null;
  }

  /**
   * Opens every scenario whose time has come (the periodic sweep: nothing is missed when a
   * delayed job was lost), and seals any bid of a still-sealed scenario that is stored plain
   * (bids made before sealing existed). Returns the openings made.
   */
  async sweep(now = new Date()): Promise<Opening[]> {
    const due = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT s.id FROM ${SCENARIOS} s LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id
        WHERE s.bids_opened_at IS NULL
          AND ((s.status = 'published' AND ${EFFECTIVE_DEADLINE_SQL} <= $1) OR s.status <> ALL($2::text[]) AND s.status <> 'published')
        ORDER BY ${EFFECTIVE_DEADLINE_SQL} NULLS LAST LIMIT 500`,
      [now, BEFORE_PUBLICATION],
    );
    const openings: Opening[] = [];
    for (const { id } of due) {
      try {
        const opening = await this.openIfDue(id, now);
        if (opening) openings.push(opening);
      } catch (error) {
        this.logger.error(
          `Opening of scenario ${id} failed: ${(error as Error).message}`,
        );
      }
    }
    await this.sealPlainBids();
    return openings;
  }

  /** Seals bids of unopened scenarios that are still stored in plain columns. */
  async sealPlainBids(): Promise<number> {
    const plain = await this.dataSource.query<Array<{ id: string; scenario_id: string }>>(
      `SELECT a.id, a.scenario_id FROM applications a JOIN ${SCENARIOS} s ON s.id = a.scenario_id
      WHERE s.bids_opened_at IS NULL AND a.sealed IS NULL AND a.proposal IS NOT NULL LIMIT 500`,
    );
    for (const app of plain) {
      // The plain attachments, removed once their sealed copies are committed (never before: a
      // failed transaction keeps the bid as it was).
      const plainFiles: string[] = [];
      await this.dataSource.transaction(async (manager) => {
        const rows = await manager.query<Array<{
          proposal: string | null;
          quote: string;
          duration_days: number;
          team: string;
          declarations: Record<string, boolean>;
          product_ids: string[];
        }>>(
          `SELECT proposal, quote, duration_days, team, declarations, product_ids FROM applications WHERE id = $1 AND sealed IS NULL FOR UPDATE`,
          [app.id],
        );
        const r = rows[0];
        if (!r || r.proposal === null) return;
        const key = (await this.sealer.dataKey(
          manager,
          app.scenario_id,
        )) as Buffer;
        const sealed = this.sealer.sealContents(key, app.id, {
          proposal: r.proposal,
          quote: Number(r.quote),
          durationDays: r.duration_days,
          team: r.team,
          declarations: r.declarations,
          productIds: r.product_ids,
        });
        await manager.query<unknown>(
          `UPDATE applications SET sealed = $2, proposal = NULL, quote = NULL, duration_days = NULL, team = '', declarations = '{}', product_ids = '{}' WHERE id = $1`,
          [app.id, sealed],
        );
        const files = await manager.query<Array<{ id: string; storage_key: string }>>(
          `SELECT id, storage_key FROM application_files WHERE application_id = $1 AND NOT sealed FOR UPDATE`,
          [app.id],
        );
        for (const f of files) {
          const content = await readFile(this.path(f.storage_key));
          const storageKey = sealedStorageKey(app.scenario_id);
          await this.write(
            storageKey,
            this.sealer.sealFile(key, storageKey, content),
          );
          await manager.query<unknown>(
            `UPDATE application_files SET storage_key = $2, sealed = true WHERE id = $1`,
            [f.id, storageKey],
          );
          plainFiles.push(this.path(f.storage_key));
        }
      });
      for (const path of plainFiles) await rm(path, { force: true }).catch(() => undefined);
    }
    return plain.length;
  }

  private async unsealAll(
    manager: EntityManager,
    scenarioId: string,
    removeAfterCommit: string[],
  ): Promise<void> {
    const apps = await manager.query<Array<{ id: string; sealed: Buffer }>>(
      `SELECT id, sealed FROM applications WHERE scenario_id = $1 AND sealed IS NOT NULL FOR UPDATE`,
      [scenarioId],
    );
    const files = await manager.query<Array<{ id: string; storage_key: string }>>(
      `SELECT f.id, f.storage_key FROM application_files f JOIN applications a ON a.id = f.application_id
      WHERE a.scenario_id = $1 AND f.sealed FOR UPDATE OF f`,
      [scenarioId],
    );
    if (!apps.length && !files.length) return;
    const key = await this.sealer.dataKey(manager, scenarioId, false);
    if (!key)
      throw new Error(`Scenario ${scenarioId} has sealed bids but no data key`);
    for (const app of apps) {
      const c = this.sealer.unsealContents(key, app.id, app.sealed);
      await manager.query<unknown>(
        `UPDATE applications SET proposal = $2, quote = $3, duration_days = $4, team = $5, declarations = $6, product_ids = $7, sealed = NULL WHERE id = $1`,
        [
          app.id,
          c.proposal,
          c.quote,
          c.durationDays,
          c.team,
          JSON.stringify(c.declarations),
          c.productIds,
        ],
      );
    }
    for (const f of files) {
      const content = this.sealer.unsealFile(
        key,
        f.storage_key,
        await readFile(this.path(f.storage_key)),
      );
      const plain = plainStorageKey(content);
      await this.write(plain.key, content);
      await manager.query<unknown>(
        `UPDATE application_files SET storage_key = $2, sealed = false WHERE id = $1`,
        [f.id, plain.key],
      );
      removeAfterCommit.push(this.path(f.storage_key));
    }
  }

  private write(key: string, content: Buffer): Promise<void> {
    return writeStoredFile(this.config.STORAGE_DIR, key, content);
  }

  private path(key: string): string {
    return storedFilePath(this.config.STORAGE_DIR, key);
  }
}
