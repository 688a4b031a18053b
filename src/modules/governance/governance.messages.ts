import type { Catalogue } from '../../platform/i18n/catalogue';

/** Messages of consortium governance: council, meetings, agreements, appointments, visits, projects, the three lists. */
export const GOVERNANCE_MESSAGES = {
  'governance.organisation_not_found': { 'zh-CN': '未找到该单位', en: 'No such organisation' },
  'governance.end_before_start': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  'governance.date_in_future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be in the future' },
  'governance.duplicate': { 'zh-CN': '重复选择', en: 'Listed twice' },
  'governance.not_enterprise': { 'zh-CN': '只能选择企业', en: 'Choose an enterprise' },
  'governance.industry_not_zone': {
    'zh-CN': '应为园区“2主3辅”产业之一',
    en: 'Must be one of the zone’s six industries',
  },
  'council.term_overlap': {
    'zh-CN': '该单位在此期间已有理事会任期（{start} 至 {end}）',
    en: 'The organisation already has a council term in this period ({start} to {end})',
  },
  'meeting.attendee_required': { 'zh-CN': '请填写参会单位或参会人', en: 'Name an organisation or a person' },
  'meeting.duplicate_attendee': { 'zh-CN': '参会单位或参会人重复', en: 'This attendee is listed twice' },
  'resolution.owner_required': {
    'zh-CN': '请指定责任单位或责任人',
    en: 'Name the organisation or the person responsible',
  },
  'resolution.due_before_meeting': {
    'zh-CN': '完成期限不能早于会议日期',
    en: 'The due date cannot be before the meeting',
  },
  'resolution.done_before_meeting': {
    'zh-CN': '完成日期不能早于会议日期',
    en: 'The completion date cannot be before the meeting',
  },
  'agreement.parties_min': { 'zh-CN': '协议至少需要两方', en: 'An agreement needs at least two parties' },
  'agreement.duplicate_party': { 'zh-CN': '协议方重复', en: 'This party is listed twice' },
  'agreement.signed_required': {
    'zh-CN': '生效的协议须填写签署日期',
    en: 'An agreement in force needs its signing date',
  },
  'agreement.end_required': { 'zh-CN': '生效的协议须填写到期日期', en: 'An agreement in force needs its end date' },
  'agreement.end_before_signed': { 'zh-CN': '到期日期须晚于签署日期', en: 'The end date must be after the signing date' },
  'agreement.wrong_transition': {
    'zh-CN': '协议不能从当前状态改为所选状态（草稿须先生效，生效后才能终止）',
    en: 'The agreement cannot move to this status (a draft becomes active first; only an active one is terminated)',
  },
  'agreement.closed': { 'zh-CN': '已终止的协议不能再修改', en: 'A terminated agreement can no longer be changed' },
  'agreement.terminated_before_signed': {
    'zh-CN': '终止日期不能早于签署日期',
    en: 'The termination date cannot be before the signing date',
  },
  'agreement.only_when_terminated': {
    'zh-CN': '仅在终止协议时填写',
    en: 'Only for an agreement being terminated',
  },
  'agreement.document_too_large': {
    'zh-CN': '文件不能超过 {max} MB',
    en: 'The file cannot be larger than {max} MB',
  },
  'agreement.document_type': {
    'zh-CN': '只能上传 PDF、Word（.docx）、PNG 或 JPEG 文件',
    en: 'Upload a PDF, Word (.docx), PNG or JPEG file',
  },
  'agreement.document_required': { 'zh-CN': '请选择要上传的文件', en: 'Choose a file to upload' },
  'appointment.same_organisation': {
    'zh-CN': '派出单位与任职单位不能相同',
    en: 'The home and host organisations must differ',
  },
  'appointment.must_be_school': {
    'zh-CN': '按所选方向，此处应为院校或科研院所',
    en: 'For this direction this must be a school or research institute',
  },
  'appointment.must_be_enterprise': {
    'zh-CN': '按所选方向，此处应为企业',
    en: 'For this direction this must be an enterprise',
  },
  'outcome.before_appointment': {
    'zh-CN': '成果日期不能早于任职开始日期',
    en: 'The date cannot be before the appointment started',
  },
  'visit.organisation_required': { 'zh-CN': '至少选择一个单位', en: 'Choose at least one organisation' },
  'visit.visitor_required': { 'zh-CN': '至少填写一名参加人员', en: 'Name at least one person who went' },
  'visit.position_not_of_visited': {
    'zh-CN': '该岗位不属于本次走访或座谈的单位',
    en: 'This position is not of an organisation on this visit',
  },
  'visit.challenge_not_of_visited': {
    'zh-CN': '该技术难题不是本次走访或座谈的单位发布的',
    en: 'This challenge was not posted by an organisation on this visit',
  },
  'visit.challenge_not_found': {
    'zh-CN': '未找到该企业技术难题（揭榜挂帅）',
    en: 'No such technical challenge',
  },
  'technology_need.challenge_of_other': {
    'zh-CN': '该揭榜挂帅项目不是此企业发布的',
    en: 'This technical challenge was posted by another enterprise',
  },
  'milestone.due_before_project': {
    'zh-CN': '节点期限不能早于项目开始日期',
    en: 'The due date cannot be before the project starts',
  },
  'milestone.done_before_project': {
    'zh-CN': '完成日期不能早于项目开始日期',
    en: 'The completion date cannot be before the project starts',
  },
} satisfies Catalogue;
