/** English for the messages of libs/server/config (see ../api-messages.en.ts for the rules). */
export const CONFIG_MESSAGES_EN: Readonly<Record<string, string>> = {};
