import type { TableTag } from './data-table.model';

/**
 * A table column's `tag` for a coded value (a status, an outcome): the code's text from its
 * catalogue key and its NG-ZORRO colour.
 */
export function keyedTag<T, C extends string>(
  t: (key: string) => string,
  keys: Readonly<Record<C, string>>,
  colors: Readonly<Record<C, string>>,
  code: (row: T) => C,
): (row: T) => TableTag {
  return (row) => ({ text: t(keys[code(row)]), color: colors[code(row)] });
}
