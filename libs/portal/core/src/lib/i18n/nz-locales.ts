// Loaded on demand by LanguageService (dynamic import): NG-ZORRO's i18n module and the two locales
// the portal uses stay out of the initial bundle, and no other locale is bundled at all.
export { en_US, NzI18nService, zh_CN } from 'ng-zorro-antd/i18n';
