import type { Catalogue } from '../../platform/i18n/catalogue';

/** Messages of training bases, bookings, programmes and skill competitions. */
export const TRAINING_MESSAGES = {
  'training.time_format': { 'zh-CN': '时间格式应为 HH:MM（如 08:30）', en: 'Times are HH:MM (e.g. 08:30)' },
  'training.half_hours': { 'zh-CN': '学时须为 0.5 小时的整数倍', en: 'Hours must be a multiple of 0.5' },
  'training.organisation_outside_zone': { 'zh-CN': '不是本园区的单位', en: 'Not an organisation of this zone' },
  // bases
  'training.base.closes_before_opens': { 'zh-CN': '关闭时间须晚于开放时间', en: 'The closing time must be after the opening time' },
  'training.base.partner_type': {
    'zh-CN': '共建单位须为学校、企业、科研院所、协会或政府部门',
    en: 'Co-building organisations are schools, enterprises, institutes, associations or government bodies',
  },
  'training.base.completed_in_future': { 'zh-CN': '建成日期不能晚于今天', en: 'The completion date cannot be in the future' },
  'training.base.completion_required': {
    'zh-CN': '运营中、暂停或省级示范的基地须填写建成日期',
    en: 'An operating, suspended or provincial demonstrative base needs a completion date',
  },
  'training.base.stations_below_bookings': {
    'zh-CN': '{date} {time} 已预约 {booked} 个工位，工位数不能少于 {booked}',
    en: '{booked} stations are booked on {date} at {time}; the base cannot have fewer',
  },
  'training.base.capacity_below_bookings': {
    'zh-CN': '{date} {time} 已预约 {booked} 名学员，容纳人数不能少于 {booked}',
    en: '{booked} trainees are booked on {date} at {time}; the capacity cannot be lower',
  },
  'training.base.hours_exclude_bookings': {
    'zh-CN': '{date} {time} 已有预约，新的开放时间须包含该时段',
    en: 'There is a booking on {date} at {time}; the new opening hours must include it',
  },
  'training.base.not_operating': { 'zh-CN': '该实训基地当前不接受预约', en: 'This training base is not taking bookings' },
  // bookings
  'training.booking.ends_before_starts': { 'zh-CN': '结束时间须晚于开始时间', en: 'The end time must be after the start time' },
  'training.booking.outside_hours': {
    'zh-CN': '须在基地开放时间 {opens}–{closes} 内',
    en: 'Must be within the base’s opening hours, {opens}–{closes}',
  },
  'training.booking.date_in_past': { 'zh-CN': '不能预约已经过去的日期', en: 'You cannot book a date in the past' },
  'training.booking.too_far_ahead': { 'zh-CN': '最多可提前 {days} 天预约', en: 'Bookings can be made at most {days} days ahead' },
  'training.booking.organisation_required': {
    'zh-CN': '代为预约时须选择预约单位',
    en: 'Choose the organisation when booking on its behalf',
  },
  'training.booking.organisation_type': {
    'zh-CN': '只有学校和企业可以预约实训基地',
    en: 'Only schools and enterprises book training bases',
  },
  'training.booking.over_base_stations': {
    'zh-CN': '超过基地工位总数（{limit} 个）',
    en: 'More than the base’s {limit} stations',
  },
  'training.booking.over_base_capacity': {
    'zh-CN': '超过基地同时容纳人数（{limit} 人）',
    en: 'More than the {limit} trainees the base takes at once',
  },
  'training.booking.stations_conflict': {
    'zh-CN': '{date} {time} 仅剩 {free} 个工位（共 {limit} 个），与已有预约冲突：{bookings}',
    en: 'On {date} at {time} only {free} of {limit} stations are free; this collides with: {bookings}',
  },
  'training.booking.trainees_conflict': {
    'zh-CN': '{date} {time} 仅可再容纳 {free} 名学员（共 {limit} 人），与已有预约冲突：{bookings}',
    en: 'On {date} at {time} only {free} of {limit} trainee places are free; this collides with: {bookings}',
  },
  'training.booking.already_cancelled': { 'zh-CN': '该预约已取消', en: 'This booking is already cancelled' },
  'training.booking.use_recorded': {
    'zh-CN': '已登记使用情况的预约不能取消',
    en: 'A booking whose use has been recorded cannot be cancelled',
  },
  'training.booking.already_started': {
    'zh-CN': '预约日期已到，不能再取消；如需更正请联系运营方',
    en: 'The booked day has come; it can no longer be cancelled (ask the operator to correct it)',
  },
  'training.booking.not_yet_held': {
    'zh-CN': '预约日期（{date}）之后才能登记使用情况',
    en: 'Use can be recorded from the booked day ({date}) on',
  },
  'training.booking.use_of_cancelled': { 'zh-CN': '已取消的预约不能登记使用情况', en: 'A cancelled booking has no use to record' },
  'training.booking.attended_over_capacity': {
    'zh-CN': '超过基地同时容纳人数（{limit} 人）',
    en: 'More than the {limit} trainees the base takes at once',
  },
  'training.booking.hours_over_booking': {
    'zh-CN': '不能超过预约时长（{hours} 小时）',
    en: 'Cannot exceed the booked {hours} hours',
  },
  'training.calendar.range_too_long': { 'zh-CN': '日历一次最多查询 {days} 天', en: 'The calendar shows at most {days} days at a time' },
  // programmes
  'training.programme.ends_before_starts': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  'training.programme.capacity_below_enrolled': {
    'zh-CN': '已有 {enrolled} 名在册学员，名额不能少于此数',
    en: '{enrolled} trainees are enrolled; the capacity cannot be lower',
  },
  'training.programme.sessions_outside_dates': {
    'zh-CN': '已有课次在 {date}，培训日期须包含所有课次',
    en: 'A session is on {date}; the programme dates must include every session',
  },
  'training.programme.full': { 'zh-CN': '名额已满（{capacity} 人）', en: 'The programme is full ({capacity} places)' },
  'training.session.outside_programme': {
    'zh-CN': '须在培训期间 {from} 至 {to} 内',
    en: 'Must be within the programme, {from} to {to}',
  },
  'training.session.in_future': { 'zh-CN': '课次尚未开始，不能登记考勤', en: 'The session has not taken place yet' },
  'training.enrolment.trainee_required': {
    'zh-CN': '请选择求职者或填写学员姓名（二选一）',
    en: 'Choose a job seeker or give the trainee’s name (one of the two)',
  },
  'training.enrolment.duplicate': { 'zh-CN': '该学员已报名本培训', en: 'This trainee is already enrolled' },
  'training.enrolment.wrong_status': {
    'zh-CN': '学员当前状态为“{status}”，不能执行此操作',
    en: 'The trainee is “{status}”; this is not possible now',
  },
  'training.enrolment.programme_not_ended': {
    'zh-CN': '培训结束（{date}）后才能结业',
    en: 'Trainees complete after the programme ends ({date})',
  },
  'training.enrolment.no_sessions': { 'zh-CN': '该培训尚无课次，无法计算出勤率', en: 'The programme has no sessions to count attendance over' },
  'training.enrolment.attendance_short': {
    'zh-CN': '出勤率 {rate}% 低于结业要求 {required}%',
    en: 'Attendance of {rate}% is below the {required}% needed to complete',
  },
  'training.attendance.not_enrolled': {
    'zh-CN': '不是本培训的在册学员',
    en: 'Not a trainee enrolled on this programme',
  },
  // competitions
  'training.competition.unknown_category': {
    'zh-CN': '不是本次竞赛的赛项（{categories}）',
    en: 'Not a category of this competition ({categories})',
  },
  'training.competition.category_in_use': {
    'zh-CN': '赛项“{category}”已有选手报名，不能删除',
    en: 'Category “{category}” has entrants and cannot be removed',
  },
  'training.competition.entrant_required': {
    'zh-CN': '请选择求职者或填写选手姓名（二选一）',
    en: 'Choose a job seeker or give the entrant’s name (one of the two)',
  },
  'training.competition.duplicate_entrant': { 'zh-CN': '该选手已报名此赛项', en: 'This entrant is already in this category' },
  'training.competition.not_held_yet': {
    'zh-CN': '竞赛（{date}）举行后才能录入成绩',
    en: 'Results are entered after the competition ({date})',
  },
  'training.competition.award_needs_score': { 'zh-CN': '获奖选手须有成绩', en: 'An award needs a score' },
  'training.competition.held_date_after_results': {
    'zh-CN': '已有成绩，竞赛日期不能改到今天以后',
    en: 'Results are in; the competition date cannot move into the future',
  },
} satisfies Catalogue;
