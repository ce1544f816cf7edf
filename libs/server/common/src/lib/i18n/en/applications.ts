/** English for the messages of libs/server/applications (see ../api-messages.en.ts for the rules). */
export const APPLICATIONS_MESSAGES_EN: Readonly<Record<string, string>> = {};
