import type { Catalogue } from '../../platform/i18n/catalogue';

/** Messages of technology transfer: patents, transfers, contracts, achievements, research assistants, challenges. */
export const TECHTRANSFER_MESSAGES = {
  'patent_number.format': {
    'zh-CN': '专利申请号应为 12 位数字加校验位（如 202310123459.X），或 2003 年前的 8 位数字加校验位',
    en: 'A patent application number has 12 digits and a check character (e.g. 202310123459.X), or 8 digits before 2003',
  },
  'patent_number.check': {
    'zh-CN': '专利申请号校验位错误（应为 {expected}）',
    en: 'Wrong check character in the application number (expected {expected})',
  },
  'patent_number.year': { 'zh-CN': '专利申请号中的年份 {year} 不符合该号码格式', en: 'The year {year} does not fit this number format' },
  'patent_number.type_digit': {
    'zh-CN': '专利申请号第 5 位（类型）应为 1、2、3、8 或 9，而不是 {digit}',
    en: 'The type digit must be 1, 2, 3, 8 or 9, not {digit}',
  },
  'patent_number.taken': { 'zh-CN': '该专利申请号已登记', en: 'This application number is already registered' },
  'patent.type_mismatch': {
    'zh-CN': '申请号类型位 {digit} 表示{expected}，与所选专利类型不一致',
    en: 'Type digit {digit} of the number means {expected}, not the type chosen',
  },
  'patent.year_mismatch': { 'zh-CN': '申请日应在申请号年份 {year} 年内', en: 'The filing date must fall in {year}, the year of the number' },
  'patent.pct_year_before_filing': {
    'zh-CN': 'PCT 申请进入中国的年份 {year} 不能早于国际申请日',
    en: 'A PCT entry year ({year}) cannot be before the international filing date',
  },
  'patent.granted_before_filed': { 'zh-CN': '授权日不能早于申请日', en: 'The grant date cannot be before the filing date' },
  'patent.granted_after_effective': { 'zh-CN': '授权日不能晚于生效日期', en: 'The grant date cannot be after the effective date' },
  'patent.valid_needs_grant': { 'zh-CN': '有效专利须填写授权公告日', en: 'A valid patent needs a grant date' },
  'patent.pending_but_granted': { 'zh-CN': '已授权的专利不能为审中状态', en: 'A granted patent cannot be pending' },
  'patent.lapsed_needs_date': { 'zh-CN': '失效专利须填写失效日期', en: 'A lapsed patent needs the date it lapsed' },
  'patent.status_before_history': {
    'zh-CN': '法律状态日期不能早于上一次状态变化或授权/申请日',
    en: 'The status date cannot be before the previous status change, grant or filing',
  },
  'patent.status_change_not_allowed': {
    'zh-CN': '法律状态不能从“{from}”变为“{to}”',
    en: 'The legal status cannot change from {from} to {to}',
  },
  'patent.restore_needs_grant': { 'zh-CN': '未授权的申请失效后不能恢复为有效', en: 'An application never granted cannot be restored' },
  'patent.owner_in_zone_required': {
    'zh-CN': '专利权人中至少须有一个本园区成员单位',
    en: 'At least one owner must be an organisation of the zone',
  },
  'patent.own_organisation_required': {
    'zh-CN': '专利权人中须包含本单位',
    en: 'Your organisation must be one of the owners',
  },
  'patent.not_owned_by_from': { 'zh-CN': '转出方不是该专利的专利权人', en: 'The transferring organisation does not own this patent' },
  'patent.lapsed_cannot_transfer': { 'zh-CN': '已失效的专利不能转让或许可', en: 'A lapsed patent cannot be transferred or licensed' },
  'transfer.same_party': { 'zh-CN': '转出方与受让方不能相同', en: 'The two parties must differ' },
  'transfer.before_filing': { 'zh-CN': '合同日期不能早于专利申请日', en: 'The contract date cannot be before the filing date' },
  'transfer.receiver_owns': { 'zh-CN': '受让方已是该专利的专利权人', en: 'The receiving organisation already owns this patent' },
  'tech_contract.number_taken': { 'zh-CN': '该合同登记编号已登记', en: 'This contract number is already registered' },
  'tech_contract.number_format': {
    'zh-CN': '合同登记编号为 6–32 位数字、字母或连字符',
    en: 'A contract number has 6–32 digits, letters or hyphens',
  },
  'tech_contract.party_in_zone_required': {
    'zh-CN': '买方或卖方至少一方须为本园区成员单位',
    en: 'The buyer or the seller must be an organisation of the zone',
  },
  'tech_contract.own_party_required': {
    'zh-CN': '本单位须为合同的买方或卖方',
    en: 'Your organisation must be the buyer or the seller',
  },
  'tech_contract.same_party': { 'zh-CN': '买方与卖方不能相同', en: 'The buyer and the seller must differ' },
  'tech_contract.signed_after_registered': { 'zh-CN': '签订日期不能晚于登记日期', en: 'The signing date cannot be after the registration date' },
  'achievement.number_taken': { 'zh-CN': '该成果登记号已登记', en: 'This registration number is already registered' },
  'techtransfer.date_in_future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be in the future' },
  'techtransfer.party_org_or_name': {
    'zh-CN': '请选择一个成员单位或填写单位名称（二选一）',
    en: 'Choose an organisation or type a name (one of the two)',
  },
  'techtransfer.party_duplicate': { 'zh-CN': '同一单位只能出现一次', en: 'The same organisation appears twice' },
  'techtransfer.organisation_not_in_zone': { 'zh-CN': '不是本园区的成员单位', en: 'Not an organisation of the zone' },
  'techtransfer.own_organisation_only': { 'zh-CN': '只能为本单位登记', en: 'You can only record this for your own organisation' },
  'money.format': {
    'zh-CN': '金额格式不正确，如 1,234.56、12.3万元',
    en: 'Not an amount; write e.g. 1,234.56 or 12.3万元',
  },
  'money.precision': { 'zh-CN': '金额最小单位为分', en: 'Amounts are exact to the fen (0.01 yuan)' },
  'money.negative': { 'zh-CN': '金额不能为负数', en: 'The amount cannot be negative' },
  'money.too_large': { 'zh-CN': '金额过大', en: 'The amount is too large' },
  'money.positive': { 'zh-CN': '金额须大于 0', en: 'The amount must be more than 0' },
  'ra.organisation_type': {
    'zh-CN': '科研助理岗位只属于企业、院校或科研院所',
    en: 'Research-assistant posts belong to enterprises, schools and institutes',
  },
  'ra.target_exists': {
    'zh-CN': '该年度目标已设置，请在原目标上修改',
    en: 'A target for this year exists already; change that one',
  },
  'challenge.status_not_allowed': {
    'zh-CN': '当前状态“{status}”下不能执行该操作',
    en: 'This action is not possible while the challenge is {status}',
  },
  'challenge.actor_not_allowed': { 'zh-CN': '该操作须由{actor}执行', en: 'This action is for the {actor}' },
  'challenge.not_editable': { 'zh-CN': '征集截止后不能修改需求', en: 'The challenge cannot be edited once the call has closed' },
  'challenge.enterprise_required': { 'zh-CN': '技术需求只能由企业发布', en: 'Only enterprises post technical challenges' },
  'challenge.deadline_passed': { 'zh-CN': '截止日期不能早于今天', en: 'The deadline cannot be in the past' },
  'challenge.reason_required': { 'zh-CN': '请填写原因', en: 'Give a reason' },
  'challenge.proposal_required': { 'zh-CN': '请选择一个揭榜方案', en: 'Choose a proposal' },
  'challenge.proposal_not_selectable': {
    'zh-CN': '只能选择本需求下已提交的方案',
    en: 'Choose a submitted proposal of this challenge',
  },
  'challenge.contract_required': { 'zh-CN': '请选择一份技术合同', en: 'Choose a technology contract' },
  'challenge.contract_parties': {
    'zh-CN': '技术合同的买方须为发布需求的企业、卖方须为中标单位',
    en: 'The contract’s buyer must be the enterprise and its seller the awarded organisation',
  },
  'challenge.contract_taken': { 'zh-CN': '该合同已关联其他需求', en: 'This contract is already linked to another challenge' },
  'proposal.closed': { 'zh-CN': '该需求当前不接受揭榜方案', en: 'This challenge is not taking proposals' },
  'proposal.proposer_type': { 'zh-CN': '揭榜方案只能由院校或科研院所提交', en: 'Only schools and institutes submit proposals' },
  'proposal.duplicate': {
    'zh-CN': '本单位已对该需求提交方案，请修改原方案',
    en: 'Your organisation has already proposed; edit that proposal instead',
  },
  'proposal.not_editable': { 'zh-CN': '该方案已不能修改或撤回', en: 'This proposal can no longer be changed or withdrawn' },
  'techtransfer_import.patent_duplicate_in_file': {
    'zh-CN': '与第 {row} 行的申请号重复',
    en: 'Same application number as row {row}',
  },
  'techtransfer_import.contract_duplicate_in_file': {
    'zh-CN': '与第 {row} 行的合同登记编号重复',
    en: 'Same contract number as row {row}',
  },
  'techtransfer_import.unknown_value': { 'zh-CN': '无法识别“{value}”', en: 'Unrecognised value “{value}”' },
  'techtransfer_import.no_zone_party': {
    'zh-CN': '{column}中没有本园区成员单位（按单位全称或简称匹配）',
    en: 'No organisation of the zone in {column} (matched by full or short name)',
  },
} satisfies Catalogue;
