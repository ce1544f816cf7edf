import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPLICATION_STATUS_LABELS, quarterRange, SCENARIO_STATUS_LABELS, SESSION_STATUS_LABELS, SessionStatus, StatsOverview } from '@scenematch/contracts';
import { addTableSheet, FieldValidationException, SheetColumn, spreadsheetXlsx } from '@scenematch/server-common';
import {
  APPLICATIONS,
  AWARDS,
  DOMAINS,
  MATCH_RESULTS,
  ORGANISATIONS,
  SCENARIO_BATCHES,
  SCENARIOS,
  sessionReportRows,
} from '@scenematch/server-data';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { inPeriod, OPEN, SUBMITTED } from './stats-sql';
import { StatsService } from './stats.service';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1677FF' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const COUNT = '#,##0';
const MONEY = '#,##0.00';
const DATETIME = 'yyyy-mm-dd hh:mm';
const AWARD_STATUS_LABELS: Record<string, string> = { in_notice: '公示中', confirmed: '已确认', overturned: '已撤销' };

type Row = Record<string, unknown>;

/** A status column: its label, or the raw value when there is none. */
const statusColumn = (labels: Record<string, string>, width: number): SheetColumn<Row> => ({ header: '状态', width, value: (r) => labels[r['status'] as string] ?? r['status'] });

/** An instant column, shown in Beijing time. */
const timeColumn = (header: string, key: string): SheetColumn<Row> => ({ header, width: 18, numFmt: DATETIME, value: (r) => timeCell(r[key] as Date | null) });

/** Columns several sheets share: the same header, width and cell wherever they appear. */
const COLUMNS = {
  title: { header: '场景名称', width: 40, value: (r) => r['title'] },
  domain: { header: '应用领域', width: 14, value: (r) => r['domain'] },
  agency: { header: '责任单位', width: 28, value: (r) => r['agency'] },
  deadline: timeColumn('截止时间', 'deadline'),
} satisfies Record<string, SheetColumn<Row>>;

/** An instant as a cell showing China wall-clock time (Excel cells carry no zone). */
function timeCell(value: Date | string | null): Date | null {
  return value ? new Date(new Date(value).getTime() + 8 * 3600_000) : null;
}

