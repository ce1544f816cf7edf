/** English for the messages of libs/server/sessions (see ../api-messages.en.ts for the rules). */
export const SESSIONS_MESSAGES_EN: Readonly<Record<string, string>> = {
  // Not found, not allowed
  对接会不存在: 'Session not found',
  对接会不存在或无权查看: 'Session not found or not visible to you',
  记录不存在或无权查看: 'Record not found or not visible to you',
  洽谈不存在: 'Meeting not found',
  洽谈不存在或无权查看: 'Meeting not found or not visible to you',
  洽谈请求不存在: 'Meeting request not found',
  参会单位不存在: 'Participant not found',
  单位不存在: 'Organisation not found',
  日程生成记录不存在: 'Agenda run not found',
  回访不存在或无权查看: 'Follow-up not found or not visible to you',
  日历订阅不存在或已停用: 'Calendar subscription not found or turned off',
  类型取值无效: 'Invalid type',
  只有本场对接会的参会单位可以查看日程:
    'Only participants of this session can see its agenda',
  只有本场对接会的参会单位可以查看回访:
    'Only participants of this session can see its follow-ups',
  报名后才能查看推荐的洽谈对象: 'Register first to see suggested meetings',

  // Status rules: 对接会当前状态下不能{action}, the action looked up below
  '对接会当前状态下不能{action}':
    'Not possible in the session’s current status: {action}',
  修改: 'editing the session',
  '生成日程（在报名阶段生成；已发布的日程请先撤回再重新生成）':
    'generating the agenda (done while registration is open; withdraw a published agenda before regenerating)',
  安排洽谈: 'scheduling a meeting',
  '固定洽谈（日程发布前才能固定）':
    'pinning meetings (only before the agenda is published)',
  设置线上洽谈: 'moving a meeting online',
  '记录洽谈成果（对接会开始后才能记录）':
    'recording outcomes (only once the session has started)',
  取消洽谈: 'cancelling a meeting',
  提出洽谈请求: 'requesting meetings',
  回复洽谈请求: 'answering meeting requests',
  撤回洽谈请求: 'withdrawing meeting requests',
  报名: 'registering',
  '报名（报名未开放或已截止）':
    'registering (registration is not open or has closed)',
  签到: 'checking in',
  '标记缺席（对接会开始后才能标记）':
    'marking no-shows (only once the session has started)',
  修改参会信息: 'editing the registration',
  '修改参会信息（报名已截止，请联系组织方）':
    'editing the registration (registration has closed, please contact the organiser)',
  '对接会处于「{from}」，不能改为「{to}」':
    'The session is “{from}” and cannot become “{to}”',
  筹备中: 'Planning',
  报名中: 'Registration open',
  日程已发布: 'Agenda published',
  进行中: 'In progress',
  已结束: 'Closed',

  // Sessions and their shape
  '日程已发布，不能再修改时间、时段或桌数；请先撤回日程':
    'The agenda is published: times, slots and tables can no longer change; withdraw the agenda first',
  '已有 {count} 场洽谈排在将被删除的时段或桌位，请先重新生成日程':
    '{count} meetings are scheduled in slots or at tables that would be removed; regenerate the agenda first',
  '日程正在生成，请等它完成后再发布':
    'The agenda is being generated; publish it once that has finished',
  '还没有日程：请先生成日程再发布':
    'There is no agenda yet: generate it before publishing',
  开始时间无效: 'Invalid start time',
  '休息须安排在两个时段之间（不能在最后一个时段之后）':
    'A break must fall between two slots (not after the last one)',
  同一时段之后只能安排一次休息: 'Only one break can follow a slot',
  '时段 {slot} 不存在（本场共 {slots} 个时段）':
    'Slot {slot} does not exist (this session has {slots} slots)',
  '本场共 {tables} 张洽谈桌，分桌链接不能多于桌数':
    'This session has {tables} tables; there cannot be more table links than tables',
  '{table} 号桌的会议链接应为 http(s):// 开头的网址':
    'The meeting link of table {table} must be a web address starting with http(s)://',
  '线上对接会请填写会议链接（或为每张桌填写分桌链接）':
    'An online session needs a meeting link (or a link for each table)',

  // Registration
  '只有企业、发榜单位和金融/投资机构可以报名对接会':
    'Only companies, issuing agencies and financial institutions or investors can register for sessions',
  '只有企业、发榜单位和金融/投资机构可以参加对接会':
    'Only companies, issuing agencies and financial institutions or investors can take part in sessions',
  只能为本单位报名: 'You can only register your own organisation',
  请选择要报名的单位: 'Choose the organisation to register',
  '本场对接会不接受{category}报名': 'This session does not admit {category}',
  AI企业: 'AI companies',
  '政府单位 / 医院学校等':
    'government departments, hospitals, schools and the like',
  金融机构: 'financial institutions',
  投资机构: 'investors',
  '企业名额（{limit} 家）已满': 'All company places ({limit}) are taken',
  '需求方单位名额（{limit} 家）已满':
    'All demand-side places ({limit}) are taken',
  '{name} 已报名本场对接会': '{name} is already registered for this session',
  '企业参会不带场景；请向发榜单位提出洽谈请求':
    'Companies do not bring scenarios; request meetings with issuing agencies instead',
  '金融/投资机构参会带的是需求（贷款产品、投资方向），不带场景':
    'Financial institutions and investors bring needs (loan products, investment focus), not scenarios',
  只能带本单位已发布的场景: 'You can only bring your own published scenarios',
  '只有金融机构和投资机构参会时填写需求（贷款产品、投资方向）':
    'Only financial institutions and investors list needs (loan products, investment focus)',
  请至少填写一项贷款产品或投资方向:
    'Add at least one loan product or investment focus',
  最高金额不能低于最低金额: 'The maximum amount cannot be below the minimum',

  // Check-in and no-shows
  签到码不属于本场对接会: 'This check-in code does not belong to this session',
  '{name} 已取消参会': '{name} has cancelled their registration',
  '{name} 已被标记缺席，其洽谈已释放':
    '{name} was marked as a no-show; their meetings were released',
  '{name} 已签到，不能标记缺席':
    '{name} has checked in and cannot be marked as a no-show',

  // Meeting requests
  '请先报名本场对接会，再提出洽谈请求':
    'Register for this session before requesting meetings',
  该场景不在发榜单位本次带来的场景中:
    'The issuing agency is not bringing this scenario to the session',
  '已向 {name} 提出过洽谈请求':
    'You have already requested a meeting with {name}',
  只有被邀请方可以回复洽谈请求:
    'Only the invited side can answer a meeting request',
  该请求已处理: 'This request has already been answered',
  只能撤回本单位提出的请求: 'You can only withdraw your own requests',
  该请求已结束: 'This request is closed',
  对方没有报名本场对接会:
    'The other organisation is not registered for this session',
  '对方应为需求方（发榜单位或金融/投资机构）':
    'The other side must be on the demand side (issuing agency, financial institution or investor)',
  对方应为企业: 'The other side must be a company',

  // Agenda and meetings
  '日程正在生成中，请稍候': 'The agenda is being generated, please wait',
  至少要有一家企业和一家发榜单位报名才能生成日程:
    'At least one company and one issuing agency must register before an agenda can be generated',
  '本场共 {slots} 个时段': 'This session has {slots} slots',
  '本场共 {tables} 张洽谈桌': 'This session has {tables} tables',
  '{name} 在时段 {slot} 无法参加': '{name} is not available in slot {slot}',
  '{name} 已被标记缺席': '{name} was marked as a no-show',
  '时段 {slot} 的 {table} 号桌已有洽谈':
    'Table {table} already has a meeting in slot {slot}',
  双方已安排过洽谈: 'These two already have a meeting',
  '{name} 在该时段已有洽谈': '{name} already has a meeting in this slot',
  没有要修改的内容: 'Nothing to change',
  只有组织方可以固定洽谈: 'Only the organiser can pin meetings',
  已取消的洽谈不能固定: 'A cancelled meeting cannot be pinned',
  只有组织方可以设置线上洽谈: 'Only the organiser can move meetings online',
  已取消的洽谈不能改为线上: 'A cancelled meeting cannot be moved online',
  '请填写这场洽谈的会议链接（本场没有可用的会议链接）':
    'Enter a meeting link for this meeting (the session has none to use)',
  '该洽谈已取消，不能记录成果':
    'This meeting was cancelled; no outcome can be recorded',
  请选择洽谈成果: 'Choose an outcome',
  已记录成果的洽谈不能取消:
    'A meeting with a recorded outcome cannot be cancelled',
  已经回复过这次回访: 'This follow-up has already been answered',

  // Agenda runs: progress and failures (stored on the run, shown to the organiser)
  排队中: 'Queued',
  超时未完成: 'Timed out',
  '读取参会单位、洽谈请求和匹配度':
    'Reading participants, requests and match scores',
  '{companies} 家企业、{agencies} 家发榜单位、{candidates} 个候选洽谈：求解中':
    '{companies} companies, {agencies} agencies, {candidates} candidate meetings: solving',
  '已选出 {n} 场洽谈：保存日程': '{n} meetings chosen: saving the agenda',
  '已生成 {n} 场洽谈': '{n} meetings scheduled',
  '对接会已不在报名阶段，日程未替换':
    'Registration is no longer open; the agenda was not replaced',
  '生成期间参会单位、请求或固定的洽谈有变化，请重新生成日程':
    'Participants, requests or pinned meetings changed during generation; please generate the agenda again',
  '固定的洽谈无法全部保留：{reason}':
    'Not all pinned meetings can be kept: {reason}',
  '出错，将重试：{reason}': 'Error, will retry: {reason}',

  // Why a request could not be scheduled (stored on the run)
  '{name}已达到洽谈场次上限':
    '{name} has reached their maximum number of meetings',
  一方已达到洽谈场次上限:
    'One side has reached their maximum number of meetings',
  一方: 'One side',
  双方: 'Both sides',
  双方没有共同可参加的时段: 'The two sides have no slot in common',
  双方共同可参加的时段都已排满:
    'Every slot both sides can attend is already taken',
  双方都空闲的时段里洽谈桌已满:
    'All tables are taken in the slots where both sides are free',
  '{name}的其他洽谈优先级更高（双向请求或匹配度更高）':
    '{name} has meetings with higher priority (mutual requests or better matches)',
  '双方的其他洽谈优先级更高（双向请求或匹配度更高）':
    'Both sides have meetings with higher priority (mutual requests or better matches)',
  对方缺席: 'the other side did not show',
  对方取消参会: 'the other side cancelled',
  组织方取消: 'cancelled by the organiser',

  // Field validation (session.dto.ts)
  请填写对接会名称: 'Please enter the session name',
  '名称应为 2–200 个字符': 'The name must be 2–200 characters',
  请填写名称: 'Please enter a name',
  '地点不超过 200 字': 'The venue can be at most 200 characters',
  '简介不超过 5000 字': 'The description can be at most 5000 characters',
  '开始时间格式应为 ISO 8601，如 2026-12-10T09:00:00+08:00':
    'The start time must be ISO 8601, e.g. 2026-12-10T09:00:00+08:00',
  '每场时长应为整数（分钟）':
    'The slot length must be a whole number of minutes',
  '每场至少 5 分钟': 'Slots last at least 5 minutes',
  '每场不超过 120 分钟': 'Slots last at most 120 minutes',
  时段数应为整数: 'The number of slots must be a whole number',
  '至少 1 个时段': 'At least 1 slot',
  '最多 48 个时段': 'At most 48 slots',
  桌数应为整数: 'The number of tables must be a whole number',
  '至少 1 张洽谈桌': 'At least 1 table',
  '最多 500 张洽谈桌': 'At most 500 tables',
  休息安排应为列表: 'Breaks must be a list',
  '休息应位于某个时段之后（时段序号）':
    'A break must follow a slot (its number)',
  '休息时长应为整数（分钟）':
    'The break length must be a whole number of minutes',
  '休息至少 5 分钟': 'Breaks last at least 5 minutes',
  '休息不超过 240 分钟': 'Breaks last at most 240 minutes',
  企业名额应为整数: 'Company places must be a whole number',
  '企业名额至少 1': 'At least 1 company place',
  单位名额应为整数: 'Agency places must be a whole number',
  '单位名额至少 1': 'At least 1 agency place',
  '对接会类型应为 供需对接会 / 银企对接会 / 投融资对接会':
    'The session type must be matchmaking, bank–business or investment',
  可报名的单位类型应为列表: 'The admitted kinds must be a list',
  至少允许一类需求方报名: 'Admit at least one kind of demand-side organisation',
  '单位类型应为 政府单位 / 金融机构 / 投资机构':
    'The kind must be government, financial institution or investor',
  单位类型取值无效: 'Invalid organisation kind',
  '形式应为 线下 / 线上 / 线上线下结合':
    'The format must be on site, online or hybrid',
  '会议链接不超过 500 字': 'The meeting link can be at most 500 characters',
  '会议链接应为 http(s):// 开头的网址':
    'The meeting link must be a web address starting with http(s)://',
  分桌链接应为列表: 'Table links must be a list',
  分桌链接应为网址: 'Table links must be web addresses',
  '回访时间应为整数（天）':
    'The follow-up delay must be a whole number of days',
  '回访时间至少 1 天': 'The follow-up comes at least 1 day after',
  '回访时间不超过 1000 天': 'The follow-up comes at most 1000 days after',
  单位编号无效: 'Invalid organisation id',
  企业编号无效: 'Invalid company id',
  对方单位编号无效: 'Invalid id of the other organisation',
  场景编号无效: 'Invalid scenario id',
  场景应为列表: 'Scenarios must be a list',
  '最多带 20 个场景': 'At most 20 scenarios',
  洽谈场次上限应为整数: 'The maximum number of meetings must be a whole number',
  洽谈场次上限不能为负: 'The maximum number of meetings cannot be negative',
  不可参加的时段应为列表: 'Unavailable slots must be a list',
  时段序号应为整数: 'The slot number must be a whole number',
  时段序号不能为负: 'The slot number cannot be negative',
  桌号应为整数: 'The table number must be a whole number',
  桌号不能为负: 'The table number cannot be negative',
  '联系人不超过 100 字': 'The contact name can be at most 100 characters',
  联系电话格式不正确: 'Invalid contact phone number',
  联系邮箱格式不正确: 'Invalid contact email address',
  '邮箱不超过 200 字': 'The email address can be at most 200 characters',
  需求应为列表: 'Needs must be a list',
  '最多带 10 项需求': 'At most 10 needs',
  '需求类型应为 贷款产品 或 投资方向':
    'The need type must be loan product or investment focus',
  '金额应为整数（万元）': 'Amounts must be whole numbers (in 10k CNY)',
  '金额至少 1 万元': 'Amounts start at 10k CNY',
  金额过大: 'Amount too large',
  '期限应为整数（月）': 'The term must be a whole number of months',
  '期限至少 1 个月': 'The term is at least 1 month',
  '期限不超过 360 个月': 'The term is at most 360 months',
  '适用对象不超过 200 字': 'Eligibility can be at most 200 characters',
  投资阶段应为列表: 'Stages must be a list',
  投资阶段取值无效: 'Invalid investment stage',
  关注领域应为列表: 'Sectors must be a list',
  '关注领域最多 10 个': 'At most 10 sectors',
  '每个领域 1–30 个字': 'Each sector has 1–30 characters',
  '说明不超过 1000 字': 'The description can be at most 1000 characters',
  '说明不超过 500 字': 'The description can be at most 500 characters',
  '留言不超过 500 字': 'The message can be at most 500 characters',
  请选择接受或婉拒: 'Choose accept or decline',
  '固定应为 true 或 false': 'pinned must be true or false',
  '线上应为 true 或 false': 'online must be true or false',
  '成果取值应为 意向合作 / 签约 / 待跟进 / 无':
    'The outcome must be intent, signed, follow-up or none',
  '备注不超过 2000 字': 'The note can be at most 2000 characters',
  请输入签到码: 'Please enter the check-in code',
  签到码无效: 'Invalid check-in code',
  '请选择：签约 / 试点 / 融资 / 无': 'Choose: signed, pilot, financing or none',
  方向取值无效: 'Invalid direction',
  '关键词不超过 50 字': 'The search can be at most 50 characters',
};
