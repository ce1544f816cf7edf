/** English for the messages of libs/server/taxonomy (see ../api-messages.en.ts for the rules). */
export const TAXONOMY_MESSAGES_EN: Readonly<Record<string, string>> = {};

/**
 * Han strings of libs/server/taxonomy that are not messages: OpenAPI descriptions naming examples.
 */
export const TAXONOMY_NOT_MESSAGES: readonly string[] = [
  'Application domains (应用领域)',
  'Capability tags (能力标签) with synonyms',
  'Certification kinds (大模型备案, 医疗器械注册证 …)',
  'Deployment modes (公有云, 私有化部署, 一体机, 边缘端)',
];
