/** English for the messages of libs/server/organisations (see ../api-messages.en.ts for the rules). */
export const ORGANISATIONS_MESSAGES_EN: Readonly<Record<string, string>> = {};
