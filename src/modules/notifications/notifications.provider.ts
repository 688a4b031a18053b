import type { FastifyBaseLogger } from 'fastify';
import { maskPhone } from '../../platform/crypto';
import type { NotificationKind, NotificationProviderName } from './notifications.codes';

export type OutgoingMessage = { notificationId: string; kind: NotificationKind; phone: string | null; text: string };

/**
 * Where notifications leave Qiao. An SMS or WeChat gateway implements this; `send` throws when
 * the gateway refuses, and the notification is then marked failed with the reason.
 */
export type NotificationProvider = {
  name: NotificationProviderName;
  /** False when the message has no address this provider can use (e.g. no phone for SMS). */
  canDeliver: (message: OutgoingMessage) => boolean;
  send: (message: OutgoingMessage) => Promise<void>;
};

/** The built-in provider: writes each message to the server log (phone masked), for development and for zones without a gateway. */
export function createLogProvider(log: Pick<FastifyBaseLogger, 'info'>): NotificationProvider {
  return {
    name: 'log',
    canDeliver: () => true,
    send: async (message) => {
      log.info(
        { notificationId: message.notificationId, kind: message.kind, to: message.phone ? maskPhone(message.phone) : null, text: message.text },
        'notification delivered',
      );
    },
  };
}
