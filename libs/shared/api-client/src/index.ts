export type { components, operations, paths } from './lib/api-paths.generated';
export type {
  ApiPath,
  ApiQuery,
  ApiSchema,
  HttpMethod,
  MultipartBody,
  OperationOf,
  ParamsOf,
  PathParams,
  PathsWith,
  QueryParams,
  RequestBody,
  ResponseBody,
} from './lib/api-types';
export { apiUrl, queryEntries } from './lib/api-url';
