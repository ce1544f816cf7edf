export * from './language';
export * from './api-messages';
export { API_MESSAGES_EN } from './api-messages.en';
export { GENERATED_TEXTS_EN, generatedTextEnglish, translateGenerated, translateGeneratedList } from './generated-texts';
export { RequestLanguage } from './request-language';
