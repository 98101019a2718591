/** A user-facing text in both languages the harness speaks: Simplified Chinese (default) and English. */
export interface Text {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export function t(zh: string, en: string): Text {
  return { zh, en };
}

/** Picks one language; a plain string (technical detail such as a field path) is the same in both. */
export function pick(text: Text | string | undefined, lang: Lang): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text[lang];
}
