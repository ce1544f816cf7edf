import type { components } from './api-paths.generated';
import type {
  ApiQuery,
  ParamsOf,
  PathParams,
  PathsWith,
  RequestBody,
  ResponseBody,
} from './api-types';

/*
 * Compile-time checks of the types the portal's ApiClient is typed by: `npm test` type-checks
 * this file (its `typecheck` stage, tsconfig.typecheck.json), where a wrong inference is an
 * error; the runtime assertions only keep the values used.
 */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? true
    : false;
const is = <T extends true>(value: T) => value;
type Schemas = components['schemas'];

describe('API types read from the generated document', () => {
  it('give the answer of an operation: its JSON, or void for 204', () => {
    const checks = [
      is<
        Equal<
          ResponseBody<'/api/scenarios/{id}', 'get'>,
          Schemas['ScenarioView']
        >
      >(true),
      is<
        Equal<ResponseBody<'/api/scenarios', 'post'>, Schemas['ScenarioView']>
      >(true),
      is<Equal<ResponseBody<'/api/me/calendar-feed', 'delete'>, void>>(true),
    ];
    expect(checks).toEqual([true, true, true]);
  });

  it('give the request body, path and query parameters of an operation', () => {
    type Patch = RequestBody<'/api/scenarios/{id}', 'patch'>;
    type Meeting = '/api/sessions/{id}/meetings/{meetingId}';
    type Query = ApiQuery<'/api/scenarios', 'get'>;
    const body: Patch = { title: '病历质控' };
    // @ts-expect-error a field the document does not have
    const wrongBody: Patch = { titel: 'x' };
    const path: PathParams<Meeting, 'patch'> = { id: 's', meetingId: 'm' };
    // @ts-expect-error the path template names {meetingId} too
    const missing: ParamsOf<Meeting, 'patch'> = { path: { id: 's' } };
    // @ts-expect-error a path without parameters takes none
    const extra: ParamsOf<'/api/me', 'get'> = { path: { id: 's' } };
    const query: Query = { domain: ['智慧医疗'] as const, agency: null };
    // @ts-expect-error not a status of a scenario
    const wrongQuery: Query = { status: ['nonsense'] };
    expect([
      body,
      wrongBody,
      path,
      missing,
      extra,
      query,
      wrongQuery,
    ]).toHaveLength(7);
  });

  it('list only the paths that have the method', () => {
    const put: PathsWith<'put'> = '/api/me/profile';
    // @ts-expect-error /api/scenarios has no PUT
    const notPut: PathsWith<'put'> = '/api/scenarios';
    expect([put, notPut]).toHaveLength(2);
  });
});
