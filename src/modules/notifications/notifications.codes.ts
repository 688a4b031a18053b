// Notification vocabularies as plain constants with no imports, shared with the web app.

/** What a notification tells the seeker; each kind is a catalogue text with the params it carries. */
export const NOTIFICATION_KINDS = ['recommended', 'application_status', 'fair_survey'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** pending → sent | failed; `no_address` when the provider has nowhere to deliver (no phone). */
export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'no_address'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Delivery providers: the built-in one writes to the server log; SMS and WeChat gateways plug in beside it. */
export const NOTIFICATION_PROVIDERS = ['log'] as const;
export type NotificationProviderName = (typeof NOTIFICATION_PROVIDERS)[number];
