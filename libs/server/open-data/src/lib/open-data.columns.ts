import { OpenAward, OpenBatch, OpenDataDataset, OpenProduct, OpenScenario, SCENARIO_STATUS_LABELS, MATURITY_LABELS } from '@scenematch/contracts';
import { DatasetRecord } from './open-data.datasets';

/** One column of a dump file: its header (Chinese, then the feed's field name) and its cell. */
export interface DumpColumn<T> {
  header: string;
  cell(record: T): string | number | null;
}

const names = (refs: Array<{ name: string }>) => refs.map((r) => r.name).join('；');

const scenarioColumns: Array<DumpColumn<OpenScenario>> = [
  { header: '场景编号 id', cell: (r) => r.id },
  { header: '序号 seqNo', cell: (r) => r.seqNo },
  { header: '场景名称 title', cell: (r) => r.title },
  { header: '应用领域 domain', cell: (r) => r.domain.name },
  { header: '责任单位 agency', cell: (r) => r.agency.name },
  { header: '联合发榜单位 coAgencies', cell: (r) => names(r.coAgencies) },
  { header: '场景描述 description', cell: (r) => r.description },
  { header: '痛点 painPoints', cell: (r) => r.painPoints },
  { header: '预期成效 expectedOutcome', cell: (r) => r.expectedOutcome },
  { header: '能力需求 capabilities', cell: (r) => names(r.capabilities) },
  { header: '截止时间 deadline', cell: (r) => r.deadline },
  { header: '预算下限（元） budgetMin', cell: (r) => r.budgetMin },
  { header: '预算上限（元） budgetMax', cell: (r) => r.budgetMax },
  { header: '实施地点 site', cell: (r) => r.site },
  { header: '所属榜单 batch', cell: (r) => (r.batch ? `第${r.batch.number}批 ${r.batch.name}` : null) },
  { header: '状态 status', cell: (r) => SCENARIO_STATUS_LABELS[r.status] },
  { header: '发布时间 publishedAt', cell: (r) => r.publishedAt },
  { header: '更新时间 updatedAt', cell: (r) => r.updatedAt },
  { header: '链接 url', cell: (r) => r.url },
];

const BATCH_STATUS = { published: '征集中', closed: '已截止' } as const;

const batchColumns: Array<DumpColumn<OpenBatch>> = [
  { header: '榜单编号 id', cell: (r) => r.id },
  { header: '批次 number', cell: (r) => r.number },
  { header: '榜单名称 name', cell: (r) => r.name },
  { header: '发布单位 issuer', cell: (r) => r.issuer },
  { header: '说明 description', cell: (r) => r.description },
  { header: '征集开始 opensOn', cell: (r) => r.opensOn },
  { header: '征集截止 closesOn', cell: (r) => r.closesOn },
  { header: '状态 status', cell: (r) => BATCH_STATUS[r.status] },
  { header: '发布时间 publishedAt', cell: (r) => r.publishedAt },
  { header: '更新时间 updatedAt', cell: (r) => r.updatedAt },
  { header: '链接 url', cell: (r) => r.url },
];

const productColumns: Array<DumpColumn<OpenProduct>> = [
  { header: '产品编号 id', cell: (r) => r.id },
  { header: '产品名称 name', cell: (r) => r.name },
  { header: '企业 company', cell: (r) => r.company.name },
  { header: '产品介绍 description', cell: (r) => r.description },
  { header: '技术能力 capabilities', cell: (r) => names(r.capabilities) },
  { header: '应用领域 domains', cell: (r) => names(r.domains) },
  { header: '成熟度 maturity', cell: (r) => MATURITY_LABELS[r.maturity] },
  { header: '部署方式 deploymentModes', cell: (r) => r.deploymentModes.join('；') },
  { header: '应用案例 cases', cell: (r) => r.cases.join('；') },
  { header: '产品发布会 launchEvent', cell: (r) => r.launchEvent?.title ?? null },
  { header: '入库时间 listedAt', cell: (r) => r.listedAt },
  { header: '更新时间 updatedAt', cell: (r) => r.updatedAt },
  { header: '链接 url', cell: (r) => r.url },
];

const awardColumns: Array<DumpColumn<OpenAward>> = [
  { header: '结果编号 id', cell: (r) => r.id },
  { header: '场景编号 scenarioId', cell: (r) => r.scenario.id },
  { header: '场景名称 scenarioTitle', cell: (r) => r.scenario.title },
  { header: '发榜单位 agency', cell: (r) => r.agency.name },
  { header: '揭榜单位 winners', cell: (r) => r.winners.map((w) => (w.members.length ? `${w.company.name}（联合体：${names(w.members)}）` : w.company.name)).join('；') },
  { header: '揭榜金额（元） amount', cell: (r) => (r.winners.every((w) => w.amount !== null) ? r.winners.reduce((sum, w) => sum + (w.amount ?? 0), 0) : null) },
  { header: '公示开始 noticeStartsAt', cell: (r) => r.noticeStartsAt },
  { header: '公示结束 noticeEndsAt', cell: (r) => r.noticeEndsAt },
  { header: '确认时间 confirmedAt', cell: (r) => r.confirmedAt },
  { header: '更新时间 updatedAt', cell: (r) => r.updatedAt },
  { header: '链接 url', cell: (r) => r.url },
];

export const DUMP_COLUMNS: { [K in OpenDataDataset]: Array<DumpColumn<DatasetRecord<K>>> } = {
  scenarios: scenarioColumns,
  batches: batchColumns,
  products: productColumns,
  awards: awardColumns,
};
