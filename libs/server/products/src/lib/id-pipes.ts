import { uuidOrNotFound } from '@scenematch/server-common';

/** A product id in a route: a malformed one is a 404, as an unknown one is. */
export const productId = uuidOrNotFound('产品不存在或无权查看');
/** Any other id in a route of the capability list (file, company, launch event): malformed is a 404. */
export const anyId = uuidOrNotFound('不存在或无权查看');
