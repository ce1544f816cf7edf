import { ImportReport, ScenarioBatchView, ScenarioEventView, ScenarioPage, ScenarioRevisionView, ScenarioView } from '@scenematch/contracts';
import { createUser, TestClient } from '@scenematch/server-testing';
import ExcelJS from 'exceljs';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

describe('scenario lists', () => {
  let t: TestApp;
  let agency: TestClient;
  let organiser: TestClient;
  let enterprise: TestClient;
  let otherAgency: TestClient;
  let agencyName: string;

  beforeAll(async () => {
    t = await startTestApp('scenarios');
    const users = await Promise.all([
      createUser(t, { role: 'agency', verified: true, displayName: '李静' }),
      createUser(t, { role: 'organiser' }),
      createUser(t, { role: 'enterprise', verified: true }),
      // A second unit with an account of its own.
      createUser(t, { role: 'agency', verified: true }),
    ]);
    [agency, organiser, enterprise, otherAgency] = users.map((u) => u.client);
    agencyName = users[0].organisation.name;
  });
  afterAll(() => t?.close());

  describe('the seeded first list', () => {
    it('is published as batch 1 with every row, its domain and its responsible units', async () => {
      const batches = await t.client.get<ScenarioBatchView[]>('/api/batches');
      const first = batches.body.find((b) => b.number === 1);
      expect(first).toMatchObject({ name: '“城市+AI”应用场景清单（第一批）', status: 'published', scenarioCount: 25 });
      // Anonymous visitors do not see the demo draft batch.
      expect(batches.body.some((b) => b.status === 'draft')).toBe(false);

      const list = await t.client.get<ScenarioPage>(`/api/scenarios?batch=${first?.id}&pageSize=100&facets=true`);
      expect(list.body.total).toBe(25);
      expect(list.body.items[0]).toMatchObject({ seqNo: 1, title: '民生诉求办理', domain: { name: '公共服务' }, agency: { name: '市政务服务数据管理局' } });
      const row15 = list.body.items.find((s) => s.seqNo === 15);
      expect(row15?.agency.name).toBe('市住房建设局');
      expect(row15?.coAgencies.map((a) => a.name)).toEqual(['市工业和信息化局']);
      expect(list.body.facets?.domains).toEqual(
        expect.arrayContaining([
          { code: expect.any(String), name: '公共服务', count: 11 },
          { code: expect.any(String), name: '城市治理', count: 8 },
        ]),
      );
      // Contact details only for signed-in users.
      expect(list.body.items[0].contact).toBeNull();
    });

    it('finds two-character Chinese words and nothing for nonsense', async () => {
      const titles = async (q: string) =>
        (await t.client.get<ScenarioPage>(`/api/scenarios?q=${encodeURIComponent(q)}&pageSize=100`)).body.items.map((s) => s.title);
      expect(await titles('影像')).toEqual(['医学影像辅助诊断']);
      expect((await titles('巡查')).sort()).toEqual(['市容巡查', '环境卫生巡查']);
      expect(await titles('量子火锅')).toEqual([]);
      // The unit's name is searchable, and a title hit ranks first.
      const byUnit = await titles('消防');
      expect(byUnit[0]).toBe('消防监管');
      expect(await titles('卫生健康委')).toEqual(expect.arrayContaining(['临床辅助决策', '医学影像辅助诊断', '医用机器人']));
      // Several words narrow the result; single characters still work.
      expect(await titles('智能 分拣')).toEqual(['智能分拣']);
      expect(await titles('站')).toEqual(expect.arrayContaining(['高铁站', '地铁站']));
    });

    it('filters by domain (name or alias) and unit, pages stably, and rejects unknown filters with field errors', async () => {
      // Within the first list (the demo data adds a special list of medical scenarios past their deadline).
      const first = (await t.client.get<ScenarioBatchView[]>('/api/batches')).body.find((b) => b.number === 1) as ScenarioBatchView;
      const medical = await t.client.get<ScenarioPage>(`/api/scenarios?batch=${first.id}&domain=${encodeURIComponent('医疗服务')}`);
      expect(medical.body.items.map((s) => s.title).sort()).toEqual(['临床辅助决策', '医学影像辅助诊断', '医用机器人'].sort());
      const pages = await Promise.all([1, 2, 3].map((page) => t.client.get<ScenarioPage>(`/api/scenarios?batch=${first.id}&pageSize=10&page=${page}`)));
      const ids = pages.flatMap((p) => p.body.items.map((s) => s.id));
      expect(new Set(ids).size).toBe(25);
      const bad = await t.client.get<{ errors: Array<{ field: string }> }>(`/api/scenarios?domain=${encodeURIComponent('火星')}&pageSize=500`);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['pageSize']);
      const unknownDomain = await t.client.get<{ errors: Array<{ field: string; message: string }> }>(`/api/scenarios?domain=${encodeURIComponent('火星')}`);
      expect(unknownDomain.status).toBe(400);
      expect(unknownDomain.body.errors[0]).toMatchObject({ field: 'domain' });
      expect((await t.client.get(`/api/scenarios?status=draft`)).status).toBe(403);
    });
  });

  describe('authoring and review', () => {
    const draft = () => ({
      title: '发热门诊智能分诊',
      domain: '智慧医疗',
      description: '在发热门诊入口通过问诊对话和体征数据自动分诊，缩短候诊时间。',
      painPoints: '高峰期排队长',
      expectedOutcome: '平均候诊时间下降 30%',
      capabilities: ['自然语言处理', 'LLM'],
      deadline: inDays(60),
      budgetMin: 300000,
      budgetMax: 800000,
      site: '市人民医院',
    });

    it('lets an agency draft, submit and see its own scenario while others cannot', async () => {
      const created = await agency.post<ScenarioView>('/api/scenarios', draft());
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'draft', agency: { name: agencyName }, domain: { name: '智慧医疗' } });
      expect(created.body.capabilities.map((c) => c.name)).toEqual(['自然语言处理', '大模型']);
      const id = created.body.id;

      expect((await t.client.get(`/api/scenarios/${id}`)).status).toBe(404);
      expect((await enterprise.get(`/api/scenarios/${id}`)).status).toBe(404);
      expect((await otherAgency.patch(`/api/scenarios/${id}`, { title: '改名' })).status).toBe(404);
      expect((await enterprise.post('/api/scenarios', draft())).status).toBe(403);
      expect((await organiser.post(`/api/scenarios/${id}/publish`)).status).toBe(409);

      const mine = await agency.get<ScenarioPage>('/api/scenarios?mine=true&status=draft');
      expect(mine.body.items.map((s) => s.id)).toContain(id);

      const submitted = await agency.post<ScenarioView>(`/api/scenarios/${id}/submit`);
      expect(submitted.body.status).toBe('submitted');
      expect((await agency.post(`/api/scenarios/${id}/submit`)).status).toBe(409);
      expect((await agency.post(`/api/scenarios/${id}/publish`)).status).toBe(403);
    });

    it('rejects bad dates, past deadlines, unknown taxonomy and inverted budgets with field errors, keeping what was saved', async () => {
      const bad = await agency.post<{ errors: Array<{ field: string; message: string }> }>('/api/scenarios', {
        ...draft(),
        title: '坏数据',
        deadline: '2026-02-30',
        role: 'organiser',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['deadline', 'role']);
      const past = await agency.post<{ errors: Array<{ field: string; message: string }> }>('/api/scenarios', { ...draft(), title: '过期', deadline: '2024-01-01' });
      expect(past.status).toBe(400);
      expect(past.body.errors[0]).toMatchObject({ field: 'deadline', message: '截止时间不能早于现在' });
      const unknown = await agency.post<{ errors: Array<{ field: string }> }>('/api/scenarios', {
        ...draft(),
        title: '未知领域',
        domain: '火星开发',
        capabilities: ['读心术'],
        budgetMin: 9,
        budgetMax: 1,
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors.map((e) => e.field).sort()).toEqual(['budgetMax', 'capabilities', 'domain']);

      const saved = await agency.post<ScenarioView>('/api/scenarios', { ...draft(), title: '保存后再改错' });
      const wrong = await agency.patch(`/api/scenarios/${saved.body.id}`, { deadline: 'tomorrow' });
      expect(wrong.status).toBe(400);
      // A date alone means 17:00 Beijing time of that day (截止时间 is a point in time).
      expect((await agency.get<ScenarioView>(`/api/scenarios/${saved.body.id}`)).body.deadline).toBe(`${draft().deadline}T17:00:00+08:00`);
      const duplicate = await agency.post<{ errors: Array<{ field: string }> }>('/api/scenarios', { ...draft(), title: '保存后再改错' });
      expect(duplicate.status).toBe(409);
    });

    it('returns with a reason, publishes, records edits after publication as revisions, and audits every step', async () => {
      const created = await agency.post<ScenarioView>('/api/scenarios', { ...draft(), title: '智慧病房巡检机器人' });
      const id = created.body.id;
      await agency.post(`/api/scenarios/${id}/submit`);
      expect((await organiser.post(`/api/scenarios/${id}/return`, {})).status).toBe(400);
      const returned = await organiser.post<ScenarioView>(`/api/scenarios/${id}/return`, { reason: '请补充试点医院的床位规模' });
      expect(returned.body).toMatchObject({ status: 'returned', returnReason: '请补充试点医院的床位规模' });
      expect((await agency.get<ScenarioView>(`/api/scenarios/${id}`)).body.returnReason).toBe('请补充试点医院的床位规模');
      await agency.patch(`/api/scenarios/${id}`, { site: '市人民医院（1200 床）' });
      await agency.post(`/api/scenarios/${id}/submit`);
      const published = await organiser.post<ScenarioView>(`/api/scenarios/${id}/publish`);
      expect(published.body.status).toBe('published');

      // Now public, and findable by a two-character word from its title.
      const found = await t.client.get<ScenarioPage>(`/api/scenarios?q=${encodeURIComponent('病房')}`);
      expect(found.body.items.map((s) => s.id)).toEqual([id]);
      expect((await otherAgency.patch(`/api/scenarios/${id}`, { title: '别人的' })).status).toBe(403);

      const edited = await agency.patch<ScenarioView>(`/api/scenarios/${id}`, { budgetMax: 900000, description: '巡检机器人在夜间自动巡视病房并识别跌倒等异常。' });
      expect(edited.body.version).toBe(2);
      const revisions = await t.client.get<ScenarioRevisionView[]>(`/api/scenarios/${id}/revisions`);
      expect(revisions.body[0]).toMatchObject({ version: 2, changedBy: '李静' /* the editor's display name */ });
      expect(revisions.body[0].changes['budgetMax']).toEqual({ from: 800000, to: 900000 });
      expect((await t.client.get<ScenarioPage>(`/api/scenarios?q=${encodeURIComponent('跌倒')}`)).body.total).toBe(1);

      const events = await agency.get<Array<{ to: string; actorRole: string }>>(`/api/scenarios/${id}/events`);
      expect(events.body.map((e) => e.to)).toEqual(['draft', 'submitted', 'returned', 'submitted', 'published']);
      expect((await enterprise.get(`/api/scenarios/${id}/events`)).status).toBe(403);
      const audit = await organiser.get<{ items: Array<{ action: string }> }>(`/api/audit?entityId=${id}&pageSize=50`);
      const actions = audit.body.items.map((a) => a.action);
      for (const a of ['scenario.create', 'scenario.submit', 'scenario.return', 'scenario.publish', 'scenario.update']) expect(actions).toContain(a);

      const closed = await organiser.post<ScenarioView>(`/api/scenarios/${id}/close`);
      expect(closed.body.status).toBe('closed');
      expect((await agency.patch(`/api/scenarios/${id}`, { site: 'x' })).status).toBe(409);
      const cancelled = await agency.post<ScenarioView>(`/api/scenarios/${id}/cancel`, { reason: '项目调整' });
      expect(cancelled.body.status).toBe('cancelled');
      expect((await t.client.get(`/api/scenarios/${id}`)).status).toBe(404);
    });

    it('holds approved scenarios until their batch is released, then publishes them together', async () => {
      const batch = await organiser.post<ScenarioBatchView>('/api/batches', { number: 7, name: '第七批测试榜单', issuer: '服务中心', opensOn: inDays(0), closesOn: inDays(90) });
      expect(batch.status).toBe(201);
      expect((await organiser.post('/api/batches', { number: 7, name: '重复', issuer: '服务中心' })).status).toBe(409);
      expect((await agency.post('/api/batches', { number: 8, name: '越权', issuer: '卫健委' })).status).toBe(403);
      const badWindow = await organiser.post<{ errors: Array<{ field: string }> }>('/api/batches', {
        number: 9,
        name: '窗口错误',
        issuer: '服务中心',
        opensOn: inDays(10),
        closesOn: inDays(1),
      });
      expect(badWindow.status).toBe(400);
      // The batch number is a whole number: 7.5 is refused with a field error (never stored, never a 500).
      const fractional = await organiser.post<{ errors: Array<{ field: string }> }>('/api/batches', { number: 7.5, name: '小数批次', issuer: '服务中心' });
      expect(fractional.status).toBe(400);
      expect(fractional.body.errors.map((e) => e.field)).toContain('number');

      const s = await agency.post<ScenarioView>('/api/scenarios', { ...draft(), title: '批次内场景', batchId: batch.body.id });
      await agency.post(`/api/scenarios/${s.body.id}/submit`);
      const approved = await organiser.post<ScenarioView>(`/api/scenarios/${s.body.id}/publish`);
      expect(approved.body.status).toBe('approved');
      expect((await t.client.get(`/api/scenarios/${s.body.id}`)).status).toBe(404);
      const released = await organiser.post<ScenarioBatchView & { published: number }>(`/api/batches/${batch.body.id}/publish`);
      expect(released.body).toMatchObject({ status: 'published', published: 1 });
      expect((await t.client.get<ScenarioView>(`/api/scenarios/${s.body.id}`)).body.status).toBe('published');
      expect((await organiser.post(`/api/batches/${batch.body.id}/publish`)).status).toBe(409);
    });
  });

  describe('import and export', () => {
    let batchId: string;
    const csv = [
      '序号,应用领域,场景名称,责任单位,场景描述,截止日期,能力需求,预算',
      `1,智慧医疗,病理切片智能分析,市第二人民医院,对病理切片做细胞级识别,${inDays(30)},计算机视觉、大模型,50-80万`,
      `2,城市治理,违停车辆自动识别,区交通运输局 区城管局,,${inDays(45)},计算机视觉,`,
      '3,火星治理,外星人登记,市外事办,,,,',
      '4,智慧医疗,,市卫生健康委,,,,',
      `5,教育教学,作文智能批改,区教育局,,2024-01-01,自然语言处理,`,
      `6,教育教学,课堂行为分析,区教育局,,2026-13-40,,`,
      `7,公共服务,政务热线智能问答,市政务服务数据管理局,,,大模型,abc`,
      `1,公共服务,序号重复的场景,市政务服务数据管理局,,,,`,
    ].join('\n');

    beforeAll(async () => {
      const batch = await organiser.post<ScenarioBatchView>('/api/batches', { number: 11, name: '第十一批（导入测试）', issuer: '区工信局' });
      batchId = batch.body.id;
    });

    it('previews without saving, then imports good rows, reports bad rows by number, and creates unknown units', async () => {
      const preview = await organiser.upload<ImportReport>('/api/scenarios/import?dryRun=true', '第十一批.csv', Buffer.from(csv), { batchId });
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ dryRun: true, rows: 8, created: 2, errors: 6, duplicates: 0 });
      expect(preview.body.newAgencies.sort()).toEqual(['区城管局', '区交通运输局', '市第二人民医院'].sort());
      const errorsByRow = Object.fromEntries(preview.body.results.filter((r) => r.outcome === 'error').map((r) => [r.row, r.errors.join('；')]));
      expect(errorsByRow[4]).toContain('未知的应用领域');
      expect(errorsByRow[5]).toContain('场景名称为空');
      expect(errorsByRow[6]).toContain('已过');
      expect(errorsByRow[7]).toContain('不是有效日期');
      expect(errorsByRow[8]).toContain('预算');
      expect(errorsByRow[9]).toContain('序号 1');
      // The rows' problems follow Accept-Language like the API's errors.
      const english = await organiser.upload<ImportReport>('/api/scenarios/import?dryRun=true', '第十一批.csv', Buffer.from(csv), { batchId }, { 'accept-language': 'en' });
      const englishByRow = Object.fromEntries(english.body.results.filter((r) => r.outcome === 'error').map((r) => [r.row, r.errors.join('; ')]));
      expect(englishByRow[5]).toContain('The scenario name is empty');
      expect(englishByRow[7]).toContain('is not a valid date');
      expect(englishByRow[9]).toContain('Number 1');
      expect((await t.database.query(`SELECT 1 FROM organisations WHERE name = '市第二人民医院'`)).rowCount).toBe(0);
      expect((await organiser.get<ScenarioPage>(`/api/scenarios?batch=${batchId}&status=approved`)).body.total).toBe(0);

      const imported = await organiser.upload<ImportReport>('/api/scenarios/import', '第十一批.csv', Buffer.from(csv), { batchId });
      expect(imported.body).toMatchObject({ dryRun: false, created: 2, errors: 6 });
      const list = await organiser.get<ScenarioPage>(`/api/scenarios?batch=${batchId}&status=approved&sort=number`);
      expect(list.body.items.map((s) => s.title)).toEqual(['病理切片智能分析', '违停车辆自动识别']);
      expect(list.body.items[0]).toMatchObject({ budgetMin: 500000, budgetMax: 800000, agency: { name: '市第二人民医院' } });
      expect(list.body.items[1].coAgencies.map((a) => a.name)).toEqual(['区城管局']);

      const again = await organiser.upload<ImportReport>('/api/scenarios/import', '第十一批.csv', Buffer.from(csv), { batchId });
      expect(again.body).toMatchObject({ created: 0, duplicates: 2 });
      expect((await organiser.get<ScenarioPage>(`/api/scenarios?batch=${batchId}&status=approved`)).body.total).toBe(2);
    });

    it('reads GB18030 CSV as saved by Excel, and refuses other files and other roles', async () => {
      const gbk = Buffer.from('d3a6d3c3c1ecd3f22cb3a1beb0c3fbb3c62cd4f0c8ceb5a5cebb0ab9abb9b2b7fecef12cc9e7c7f8d1f8c0cfbce0bba42cc7f8c3f1d5febed60a', 'hex'); // GB18030
      const report = await organiser.upload<ImportReport>('/api/scenarios/import?dryRun=true', 'gbk.csv', gbk, { batchId });
      expect(report.status).toBe(200);
      expect(report.body.results[0]).toMatchObject({ title: '社区养老监护', outcome: 'created', agency: '区民政局' });
      const pdf = await organiser.upload<{ errors: Array<{ field: string }> }>('/api/scenarios/import', 'list.pdf', Buffer.from('%PDF-1.4'), { batchId });
      expect(pdf.status).toBe(400);
      expect(pdf.body.errors[0].field).toBe('file');
      expect((await agency.upload('/api/scenarios/import', 'a.csv', Buffer.from(csv), { batchId })).status).toBe(403);
      const noBatch = await organiser.upload<{ errors: Array<{ field: string }> }>('/api/scenarios/import', 'a.csv', Buffer.from(csv));
      expect(noBatch.body.errors[0].field).toBe('batchId');
    });

    it('exports a filtered list as a workbook and CSV that import back losslessly', async () => {
      const first = (await t.client.get<ScenarioBatchView[]>('/api/batches')).body.find((b) => b.number === 1) as ScenarioBatchView;
      const xlsx = await t.client.download(`/api/scenarios/export?batch=${first.id}&format=xlsx`);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).values).toEqual([undefined, '序号', '应用领域', '场景名称', '责任单位', '场景描述', '截止日期', '能力需求', '预算']);
      expect(sheet.rowCount).toBe(26);
      expect(sheet.getRow(16).getCell(4).value).toBe('市住房建设局 市工业和信息化局');

      const csvExport = await t.client.download(`/api/scenarios/export?q=${encodeURIComponent('巡查')}&format=csv`);
      expect(csvExport.body.subarray(0, 3).toString('hex')).toBe('efbbbf');
      expect(csvExport.body.toString('utf8').trim().split('\r\n')).toHaveLength(3);

      // Round trip: the exported workbook into a fresh batch gives the same 25 rows.
      const copy = await organiser.post<ScenarioBatchView>('/api/batches', { number: 12, name: '第一批副本', issuer: '测试' });
      const reimport = await organiser.upload<ImportReport>('/api/scenarios/import', 'export.xlsx', xlsx.body, { batchId: copy.body.id });
      expect(reimport.body).toMatchObject({ created: 25, errors: 0, newAgencies: [] });
      const again = await organiser.get<ScenarioPage>(`/api/scenarios?batch=${copy.body.id}&status=approved&pageSize=100&sort=number`);
      const original = await t.client.get<ScenarioPage>(`/api/scenarios?batch=${first.id}&pageSize=100&sort=number`);
      const shape = (s: ScenarioView) => [s.seqNo, s.domain.name, s.title, s.agency.name, s.coAgencies.map((a) => a.name), s.description, s.deadline, s.budgetMin];
      expect(again.body.items.map(shape)).toEqual(original.body.items.map(shape));
    });
  });

  /** Staff edit a batch (榜单) while it may change, and closing it ends the application window of its scenarios. */
  describe('editing and closing a batch', () => {
    type Refusal = { statusCode: number; message: string; errors?: Array<{ field: string; message: string }> };

    const newBatch = async (number: number, name: string) => {
      const created = await organiser.post<ScenarioBatchView>('/api/batches', { number, name, issuer: '区人工智能创新服务中心', opensOn: inDays(0), closesOn: inDays(60) });
      expect(created.status).toBe(201);
      return created.body;
    };
    const approvedIn = async (batchId: string, title: string) => {
      const s = await agency.post<ScenarioView>('/api/scenarios', { title, domain: '城市治理', description: '在主干道试点违停车辆自动识别与告知。', capabilities: ['计算机视觉'], deadline: inDays(30), batchId });
      await agency.post(`/api/scenarios/${s.body.id}/submit`);
      expect((await organiser.post<ScenarioView>(`/api/scenarios/${s.body.id}/publish`)).body.status).toBe('approved');
      return s.body.id;
    };

    it('renumbers a draft only to a free number, and keeps a draft out of public sight', async () => {
      const first = await newBatch(41, '第四十一批（编辑测试）');
      await newBatch(42, '第四十二批（编辑测试）');

      const taken = await organiser.patch<Refusal>(`/api/batches/${first.id}`, { number: 42 });
      expect(taken.status).toBe(409);
      expect(taken.body.errors).toEqual([{ field: 'number', message: '第 42 批已存在' }]);
      // Its own number is not "taken", and a new one is free.
      expect((await organiser.patch(`/api/batches/${first.id}`, { number: 41, name: '第四十一批（改名）' })).status).toBe(200);
      const renumbered = await organiser.patch<ScenarioBatchView>(`/api/batches/${first.id}`, { number: 43 });
      expect(renumbered.status).toBe(200);
      expect(renumbered.body).toMatchObject({ id: first.id, number: 43, name: '第四十一批（改名）', status: 'draft' });

      // A window that ends before it opens is refused on edit too.
      const backwards = await organiser.patch<Refusal>(`/api/batches/${first.id}`, { closesOn: inDays(-1) });
      expect(backwards.status).toBe(400);
      expect(backwards.body.errors?.map((e) => e.field)).toEqual(['closesOn']);

      // A draft: staff and agencies read it, a company and the public do not; an agency may not edit it.
      expect((await agency.get<ScenarioBatchView>(`/api/batches/${first.id}`)).body.number).toBe(43);
      expect((await enterprise.get(`/api/batches/${first.id}`)).status).toBe(404);
      expect((await t.client.get(`/api/batches/${first.id}`)).status).toBe(404);
      expect((await agency.patch(`/api/batches/${first.id}`, { name: '越权修改' })).status).toBe(403);
    });

    it('closes a published batch: its open scenarios stop taking applications, and nothing changes after', async () => {
      const batch = await newBatch(44, '第四十四批（截止测试）');
      const scenarioId = await approvedIn(batch.id, '批次截止测试：违停车辆识别');
      const early = await organiser.post<Refusal>(`/api/batches/${batch.id}/close`);
      expect(early.status).toBe(409);
      expect(early.body.message).toBe('榜单尚未发布');

      expect((await organiser.post(`/api/batches/${batch.id}/publish`)).status).toBe(200);
      // Published: the public sees it, and its number is fixed.
      expect((await t.client.get<ScenarioBatchView>(`/api/batches/${batch.id}`)).body).toMatchObject({ status: 'published', scenarioCount: 1 });
      const renumber = await organiser.patch<Refusal>(`/api/batches/${batch.id}`, { number: 45 });
      expect(renumber.status).toBe(409);
      expect(renumber.body.message).toBe('已发布的榜单不能更改批次号');
      expect((await agency.post(`/api/batches/${batch.id}/close`)).status).toBe(403);

      const closed = await organiser.post<ScenarioBatchView & { closed: number }>(`/api/batches/${batch.id}/close`);
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ id: batch.id, status: 'closed', closed: 1 });
      expect((await t.client.get<ScenarioView>(`/api/scenarios/${scenarioId}`)).body.status).toBe('closed');
      const bid = await enterprise.post<Refusal>(`/api/scenarios/${scenarioId}/applications`, {
        proposal: '在主干道部署违停识别摄像头与边缘计算盒，三个月内完成试点。',
        quote: 300000,
        durationDays: 90,
        declarations: { truthful: true },
      });
      expect(bid.status).toBe(409);
      // The agency's history of its scenario says why it closed.
      const history = await agency.get<ScenarioEventView[]>(`/api/scenarios/${scenarioId}/events`);
      expect(history.body.at(-1)).toMatchObject({ from: 'published', to: 'closed', actorRole: 'organiser', reason: '第四十四批（截止测试）截止' });

      const again = await organiser.post<Refusal>(`/api/batches/${batch.id}/close`);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('榜单已截止');
      const edit = await organiser.patch<Refusal>(`/api/batches/${batch.id}`, { name: '截止后改名' });
      expect(edit.status).toBe(409);
      expect(edit.body.message).toBe('榜单已截止，不能修改');
    });
  });
});
