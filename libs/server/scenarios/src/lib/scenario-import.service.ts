import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatBeijing, ImportReport, ImportRowResult, parseDeadline, responsibleUnits, ScenarioStatus } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, FieldValidationException, recordStatusEvents, RequestMeta } from '@scenematch/server-common';
import { ensureAgencies, ORGANISATIONS, organisationIdsByName } from '@scenematch/server-data';
import { TaxonomyService } from '@scenematch/server-taxonomy';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { scheduleBidOpening } from './bid-opening-schedule';
import { DataSource, EntityManager } from 'typeorm';
import { ScenarioBatch } from './entities/scenario-batch.entity';
import { ListFileError, ListFileRow, parseBudget, readListFile } from './scenario-list-file';
import { searchDocument } from './scenario-view';

export const MAX_IMPORT_ROWS = 5000;

interface PlannedRow {
  result: ImportRowResult;
  insert?: {
    seqNo: number | null;
    title: string;
    domainCode: string;
    domainName: string;
    units: string[];
    description: string;
    deadline: Date | null;
    capabilityCodes: string[];
    budgetMin: number | null;
    budgetMax: number | null;
  };
}

/**
 * Imports a scenario list (.xlsx or .csv with 序号, 应用领域, 场景名称, 责任单位 and optional
 * 场景描述, 截止日期, 能力需求, 预算) into a batch. Good rows go in, bad rows come back with their
 * row number and reasons; rows already present are reported as duplicates, so importing the same
 * file twice adds nothing. Unknown units become agency organisations. `dryRun` plans without writing.
 */
@Injectable()
export class ScenarioImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async import(file: { filename: string; buffer: Buffer }, batchId: string, dryRun: boolean, actor: Actor, meta: RequestMeta): Promise<ImportReport> {
    let rows: ListFileRow[];
    try {
      rows = await readListFile(file.filename, file.buffer);
    } catch (error) {
      if (error instanceof ListFileError) throw FieldValidationException.single('file', error.message);
      throw error;
    }
    if (!rows.length) throw FieldValidationException.single('file', '文件中没有数据行');
    if (rows.length > MAX_IMPORT_ROWS) throw FieldValidationException.single('file', `一次最多导入 ${MAX_IMPORT_ROWS} 行`);

