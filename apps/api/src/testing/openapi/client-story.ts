import createClient from 'openapi-fetch';
import type { paths } from '@scenematch/api-client';

/**
 * A client of the API generated from its OpenAPI document (openapi-typescript's `paths`, driven
 * by openapi-fetch), with no hand-written type of the API: it signs in, drafts a scenario as an
 * agency, submits it, publishes it as staff, imports a list file into a new batch and reads the
 * lists. openapi-checks.integration-spec.ts type-checks this file and runs it against the API.
 */
export interface ClientStoryInput {
  baseUrl: string;
  agency: { email: string; password: string };
  organiser: { email: string; password: string };
  /** A deadline in the future (YYYY-MM-DD). */
  deadline: string;
  batchNumber: number;
  importFile: { name: string; content: Blob };
}

/** Fails with the API's answer when a call did not succeed. */
function ok<T>(what: string, result: { data?: T; error?: unknown; response: Response }): NonNullable<T> {
  if (result.data === undefined) throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  return result.data as NonNullable<T>;
}

export async function runClientStory(input: ClientStoryInput) {
  const anonymous = createClient<paths>({ baseUrl: input.baseUrl });
  const signIn = async (who: { email: string; password: string }) => {
    const tokens = ok('sign-in', await anonymous.POST('/api/auth/login', { body: who }));
    if (!('accessToken' in tokens) || !tokens.accessToken) throw new Error(`sign-in of ${who.email} asked for more than a password`);
    return createClient<paths>({ baseUrl: input.baseUrl, headers: { authorization: `Bearer ${tokens.accessToken}` } });
  };
  const agency = await signIn(input.agency);
  const organiser = await signIn(input.organiser);

  const draft = ok(
    'create',
    await agency.POST('/api/scenarios', {
      body: {
        title: '社区卫生服务中心慢病随访智能外呼',
        domain: '智慧医疗',
        description: '为社区卫生服务中心的高血压、糖尿病患者自动外呼随访，记录结果回写健康档案。',
        capabilities: ['自然语言处理'],
        deadline: input.deadline,
        budgetMin: 200000,
        budgetMax: 500000,
      },
    }),
  );
  const submitted = ok('submit', await agency.POST('/api/scenarios/{id}/submit', { params: { path: { id: draft.id } } }));
  const published = ok('publish', await organiser.POST('/api/scenarios/{id}/publish', { params: { path: { id: draft.id } } }));
  const publicList = ok('public list', await anonymous.GET('/api/scenarios', { params: { query: { q: '慢病随访', pageSize: 50 } } }));

  const batch = ok('batch', await organiser.POST('/api/batches', { body: { number: input.batchNumber, name: '外部客户导入批次', issuer: '服务中心' } }));
  const report = ok(
    'import',
    await organiser.POST('/api/scenarios/import', {
      body: { batchId: batch.id, file: input.importFile.name },
      // The document describes the upload as multipart/form-data; the file part carries the bytes.
      bodySerializer: (body) => {
        const form = new FormData();
        if (body?.batchId) form.append('batchId', body.batchId);
        form.append('file', input.importFile.content, body?.file ?? input.importFile.name);
        return form;
      },
    }),
  );
  const imported = ok('imported list', await organiser.GET('/api/scenarios', { params: { query: { batch: batch.id, status: ['approved'], pageSize: 50 } } }));

  return {
    draft: { id: draft.id, status: draft.status },
    submitted: submitted.status,
    published: published.status,
    publicTitles: publicList.items.map((s) => s.title),
    report: { created: report.created, errors: report.errors },
    imported: { total: imported.total, titles: imported.items.map((s) => s.title), agencies: imported.items.map((s) => s.agency.name) },
  };
}
