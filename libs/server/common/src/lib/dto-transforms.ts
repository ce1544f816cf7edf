/**
 * `@Transform(...)` functions shared by the request DTOs. Values of other types pass through
 * untouched, for the validators to reject.
 */
type TransformInput = { value: unknown };

/** Text without surrounding white space. */
export const trimText = ({ value }: TransformInput): unknown => (typeof value === 'string' ? value.trim() : value);

/** A query value `a, b,c` as `['a', 'b', 'c']` (empty items dropped). */
export const commaList = ({ value }: TransformInput): unknown =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value;

/** A query flag: `1`, `true` and `yes` are true, anything else given is false. */
export const queryFlag = ({ value }: TransformInput): boolean | undefined =>
  value === undefined ? undefined : ['1', 'true', 'yes'].includes(String(value));
