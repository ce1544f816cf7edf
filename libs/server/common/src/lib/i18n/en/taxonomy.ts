/** English for the messages of libs/server/taxonomy (see ../api-messages.en.ts for the rules). */
export const TAXONOMY_MESSAGES_EN: Readonly<Record<string, string>> = {};