function detailSheet<T>(workbook: ExcelJS.Workbook, name: string, columns: Array<SheetColumn<T>>, rows: T[]): ExcelJS.Worksheet {
  const sheet = addTableSheet(workbook, name, columns, rows);
  const head = sheet.getRow(1);
  head.font = HEADER_FONT;
  head.fill = HEADER_FILL;
  head.alignment = { vertical: 'middle', horizontal: 'center' };
  head.height = 22;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** The quarterly report (季度报告): a summary of the quarter's figures and the rows behind them. */
@Injectable()
export class StatsReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stats: StatsService,
  ) {}

  async quarterly(quarter: string): Promise<{ filename: string; body: Buffer }> {
    const range = quarterRange(quarter);
    if (!range) throw FieldValidationException.single('quarter', '季度格式应为 YYYYQn，例如 2025Q3');
    const filters = await this.stats.filters({ from: range.from, to: range.to });
    const overview = await this.stats.overview(filters);
    const params = [range.from, range.to];

    const [scenarios, applications, awards, sessions, coverage] = await Promise.all([
      this.dataSource.query<Row[]>(
        `SELECT b.number AS batch, s.seq_no, d.name AS domain, s.title, o.name AS agency, s.status, s.published_at, s.deadline,
                (SELECT count(*) FROM ${APPLICATIONS} a WHERE a.scenario_id = s.id AND ${SUBMITTED})::int AS applications
           FROM ${SCENARIOS} s JOIN ${DOMAINS} d ON d.code = s.domain_code JOIN ${ORGANISATIONS} o ON o.id = s.agency_id
           LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id
          WHERE ${inPeriod('s.published_at')} ORDER BY b.number NULLS LAST, s.seq_no NULLS LAST, s.published_at`,
        params,
      ),
      this.dataSource.query<Row[]>(
        `SELECT s.title, c.name AS company, a.status, a.quote, a.duration_days, a.submitted_at
           FROM ${APPLICATIONS} a JOIN ${SCENARIOS} s ON s.id = a.scenario_id JOIN ${ORGANISATIONS} c ON c.id = a.organisation_id
          WHERE a.status <> 'draft' AND ${inPeriod('a.submitted_at')}
            -- Sealed bids (before the opening) are not listed: neither their company nor their quote.
            AND s.bids_opened_at IS NOT NULL
          ORDER BY a.submitted_at`,
        params,
      ),
      this.dataSource.query<Row[]>(
        `SELECT s.title, (SELECT string_agg(c.name, '、' ORDER BY c.name) FROM ${APPLICATIONS} a JOIN ${ORGANISATIONS} c ON c.id = a.organisation_id
                           WHERE a.id = ANY(w.application_ids)) AS winners,
                w.status, w.notice_starts_at, w.notice_ends_at, w.decided_at
           FROM ${AWARDS} w JOIN ${SCENARIOS} s ON s.id = w.scenario_id
          WHERE ${inPeriod('w.created_at')} OR ${inPeriod('w.decided_at')} ORDER BY w.created_at`,
        params,
      ),
      sessionReportRows(this.dataSource, range),
      this.dataSource.query<Row[]>(
        `SELECT s.title, d.name AS domain, o.name AS agency, s.deadline,
                (SELECT count(*) FROM ${MATCH_RESULTS} r WHERE r.scenario_id = s.id AND r.score >= $1)::int AS strong,
                (SELECT max(r.score) FROM ${MATCH_RESULTS} r WHERE r.scenario_id = s.id) AS best
           FROM ${SCENARIOS} s JOIN ${DOMAINS} d ON d.code = s.domain_code JOIN ${ORGANISATIONS} o ON o.id = s.agency_id
          WHERE ${OPEN}
          ORDER BY strong, s.deadline NULLS LAST, s.title`,
        [overview.filters.strongScore],
      ),
    ]);

    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'SceneMatch';
    workbook.created = new Date();
    workbook.title = `场景揭榜季度报告 ${quarter}`;
    this.summarySheet(workbook, quarter, overview);

    detailSheet(
      workbook,
      '场景',
      [
        { header: '批次', width: 8, value: (r) => r['batch'] ?? null },
        { header: '序号', width: 8, value: (r) => r['seq_no'] ?? null },
        COLUMNS.domain,
        COLUMNS.title,
        COLUMNS.agency,
        statusColumn(SCENARIO_STATUS_LABELS, 12),
        timeColumn('发布时间', 'published_at'),
        COLUMNS.deadline,
        { header: '申报数', width: 10, numFmt: COUNT, value: (r) => r['applications'] },
      ],
      scenarios,
    );
    detailSheet(
      workbook,
      '申报',
      [
        COLUMNS.title,
        { header: '申报企业', width: 32, value: (r) => r['company'] },
        statusColumn(APPLICATION_STATUS_LABELS, 12),
        { header: '报价（元）', width: 16, numFmt: MONEY, value: (r) => Number(r['quote']) },
        { header: '实施周期（天）', width: 14, numFmt: COUNT, value: (r) => r['duration_days'] },
        timeColumn('提交时间', 'submitted_at'),
      ],
      applications,
    );
    detailSheet(
      workbook,
      '揭榜结果',
      [
        COLUMNS.title,
        { header: '揭榜单位', width: 36, value: (r) => r['winners'] },
        statusColumn(AWARD_STATUS_LABELS, 10),
        timeColumn('公示开始', 'notice_starts_at'),
        timeColumn('公示结束', 'notice_ends_at'),
        timeColumn('确认/撤销时间', 'decided_at'),
      ],
      awards,
    );
    detailSheet(
      workbook,
      '对接会',
      [
        { header: '对接会', width: 36, value: (r) => r.title },
        { header: '开始时间', width: 18, numFmt: DATETIME, value: (r) => timeCell(r.starts_at) },
        { header: '地点', width: 24, value: (r) => r.venue },
        { header: '状态', width: 12, value: (r) => SESSION_STATUS_LABELS[r.status as SessionStatus] ?? r.status },
        { header: '参会企业', width: 10, numFmt: COUNT, value: (r) => r.enterprises },
        { header: '参会单位', width: 10, numFmt: COUNT, value: (r) => r.agencies },
        { header: '已签到', width: 10, numFmt: COUNT, value: (r) => r.checked_in },
        { header: '洽谈场次', width: 10, numFmt: COUNT, value: (r) => r.meetings },
        { header: '意向合作', width: 10, numFmt: COUNT, value: (r) => r.intent },
        { header: '签约', width: 10, numFmt: COUNT, value: (r) => r.signed },
        { header: '待跟进', width: 10, numFmt: COUNT, value: (r) => r.follow_up },
      ],
      sessions,
    );
    detailSheet(
      workbook,
      '匹配覆盖',
      [
        COLUMNS.title,
        COLUMNS.domain,
        COLUMNS.agency,
        COLUMNS.deadline,
        { header: `强匹配企业数（≥${overview.filters.strongScore} 分）`, width: 22, numFmt: COUNT, value: (r) => r['strong'] },
        { header: '最高匹配分', width: 12, numFmt: COUNT, value: (r) => r['best'] ?? null },
        { header: '是否覆盖', width: 10, value: (r) => Number(r['strong']) >= overview.filters.minMatches ? '是' : '否' },
      ],
      coverage,
    );

    return { filename: `场景揭榜季度报告-${quarter}.xlsx`, body: await spreadsheetXlsx(workbook) };
  }

  private summarySheet(workbook: ExcelJS.Workbook, quarter: string, o: StatsOverview): void {
    const sheet = workbook.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 3 }] });
    sheet.columns = [{ width: 30 }, { width: 14 }, { width: 50 }];
    sheet.mergeCells('A1:C1');
    const title = sheet.getCell('A1');
    title.value = `场景揭榜季度报告（${quarter}）`;
    title.font = { bold: true, size: 16 };
    sheet.getRow(1).height = 28;
    sheet.mergeCells('A2:C2');
    sheet.getCell('A2').value = `统计期间：${o.filters.from} 至 ${o.filters.to}（北京时间）`;
    const head = sheet.getRow(3);
    head.values = ['指标', '数值', '说明'];
    head.font = HEADER_FONT;
    head.fill = HEADER_FILL;

    const outcome = (key: string) => o.sessions.outcomes.find((x) => x.key === key)?.count ?? 0;
    const rows: Array<[string, number, string, string?]> = [
      ['发布场景数', o.scenarios.published, '本季度发布的场景'],
      ['揭榜申报数', o.applications.submitted, '本季度提交且未撤回的申报'],
      ['通过形式审查', o.applications.shortlisted, '上述申报中通过形式审查的'],
      ['撤回申报数', o.applications.withdrawn, '本季度提交后撤回的申报'],
      ['拟揭榜（公示）数', o.awards.proposed, '本季度进入公示的揭榜结果'],
      ['揭榜成功数', o.awards.confirmed, '本季度公示期满确认的揭榜结果'],
      ['撤销揭榜数', o.awards.overturned, '因异议成立而撤销的揭榜结果'],
      ['启动试点数', o.pilots, '本季度进入试点的场景'],
      ['完成验收数', o.acceptances, '本季度通过验收的场景'],
      ['有申报的场景', o.funnel[1].count, '本季度发布的场景中收到申报的'],
      ['已揭榜的场景', o.funnel[2].count, '本季度发布的场景中揭榜成功的'],
      ['已验收的场景', o.funnel[3].count, '本季度发布的场景中已验收的'],
      ['在榜场景数', o.coverage.open, '当前仍在申报期内的场景'],
      ['匹配覆盖场景数', o.coverage.covered, `至少 ${o.filters.minMatches} 家企业匹配度 ≥ ${o.filters.strongScore} 分`],
      ['匹配覆盖率', o.coverage.ratio, '匹配覆盖场景数 ÷ 在榜场景数', '0.0%'],
      ['对接会场次', o.sessions.total, '本季度开始的对接会'],
      ['已举办场次', o.sessions.held, '其中进行中或已结束的'],
      ['参会企业', o.sessions.participants.enterprises, '报名且未取消'],
      ['参会单位', o.sessions.participants.agencies, '报名且未取消'],
      ['签到数', o.sessions.participants.checkedIn, '已签到的参会方'],
      ['洽谈场次', o.sessions.meetingsHeld, '已举办对接会中未取消的洽谈'],
      ['意向合作', outcome('intent'), '洽谈结果'],
      ['签约', outcome('signed'), '洽谈结果'],
      ['待跟进', outcome('follow_up'), '洽谈结果'],
      ...o.sessions.followUps.map((x): [string, number, string] => [`回访：${x.label}`, x.count, '本季度收到的洽谈回访答复（会后数月）']),
      ['服务企业数', o.served.companies, '申报、参会洽谈或被强匹配的企业（去重）'],
      ['服务单位数', o.served.agencies, '场景收到申报或强匹配、或参会洽谈的单位（去重）'],
    ];
    for (const [label, value, note, format] of rows) {
      const row = sheet.addRow([label, value, note]);
      row.getCell(2).numFmt = format ?? COUNT;
    }
  }
}
