/**
 * The script-level text pipeline alone (no jieba, no taxonomy): what the portal and the search
 * index import, so that a browser bundle never pulls in the native word segmenter.
 */
export * from './lib/matching.text';
