/** English for the messages of libs/server/notifications (see ../api-messages.en.ts for the rules). */
export const NOTIFICATIONS_MESSAGES_EN: Readonly<Record<string, string>> = {};
