import { MatchIndex } from './matching.index';
import { INTRO_CLAIM, INTRO_PRODUCT_EVIDENCE, ownAiEvidence, PRODUCT_MAKER_EVIDENCE, type OwnAiInput } from './matching.own-ai';
import { aiFactor } from './matching.scoring';
import { companyInputFromDescribed, type DescribedCompanyRecord } from './matching.seed-adapters';
import { fixtures } from '../testing/matching-fixtures';

const evidence = (input: Partial<OwnAiInput>) => ownAiEvidence({ introduction: '', products: [], cases: [], listedAiProducts: 0, declared: false, capabilityMentions: 0, ...input });

describe('own-AI evidence', () => {
  it('reads an AI maker from how its products and cases work, even in plain task words', () => {
    const maker = evidence({
      introduction: '专注于工业质检的科技公司。',
      products: ['表面缺陷检测系统：基于深度学习模型自动识别划痕与气泡，检出率99.2%', '质检数据平台：缺陷样本标注与模型训练'],
      cases: ['为某电池厂部署缺陷检测，漏检率下降80%'],
    });
    expect(maker.ai).toBeGreaterThanOrEqual(0.75);
    expect(maker.note).toBeUndefined();
    expect(aiFactor(maker.ai)).toBe(1);
    // A terse one: a task and a capability named in its products is enough for the full factor.
    const terse = evidence({ introduction: '为物流园区提供车辆调度。', products: ['园区车辆智能调度：自动识别车牌，预测到港时间'], capabilityMentions: 1 });
    expect(aiFactor(terse.ai)).toBe(1);
  });

  it('keeps half the product maker’s share for a company that lists no product and describes its offering in its introduction', () => {
    const intro = evidence({ introduction: '让教务老师不再为课表熬夜：改一门课，其他课自动让位。' });
    expect(intro.ai).toBe(INTRO_PRODUCT_EVIDENCE);
    expect(INTRO_PRODUCT_EVIDENCE).toBe(PRODUCT_MAKER_EVIDENCE * INTRO_CLAIM);
    expect(intro.note).toBe('none');
    // Its factor lies between the floor and a listed product's: a full textual fit lists it.
    expect(aiFactor(intro.ai)).toBeGreaterThan(0.4);
    expect(aiFactor(intro.ai)).toBeLessThan(aiFactor(PRODUCT_MAKER_EVIDENCE));
    // Without a listed product its introduction says how the work is done: by hand (人工判读) is
    // manual work; what a product replaces (替代人工) is not.
    const byHand = evidence({ introduction: '为水务公司做管道CCTV检测，检测员按规程人工判读缺陷并出具报告。' });
    expect(byHand.ai).toBeLessThan(INTRO_PRODUCT_EVIDENCE);
    expect(byHand.note).toBeDefined();
    expect(evidence({ introduction: '管道CCTV视频缺陷判读，替代人工逐帧观看，一键出具报告。' }).ai).toBeGreaterThanOrEqual(INTRO_PRODUCT_EVIDENCE);
    // Nothing described, or a staffing firm in its own words, keeps the floor.
    expect(evidence({ introduction: '' }).ai).toBe(0);
    expect(evidence({ introduction: '为基层医院人员派遣放射科医师。' }).ai).toBe(0);
  });

  it('reads 派遣 as staffing only in a staffing firm’s words (劳务派遣), not in an ambulance dispatcher’s (救护车就近派遣)', () => {
    const dispatcher = evidence({ introduction: '生命通道指挥平台：呼入来电病情分级、救护车就近派遣、导航避堵。', products: ['急联：分级派车、车载视频回传'] });
    expect(dispatcher.roles).toEqual([]);
    expect(dispatcher.note).not.toBe('reseller');
    const staffing = evidence({ introduction: '提供劳务派遣与人力资源外包服务。', products: ['派遣服务：按需提供驻场人员'] });
    expect(staffing.note).toBe('reseller');
    expect(staffing.roles).toContain('劳务派遣');
  });

  it('keeps a neutral share for a maker of its own software products described only by what they do, and still says no AI is shown', () => {
    const scheduler = evidence({ introduction: '让教务老师不再为课表熬夜。', products: ['排课宝：老师、教室、学生选课一次排好，改一门课其他课自动让位'] });
    expect(scheduler.ai).toBe(PRODUCT_MAKER_EVIDENCE);
    expect(aiFactor(scheduler.ai)).toBeGreaterThanOrEqual(0.8);
    expect(scheduler.note).toBe('none');
    // As a business of another kind (manufacturing, IT implementation, advice, publishing, chain
    // stores), it keeps only what its texts show: the floor.
    for (const introduction of [
      '专业生产与销售商用净水器、直饮水机。',
      '医院信息化软件厂商，提供HIS、LIS系统的实施与运维。',
      '为政府提供数字化转型规划与管理咨询。',
      '国企常年法律顾问，合同审查、招投标合规。',
      '中小学教辅图书发行，配套在线题库。',
      '宠物医院连锁，线上问诊。',
    ]) {
      const other = evidence({ introduction, products: ['产品：按项目交付'] });
      expect(other.ai).toBeLessThan(PRODUCT_MAKER_EVIDENCE);
      expect(aiFactor(other.ai)).toBeLessThanOrEqual(0.2);
    }
    // The business it names is read in its introduction, without the compounds an AI company
    // uses of its field: products that name no AI word keep the product maker's share whatever
    // business words they use, and an introduction's 销售预测 or 企业经营评分 is not a business.
    for (const [introduction, product] of [
      ['零售门店的好帮手，按门店销售预测补货。', '补货宝：每天早上把该补的货列好'],
      ['中小企业信用评价与融资撮合。', '信融画像：为银行输出企业经营评分与授信建议'],
      ['让配送少跑冤枉路。', '配送宝：生产、销售、运营数据一屏看清'],
    ]) {
      expect(evidence({ introduction, products: [product] }).ai).toBe(PRODUCT_MAKER_EVIDENCE);
    }
    // A word that only contains 建模 is not modelling: 搭建模块, 新建模板, BIM建模 of a design firm.
    for (const product of ['审批宝：快速搭建模块化审批流程，支持新建模板', '设计服务：BIM建模与效果图']) {
      expect(evidence({ introduction: '政务软件开发商，提供咨询。', products: [product] }).note).toBe('none');
    }
    // A trader with a product of the same kind stays a trader.
    const dealer = evidence({ introduction: '排课软件代理经销商。', products: ['排课宝：一次排好课表'] });
    expect(dealer.note).toBe('reseller');
    expect(dealer.ai).toBe(0);
  });

  it.each<[string, Partial<OwnAiInput>, string]>([
    ['a camera distributor', { introduction: '本公司是安防监控设备的授权代理商，代理多个品牌的智能摄像机，提供安装与维保服务。', products: ['智能摄像机：品牌原厂人脸识别摄像机，按项目供货安装'] }, '代理'],
    ['a call-centre outsourcer', { introduction: '提供呼叫中心外包与驻场坐席服务，人工客服7×24小时在线。', products: ['热线外包：专业坐席团队人工接听与回访'] }, '外包'],
    ['a travel agency', { introduction: '本地旅行社，提供导游讲解、景区门票和研学团组织。', products: ['智慧旅游套餐：景区门票+导游讲解'] }, '旅行社'],
    ['a human translation firm', { introduction: '专业人工翻译服务，母语译员团队。', products: ['文件翻译：人工翻译与审校'] }, '人工翻译'],
    ['a GPU server distributor that names the AI its clients run', { introduction: '服务器、GPU卡、大模型一体机分销商，为机关单位公文写作等大模型应用提供硬件供货与集成。', products: ['大模型一体机：预装开源大模型，开箱即用'] }, '分销商'],
    ['a third-party testing lab', { introduction: '第三方检测认证实验室，尺寸测量、材料性能、可靠性测试。', products: ['可靠性测试：按标准出具检测报告'] }, '第三方检测'],
    ['a cabling contractor', { introduction: '从事弱电工程与综合布线施工，承接智慧园区建设。', products: ['智慧园区弱电工程：监控点位安装与机房建设'] }, '弱电'],
  ])('holds %s near the floor and names its trade', (_, input, role) => {
    const e = evidence(input);
    expect(e.note).toBe('reseller');
    expect(e.roles).toContain(role);
    expect(aiFactor(e.ai)).toBeLessThanOrEqual(0.2);
  });

  it.each<[string, Partial<OwnAiInput>, string]>([
    [
      'a data-labelling firm that writes every AI word about its clients’ models',
      {
        introduction: '专业从事人工智能训练数据采集与标注服务，拥有500人标注团队，为自动驾驶、人脸识别、语音识别等算法公司提供图像标注、语音转写服务。',
        products: ['图像标注服务：人工拉框、多边形分割标注，标注准确率99%以上，支持大规模数据集交付', '语音数据采集与转写：方言语音采集，人工转写，质检准确率98%'],
        cases: ['为某自动驾驶公司完成100万帧点云标注，用于其感知模型训练'],
      },
      '标注服务',
    ],
    ['a data-entry service', { introduction: '数据录入与文档数字化服务商，提供档案扫描、数据录入、OCR后人工校对。', products: ['数据录入：双人录入比对，准确率99.9%'] }, '数据录入'],
    [
      'a brands’ regional partner quoting its brands’ accuracy',
      {
        introduction: '多家一线安防品牌AI摄像机的华南区域合作伙伴，提供智能安防产品选型、供货与技术支持。',
        products: ['AI智能摄像机：支持人脸识别、周界入侵检测，识别准确率98%', '智能NVR：支持视频结构化分析'],
        cases: ['为某园区供货AI摄像机200台'],
      },
      '选型',
    ],
    ['a hotline operator', { introduction: '专业热线运营服务商，提供坐席托管、热线运营与质检服务，坐席规模800人。', products: ['热线运营托管：7×24小时坐席接听'] }, '坐席托管'],
  ])('holds %s near the floor and names its business', (_, input, role) => {
    const e = evidence(input);
    expect(e.note).toBe('reseller');
    expect(e.roles).toContain(role);
    expect(aiFactor(e.ai)).toBeLessThanOrEqual(0.2);
  });

  it('reads a terse AI product by what it does (智能/自动 with a task of AI), and not a product running others’ algorithms', () => {
    const terse = evidence({
      introduction: '医学影像企业，服务县域医共体。',
      products: ['胸部DR智能辅助诊断软件：识别肺结节、肺炎、气胸等十余种异常', '肺结节CT辅助检测软件：自动检出并测量肺结节'],
    });
    expect(terse.aiProducts).toBe(1);
    expect(terse.productShowsAi).toEqual([true, true]);
    expect(aiFactor(terse.ai)).toBe(1);
    const integrator = evidence({ introduction: '智慧园区解决方案提供商。', products: ['视频AI分析平台：接入主流厂商算法，识别占道经营'] });
    expect(integrator.productShowsAi).toEqual([false]);
  });

  it('does not read a sector noun as a trade: an AI company for retail, ticketing or call centres keeps its factor', () => {
    const e = evidence({ introduction: '为零售门店与景区票务提供客流分析，辅助坐席质检。', products: ['客流分析系统：基于视频的客流识别与预测'], cases: ['某商场客流预测准确率达92%'] });
    expect(e.roles).toEqual([]);
    expect(aiFactor(e.ai)).toBe(1);
  });

  it('reads 施工 inside a construction field’s noun (施工图, 施工现场) as the field, and 承接施工 as a trade', () => {
    const planReview = evidence({
      introduction: '专注施工图智能审查与施工现场安全监测的科技公司。',
      products: ['施工图AI审查：基于深度学习自动识别图纸中的规范违规项'],
      cases: ['为某区住建局审查施工图2000余份，审查效率提升60%'],
    });
    expect(planReview.roles).toEqual([]);
    expect(aiFactor(planReview.ai)).toBe(1);
    const builder = evidence({ introduction: '承接房建与市政工程施工，拥有施工总承包资质。', products: ['智慧工地：工程施工与监控安装'] });
    expect(builder.roles).toContain('施工');
    // The same reading tells a business of another kind: a product maker whose field is 施工安全
    // keeps the product maker's share; one that names 施工 as its work does not.
    const product = '交底宝：班前交底扫码签到，隐患随手拍，整改到人';
    expect(evidence({ introduction: '专做施工安全的小团队。', products: [product] }).ai).toBe(PRODUCT_MAKER_EVIDENCE);
    expect(evidence({ introduction: '专做室内施工的小团队。', products: [product] }).ai).toBeLessThan(PRODUCT_MAKER_EVIDENCE);
  });

  it('takes a training school teaching AI for what it is, and AI claimed only in an introduction for a claim', () => {
    const school = evidence({ introduction: '少儿编程与人工智能培训机构，开设课程与比赛辅导。', products: ['AI启蒙课程：讲师带领学员搭建积木机器人'] });
    expect(school.note).toBe('reseller');
    expect(aiFactor(school.ai)).toBeLessThan(0.5);
    const washed = evidence({ introduction: '人工智能驱动的智慧政务服务商。', products: ['政务表单系统：按模板录入，自动生成报表并打印'] });
    expect(washed.note).toBe('weak');
    expect(aiFactor(washed.ai)).toBeLessThan(0.7);
    const denied = evidence({ introduction: '提供政务大厅排队叫号系统，不含人工智能算法。', products: ['排队叫号机：取号与叫号'] });
    expect(denied.ai).toBe(0);
  });

  it('reads a product that performs a task of judgement by itself (自动评分, 自动检查, 智能排班, AI作文评分) as AI work', () => {
    for (const product of ['听说考试系统：人机对话考试与口语自动评分', '病历质控系统：自动检查病历书写的完整性、时限和内涵问题', '排班助手：按门诊量和医生资质智能排班']) {
      const maker = evidence({ introduction: '面向学校和医院的软件公司。', products: [product] });
      expect(maker.productShowsAi).toEqual([true]);
      expect(maker.note).toBeUndefined();
      expect(aiFactor(maker.ai)).toBe(1);
    }
    // Described only in its introduction, with AI and two characters before the verb: a task of
    // AI its offering performs, above the share of an introduction that names none.
    // Such an introduction, naming no role, is the description of its product: the full factor.
    for (const introduction of ['阅卷云：网上阅卷+AI作文评分，服务区县考试院。', '事故快处：当事人手机拍照上传，AI辅助判定事故形态与责任比例。', '工地扬尘在线监测，超标自动联动喷淋，并识别裸土未覆盖。']) {
      const intro = evidence({ introduction });
      expect(intro.signals?.['task']).toBe(1);
      expect(intro.note).toBeUndefined();
      expect(aiFactor(intro.ai)).toBe(1);
    }
    // One task counts once: 机器翻译 is a named task, not 机器翻译 and 翻译 again.
    expect(evidence({ introduction: '机器翻译与语音同传产品厂商。' }).signals?.['task']).toBe(1);
  });

  it('does not read a move, an alarm or a consultancy’s 智能制造 as a task of judgement, nor lift a reseller, staffing firm or integrator that writes one', () => {
    // Moving or alarming by rule or sensor (自动让位, 自动报警) is not judgement: the product maker's neutral share, no more.
    for (const product of ['排课宝：改一门课其他课自动让位', '梯联终端：困人自动报警']) {
      const plain = evidence({ introduction: '软件与物联网产品公司。', products: [product] });
      expect(plain.productShowsAi).toEqual([false]);
      expect(plain.ai).toBe(PRODUCT_MAKER_EVIDENCE);
      expect(plain.note).toBe('none');
    }
    const consultancy = evidence({ introduction: '为企业提供数字化转型咨询、智能制造诊断和政府项目申报服务。' });
    expect(consultancy.ai).toBe(0);
    expect(consultancy.signals?.['task']).toBe(0);
    // Others' AI sold, installed or staffed keeps the floor, whatever its goods do automatically.
    for (const [introduction, product] of [
      ['海康威视授权代理商，负责安防设备的销售、安装与维保。', '智能识别摄像机：自动识别车牌与人脸'],
      ['提供劳务派遣与人力资源外包服务。', '派遣服务：按需提供驻场人员，系统自动排班'],
      ['弱电系统集成商，承接布线施工与安装。', 'AI摄像机部署：为园区安装第三方算法的摄像机，自动检测烟火'],
    ]) {
      const trade = evidence({ introduction, products: [product] });
      expect(trade.productShowsAi).toEqual([false]);
      expect(trade.note).toBe('reseller');
      expect(aiFactor(trade.ai)).toBe(0.1);
    }
    // In a text that names a role, what is done automatically is done by the goods or the people it
    // supplies: a staffing firm that names 算法工程师 and 智能匹配 keeps the held-down factor, its
    // introduction is no product, and a training school's 自动生成 is no task of its own.
    const staffing = evidence({ introduction: '提供项目外包与人员驻场，可快速组建算法工程师、数据标注团队，智能匹配合适人选。' });
    expect(staffing.note).toBe('reseller');
    expect(staffing.signals?.['task']).toBe(1); // 标注, a task named; not 智能匹配
    expect(aiFactor(staffing.ai)).toBeLessThan(0.6);
    const school = evidence({ introduction: '启航AI培训学校开设人工智能训练师课程，学员作品由AI自动生成。' });
    expect(school.note).toBe('reseller');
    expect(school.ai).toBe(0);
  });

  it('reads 课程 as a teaching role only where courses are offered, not where a course’s material is what its product reads (课程讲义, 课程助教)', () => {
    const assistant = evidence({
      introduction: '高校教学服务商。把课程讲义、教材和往年习题导入后，生成课程专属问答助手，学生随时提问。',
      products: ['课程助教：基于课程资料的问答与作业辅导'],
    });
    expect(assistant.roles).toEqual([]);
    expect(assistant.note).not.toBe('reseller');
    expect(assistant.ai).toBeGreaterThan(0);
    for (const introduction of ['提供AI课程与讲师服务。', '人工智能职业培训机构，提供AI课程、大模型应用等课程。']) {
      const school = evidence({ introduction });
      expect(school.roles).toContain('课程');
      expect(school.note).toBe('reseller');
      expect(school.ai).toBe(0);
    }
  });

  it('reads training and inference hardware as the goods a distributor sells, not as AI work of its own', () => {
    const distributor = evidence({
      introduction: '华东地区服务器与加速卡的授权代理商，提供整机销售和机房上架运维。',
      products: ['多品牌8卡训练服务器：现货供应，当天发货', '推理一体机：开箱即用，含三年质保'],
    });
    // 训练 inside 训练服务器 no longer offsets the distributor's trade role (代理).
    expect(distributor.roles).toContain('代理');
    expect(distributor.note).toBe('reseller');
    expect(aiFactor(distributor.ai)).toBeLessThan(0.5);
    // A maker that ships its own model in an appliance keeps the model: the appliance is its product.
    const maker = evidence({
      introduction: '自研医疗大模型，支持院内私有化部署。',
      products: ['病历大模型训推一体机：自动生成出院小结并质控，准确率96%'],
    });
    expect(maker.productShowsAi).toEqual([true]);
    expect(aiFactor(maker.ai)).toBe(1);
  });

  it('reads advice about AI as a report, not a product that works; an assistant that answers questions is one', () => {
    const advice = evidence({
      introduction: '为区县政府提供数字化转型服务。',
      products: ['人工智能发展规划咨询：梳理AI应用方向，形成规划报告'],
    });
    expect(advice.productShowsAi).toEqual([false]);
    const assistant = evidence({ introduction: '政务服务软件公司。', products: ['大模型办事咨询助手：自动回答群众的办事问题'] });
    expect(assistant.productShowsAi).toEqual([true]);
    expect(assistant.ai).toBeGreaterThan(advice.ai);
  });

  it('gives no software maker’s share to a service run with vehicles and people, but keeps it where the service is only the field or the clients', () => {
    const operator = evidence({ introduction: '拥有冷藏车队的医药企业，为医院提供药品和标本的配送服务。', products: ['院际标本转运'] });
    expect(operator.ai).toBeLessThan(PRODUCT_MAKER_EVIDENCE);
    expect(operator.note).toBe('none');
    const surveyors = evidence({ introduction: '地形测量与地籍调查外业队伍，配备GNSS接收机和全站仪。', products: ['宗地测量'] });
    expect(surveyors.ai).toBeLessThan(PRODUCT_MAKER_EVIDENCE);
    // A software maker for couriers or hauliers names them as its field or clients: it keeps the share.
    for (const maker of [
      evidence({ introduction: '帮配送站把每一单排进顺路的线路。', products: ['排单宝：骑手打开就知道先送哪一家'] }),
      evidence({ introduction: '帮运输企业管好每一辆渣土车。', products: ['车管家：车从哪里出、倒在哪里，一目了然'] }),
    ]) {
      expect(maker.ai).toBe(PRODUCT_MAKER_EVIDENCE);
    }
  });

  it('reads a school that teaches AI in courses as teaching: the AI its courses name is the subject, not its own work', () => {
    const school = evidence({
      introduction: '面向中小学生的人工智能启蒙教育机构，开设图形化编程和AI机器人课程。',
      products: ['AI机器人体验课\n用积木搭小车，认识图像识别和语音识别'], // name, then description, as the model joins them
      cases: ['为实验小学开设每周两节人工智能社团课'],
    });
    expect(school.productShowsAi).toEqual([false]);
    expect(aiFactor(school.ai)).toBeLessThan(1);
    const officials = evidence({
      introduction: '为机关干部提供人工智能素养培训和大模型应用培训。',
      products: ['大模型办公应用培训班\n用大模型写材料、做表格'],
    });
    expect(officials.note).toBe('reseller');
    expect(aiFactor(officials.ai)).toBeLessThan(0.5);
    // A product for teachers that works by itself is not a course, whatever field it serves.
    const product = evidence({ introduction: '教育软件公司。', products: ['作文批改助手：自动批改作文并给出修改建议'] });
    expect(product.productShowsAi).toEqual([true]);
  });

  it('reads hosting, crop spraying by hired pilots, certified assessment and work by licensed staff as services, and a generic large-model appliance as goods', () => {
    const host = evidence({
      introduction: '提供GPU算力租赁和机房托管，代理销售大模型一体机。',
      products: ['大模型一体机：预装开源模型，应用由客户自行开发'],
    });
    expect(host.roles).toEqual(expect.arrayContaining(['租赁', '机房托管']));
    expect(host.note).toBe('reseller');
    const sprayers = evidence({ introduction: '农资门店，组建植保无人机飞防队，为茶园和稻田提供病虫害统防统治。', products: ['飞防作业'] });
    expect(sprayers.roles).toEqual(expect.arrayContaining(['飞防队', '统防统治']));
    expect(aiFactor(sprayers.ai)).toBeLessThan(0.5);
    // A maker of spraying drones that names its 飞防 service keeps its evidence.
    const maker = evidence({ introduction: '植保无人机研发与飞防服务企业，多光谱巡田自动识别病虫害。', products: ['巡田无人机：自动识别病虫害并生成处方图'] });
    expect(maker.roles).toEqual([]);
    expect(aiFactor(maker.ai)).toBe(1);
    const adjusters = evidence({ introduction: '渔船和水产养殖保险事故的查勘定损，持证公估师十余名，全天候出险。' });
    expect(adjusters.ai).toBe(0);
    // A certified assessor of others' systems writes reports, whatever AI it assesses.
    const assessor = evidence({ introduction: '网络安全等级保护测评机构，提供等保测评和大模型应用安全评估。', products: ['大模型安全评估\n对政企大模型应用开展内容安全测试'] });
    expect(assessor.roles).toEqual(expect.arrayContaining(['测评机构', '等保测评']));
    expect(assessor.note).toBe('reseller');
  });

  it('does not read a maker’s users, its field’s risks or what its machine does as a trade, third-party AI or manual work', () => {
    // 学员 are the users of a training product, not a school's pupils.
    const simulator = evidence({ introduction: '为职业院校提供化工装置虚拟仿真实训系统，学员在三维场景里开停车，系统自动评分。', products: ['仿真实训平台\n三维现场操作'] });
    expect(simulator.roles).toEqual([]);
    expect(simulator.note).not.toBe('reseller');
    // 第三方施工 is a pipeline's risk, not a contractor's trade nor AI bought from a third party.
    const pipeline = evidence({ introduction: '城市燃气安全监测。平台根据管龄、第三方施工和土壤腐蚀给每段管线打分，泄漏时自动推算位置。', products: ['管网风险评估平台\n按管段评估泄漏风险'] });
    expect(pipeline.roles).toEqual([]);
    expect(pipeline.signals?.['thirdParty']).toBe(0);
    expect(evidence({ introduction: '视频平台，接入第三方算法做车牌识别。' }).signals?.['thirdParty']).toBe(1);
    // 申报条件 and 能申报的政策 are a policy product's field; 代理申报 is the filing business.
    const policy = evidence({ introduction: '企业输入信用代码，就能看到能申报的补贴和每条政策的申报条件。', products: ['政策通\n推送你能申报的政策'] });
    expect(policy.ai).toBe(PRODUCT_MAKER_EVIDENCE);
    expect(evidence({ introduction: '为企业提供项目申报和补贴代理申报服务。', products: ['项目申报\n代写材料'] }).ai).toBeLessThan(PRODUCT_MAKER_EVIDENCE);
    // What a machine does in its clause (自动…打印) is not manual work; 人工登记 still is.
    expect(evidence({ products: ['住院摆药机\n按医嘱自动分包、核对并打印标签'] }).signals?.['manual']).toBe(0);
    expect(evidence({ products: ['台账系统\n人工登记后打印报表'] }).signals?.['manual']).toBeGreaterThan(0);
  });

  it('keeps these readings narrow: lesson-planning products, deployment training, open interfaces, a named model in an appliance, manual work said as such', () => {
    // 排课 and 备课 products schedule or prepare lessons; they are not lessons.
    for (const name of ['智能排课', 'AI备课']) {
      expect(evidence({ introduction: '教育软件公司。', products: [`${name}\n自动生成课表并检测冲突`] }).productShowsAi).toEqual([true]);
    }
    // A maker that trains its clients' staff is not a school.
    const maker = evidence({ introduction: '工业质检公司，深度学习模型自动识别划痕与气泡，提供部署和使用培训。' });
    expect(maker.note).toBeUndefined();
    expect(aiFactor(maker.ai)).toBeCloseTo(1, 6);
    // Third-party AI named with words between (接入第三方大模型), not an open interface (可对接第三方平台).
    expect(evidence({ introduction: '客服系统，接入第三方大模型回答问题。' }).signals?.['thirdParty']).toBe(1);
    expect(evidence({ introduction: '自研视觉算法，可对接第三方平台。' }).signals?.['thirdParty']).toBe(0);
    // Goods listed with 、 are goods; a model named by its field in an appliance is the maker's.
    expect(evidence({ introduction: '服务器代理商，供应训练、推理服务器。' }).note).toBe('reseller');
    expect(evidence({ introduction: '政务软件公司。', products: ['政务大模型一体机\n自动回答办事问题'] }).productShowsAi).toEqual([true]);
    // Manual work said as such counts, even beside 自动 (无法自动识别, 需人工录入).
    expect(evidence({ products: ['台账\n无法自动识别，需人工录入'] }).signals?.['manual']).toBeGreaterThan(0);
  });

  it('outranks a reseller that shares every word with the scenario, and says why in the list', () => {
    const { model } = fixtures();
    const companies: DescribedCompanyRecord[] = [
      {
        id: 'maker',
        name: '甲',
        profile: '自研机器视觉算法的工业质检公司。',
        products: [{ name: '焊缝缺陷检测', description: '深度学习模型自动识别焊缝气孔与裂纹，准确率98%' }],
        cases: [{ title: '某造船厂', description: '焊缝缺陷检测上线，漏检率下降' }],
      },
      {
        id: 'reseller',
        name: '乙',
        profile: '工业相机与焊缝检测设备的代理商，负责销售、安装与维保。',
        products: [{ name: '焊缝缺陷检测设备', description: '代理进口焊缝缺陷检测设备，提供安装调试' }],
        cases: [{ title: '某造船厂', description: '焊缝缺陷检测设备供货与安装' }],
      },
    ];
    const index = new MatchIndex(model);
    for (const c of companies) index.upsertCompany(model.companyProfile(companyInputFromDescribed(c)));
    index.upsertScenario(model.scenarioProfile({ id: 's', title: '焊缝缺陷检测', domainCode: '工业制造', description: '船体焊缝缺陷检测，减少人工复检' }));
    const top = index.topCompaniesFor('s', 5);
    expect(top[0].id).toBe('maker');
    const reseller = index.explain('s', 'reseller');
    expect(reseller.score).toBeLessThan(10);
    expect(reseller.whyNot).toEqual(expect.arrayContaining([expect.stringMatching(/^简介自述：.*代理/), '主营代理、经销、外包或集成，未见自有 AI 能力']));
    const listed = top.find((m) => m.id === 'reseller');
    if (listed) expect(listed.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^未见自有 AI 能力（简介自述：.*代理/)]));
  });
});
