import type { Translate } from '../../../i18n/catalogue';
import type { ApplicationStatus } from '../../positions/types';
import type { Notification } from '../types';

function text(value: string | number | undefined): string {
  return value === undefined ? '—' : String(value);
}

/** The position a message is about; a fair survey is about the fair, which stands in its place. */
export function messagePosition(notification: Notification): { id: string | null; title: string } {
  const id = notification.params.positionId;
  return { id: typeof id === 'string' ? id : null, title: text(notification.params.positionTitle ?? notification.params.fairTitle) };
}

/** The status an application_status message reports. */
export function messageStatus(notification: Notification): ApplicationStatus | null {
  const status = notification.params.status;
  return notification.kind === 'application_status' && typeof status === 'string' ? (status as ApplicationStatus) : null;
}

/** A message in the UI language: the same words the SMS or WeChat provider sends, from the app's catalogue. */
export function messageText(t: Translate, notification: Notification): string {
  const params = {
    positionTitle: text(notification.params.positionTitle),
    organisationName: text(notification.params.organisationName),
  };
  switch (notification.kind) {
    case 'recommended':
      return t('seekerMatching.messages.recommended', params);
    case 'application_status': {
      const status = messageStatus(notification);
      return t('seekerMatching.messages.applicationStatus', { ...params, statusLabel: status ? t(`applicationStatus.${status}`) : '—' });
    }
    case 'fair_survey':
      return t('seekerMatching.messages.fairSurvey', { fairTitle: text(notification.params.fairTitle) });
  }
}
