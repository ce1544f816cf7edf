/** English for the messages of libs/server/products (see ../api-messages.en.ts for the rules). */
export const PRODUCTS_MESSAGES_EN: Readonly<Record<string, string>> = {};