    const run = async (manager: EntityManager): Promise<ImportReport> => {
      const batch = await manager.getRepository(ScenarioBatch).findOne({ where: { id: batchId }, lock: { mode: 'pessimistic_write' } });
      Access.requireVisible(!!batch, '榜单');
      const b = batch as ScenarioBatch;
      if (b.status === 'closed') throw new ConflictException('该榜单已截止，不能再导入');
      const planned = await this.plan(manager, rows, b);
      const report: ImportReport = {
        dryRun,
        batch: { id: b.id, number: b.number, name: b.name },
        rows: rows.length,
        created: 0,
        duplicates: planned.filter((p) => p.result.outcome === 'duplicate').length,
        errors: planned.filter((p) => p.result.outcome === 'error').length,
        newAgencies: [...new Set(planned.flatMap((p) => (p.result.newAgency ? (p.insert?.units ?? []) : [])))],
        results: planned.map((p) => p.result),
      };
      const toInsert = planned.filter((p) => p.insert);
      report.newAgencies = await this.unknownUnits(manager, [...new Set(toInsert.flatMap((p) => p.insert?.units ?? []))]);
      for (const p of toInsert) p.result.newAgency = p.insert?.units.some((u) => report.newAgencies.includes(u)) ?? false;
      report.created = toInsert.length;
      if (dryRun || !toInsert.length) return report;

      const status: ScenarioStatus = b.status === 'published' ? 'published' : 'approved';
      const unitIds = await ensureAgencies(manager, [...new Set(toInsert.flatMap((p) => p.insert?.units ?? []))]);
      for (const p of toInsert) {
        const r = p.insert as NonNullable<PlannedRow['insert']>;
        const doc = searchDocument({ title: r.title, description: r.description, domainName: r.domainName, agencyNames: r.units });
        const inserted = await manager.query<Array<{ id: string }>>(
          `INSERT INTO scenarios (batch_id, seq_no, title, domain_code, agency_id, co_agency_ids, description, capability_codes,
                                  deadline, budget_min, budget_max, status, source, submitted_at, published_at,
                                  search_text, search_tokens, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'import', now(), $13, $14, $15, $16)
           ON CONFLICT DO NOTHING RETURNING id`,
          [
            b.id,
            r.seqNo,
            r.title,
            r.domainCode,
            unitIds.get(r.units[0]),
            r.units.slice(1).map((u) => unitIds.get(u)),
            r.description,
            r.capabilityCodes,
            r.deadline,
            r.budgetMin,
            r.budgetMax,
            status,
            status === 'published' ? new Date() : null,
            doc.text,
            doc.tokens,
            actor.userId,
          ],
        );
        if (!inserted[0]) {
          // Lost a race with a concurrent import of the same row.
          p.result.outcome = 'duplicate';
          report.created--;
          report.duplicates++;
          continue;
        }
        await recordStatusEvents(manager, 'scenario', inserted[0].id, null, status, actor, `导入：${file.filename} 第 ${p.result.row} 行`);
        if (status === 'published') await this.outbox.publish(manager, JobName.ScenarioChanged, { scenarioId: inserted[0].id });
        if (status === 'published') await scheduleBidOpening(this.outbox, manager, inserted[0].id);
      }
      await this.audit.record(
        {
          action: 'scenario.import',
          actor,
          entityType: 'batch',
          entityId: b.id,
          meta,
          details: { file: file.filename, rows: report.rows, created: report.created, duplicates: report.duplicates, errors: report.errors, newAgencies: report.newAgencies.length },
        },
        manager,
      );
      return report;
    };

