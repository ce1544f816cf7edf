/** Looks a catalogue key up in the reader's language (LanguageService.t in components). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;
