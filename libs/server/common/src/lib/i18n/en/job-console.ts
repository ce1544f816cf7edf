/** English for the messages of libs/server/job-console (see ../api-messages.en.ts for the rules). */
export const JOB_CONSOLE_MESSAGES_EN: Readonly<Record<string, string>> = {};
