/**
 * The score levels alone (高度匹配 from 80 …): what the contracts, the portal and the API's notices
 * name a score by, without the text pipeline or the engine.
 */
export * from './lib/matching.levels';
