/** English for the messages of libs/server/audit (see ../api-messages.en.ts for the rules). */
export const AUDIT_MESSAGES_EN: Readonly<Record<string, string>> = {};
