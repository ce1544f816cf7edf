/** English for the messages of libs/server/stats (see ../api-messages.en.ts for the rules). */
export const STATS_MESSAGES_EN: Readonly<Record<string, string>> = {};
