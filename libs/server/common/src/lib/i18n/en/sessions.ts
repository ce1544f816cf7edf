/** English for the messages of libs/server/sessions (see ../api-messages.en.ts for the rules). */
export const SESSIONS_MESSAGES_EN: Readonly<Record<string, string>> = {};
