/** English for the messages of libs/server/scenarios (see ../api-messages.en.ts for the rules). */
export const SCENARIOS_MESSAGES_EN: Readonly<Record<string, string>> = {};
