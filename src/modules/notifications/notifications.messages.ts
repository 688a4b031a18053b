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
} satisfies Catalogue;