    if (dryRun) {
      // Plan inside a transaction that is always rolled back: nothing a dry run touches stays.
      let report: ImportReport | undefined;
      await this.dataSource
        .transaction(async (manager) => {
          report = await run(manager);
          throw ROLLBACK;
        })
        .catch((error) => {
          if (error !== ROLLBACK) throw error;
        });
      return report as ImportReport;
    }
    return this.dataSource.transaction(run);
  }

  private async plan(manager: EntityManager, rows: ListFileRow[], batch: ScenarioBatch): Promise<PlannedRow[]> {
    const usedSeq = await manager.query<Array<{ seq_no: number | null; title: string; agency: string }>>(
      `SELECT s.seq_no, s.title, o.name AS agency FROM scenarios s JOIN ${ORGANISATIONS} o ON o.id = s.agency_id
        WHERE s.batch_id = $1 AND s.status <> 'cancelled'`,
      [batch.id],
    );
    const existingKeys = new Set(usedSeq.map((r) => `${r.agency}\u0000${r.title}`));
    const seqOwner = new Map(usedSeq.filter((r) => r.seq_no !== null).map((r) => [r.seq_no, `${r.agency}\u0000${r.title}`]));
    const seenKeys = new Set<string>();
    const seenSeq = new Set<number>();
    const out: PlannedRow[] = [];

    for (const { row, cells } of rows) {
      const errors: string[] = [];
      const title = (cells['场景名称'] ?? '').replace(/\s+/g, ' ').trim();
      const units = responsibleUnits(cells['责任单位'] ?? '');
      let seqNo: number | null = null;
      const seqText = (cells['序号'] ?? '').trim();
      if (seqText) {
        if (!/^\d{1,6}$/.test(seqText) || Number(seqText) < 1) errors.push(`序号“${seqText}”应为正整数`);
        else seqNo = Number(seqText);
      }
      if (!title) errors.push('场景名称为空');
      else if (title.length < 2 || title.length > 100) errors.push('场景名称应为 2–100 个字符');
      if (!units.length) errors.push('责任单位为空');
      for (const unit of units) if (unit.length < 2 || unit.length > 100) errors.push(`责任单位“${unit}”长度应为 2–100 个字符`);
      const domainText = (cells['应用领域'] ?? '').trim();
      const domain = domainText ? await this.taxonomy.domain(domainText) : undefined;
      if (!domainText) errors.push('应用领域为空');
      else if (!domain) errors.push(`未知的应用领域“${domainText}”`);
      const description = cells['场景描述'] ?? '';
      if (description.length > 5000) errors.push('场景描述超过 5000 字');
      // 截止日期: a date (closes 17:00 Beijing time that day) or a date and time (Beijing time).
      let deadline: Date | null = null;
      const deadlineText = (cells['截止日期'] ?? '').trim().replace(/日/, '').replace(/[/.年月]/g, '-').replace(/\s+/g, ' ');
      if (deadlineText) {
        const normal = deadlineText.replace(/^(\d{4})-(\d{1,2})-(\d{1,2})/, (_, y, m, d) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`)
          .replace(/ (\d):/, ' 0$1:');
        const at = parseDeadline(normal);
        if (!at) errors.push(`截止日期“${cells['截止日期']}”不是有效日期（例如 2026-12-20，或带时间 2026-12-20 17:00）`);
        else if (at.getTime() <= Date.now()) errors.push(`截止时间 ${formatBeijing(at)} 已过`);
        else if (batch.closesOn && at.getTime() > (parseDeadline(batch.closesOn) as Date).getTime()) errors.push(`截止时间 ${formatBeijing(at)} 晚于榜单截止时间 ${batch.closesOn} 17:00`);
        else deadline = at;
      }
      const capabilityInputs = (cells['能力需求'] ?? '').split(/[、,，;；/\n]+/).map((c) => c.trim()).filter(Boolean);
      const { codes, unknown } = await this.taxonomy.capabilities(capabilityInputs);
      if (unknown.length) errors.push(`未知的能力标签：${unknown.join('、')}`);
      const budget = parseBudget(cells['预算'] ?? '');
      if (budget === 'invalid') errors.push(`预算“${cells['预算']}”格式不正确（例如 500000 或 50-80万）`);
      else if (budget[0] !== null && budget[1] !== null && budget[0] > budget[1]) errors.push('预算下限高于上限');

      const key = `${units[0] ?? ''}\u0000${title}`;
      const result: ImportRowResult = { row, seqNo, title, outcome: 'created', errors, agency: units.join(' ') };
      if (!errors.length && (existingKeys.has(key) || seenKeys.has(key))) {
        result.outcome = 'duplicate';
        out.push({ result });
        continue;
      }
      if (seqNo !== null && !errors.length) {
        if (seenSeq.has(seqNo)) errors.push(`序号 ${seqNo} 在文件中重复`);
        else if (seqOwner.has(seqNo) && seqOwner.get(seqNo) !== key) errors.push(`序号 ${seqNo} 在该榜单中已被其他场景占用`);
      }
      if (errors.length) {
        result.outcome = 'error';
        out.push({ result });
        continue;
      }
      seenKeys.add(key);
      if (seqNo !== null) seenSeq.add(seqNo);
      const [budgetMin, budgetMax] = budget as [number | null, number | null];
      out.push({
        result,
        insert: {
          seqNo,
          title,
          domainCode: (domain as { code: string }).code,
          domainName: (domain as { name: string }).name,
          units,
          description,
          deadline,
          capabilityCodes: codes,
          budgetMin,
          budgetMax,
        },
      });
    }
    return out;
  }

  private async unknownUnits(manager: EntityManager, names: string[]): Promise<string[]> {
    if (!names.length) return [];
    const known = await organisationIdsByName(manager, 'agency', names);
    return names.filter((n) => !known.has(n));
  }

}

const ROLLBACK = Symbol('dry run');
