/** English for the messages of libs/server/open-data (see ../api-messages.en.ts for the rules). */
export const OPEN_DATA_MESSAGES_EN: Readonly<Record<string, string>> = {};
