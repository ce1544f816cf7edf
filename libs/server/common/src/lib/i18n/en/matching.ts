/** English for the messages of libs/server/matching (see ../api-messages.en.ts for the rules). */
export const MATCHING_MESSAGES_EN: Readonly<Record<string, string>> = {};
