import type { Catalogue } from '../../platform/i18n/catalogue';

/** The texts providers deliver (SMS, WeChat, the log); the app shows the same through its own catalogue. */
export const NOTIFICATION_MESSAGES = {
  'notification.recommended': {
    'zh-CN': '【桥】您已被推荐到{organisationName}的“{positionTitle}”岗位，企业将与您联系。可在“我的消息”查看推荐理由。',
    en: '[Qiao] You have been recommended for “{positionTitle}” at {organisationName}; the enterprise will contact you. See why under My messages.',
  },
  'notification.application_status': {
    'zh-CN': '【桥】您在{organisationName}“{positionTitle}”岗位的求职进展：{statusLabel}。',
    en: '[Qiao] Your application for “{positionTitle}” at {organisationName}: {statusLabel}.',
  },
  'notification.fair_survey': {
    'zh-CN': '【桥】感谢您参加“{fairTitle}”，请花一分钟填写满意度调查，帮助我们办好下一场招聘会。',
    en: '[Qiao] Thank you for coming to “{fairTitle}”. Please take a minute to answer our survey.',
  },
} satisfies Catalogue;
