import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CapabilityView, NamedCode } from '@scenematch/contracts';
import { startTestApp, TestApp } from '../testing/test-app';

const seeded = JSON.parse(readFileSync(join(__dirname, '../../../../seeds/data/taxonomy.json'), 'utf8')) as {
  capabilities: Array<{ code: string; name: string; synonyms: string[] }>;
  certifications: NamedCode[];
  deploymentModes: NamedCode[];
};

/** The pick lists of the portal's forms (capabilities, certifications, deployment modes): public, cached, as seeded. */
describe('taxonomy pick lists', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('taxonomy-lists');
  });
  afterAll(() => t?.close());

  it('lists the capability tags with their synonyms, in the seeded order, to anyone', async () => {
    const answer = await t.client.get<CapabilityView[]>('/api/taxonomy/capabilities');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('public, max-age=300');
    expect(answer.body).toEqual(seeded.capabilities.map(({ code, name, synonyms }) => ({ code, name, synonyms })));
    expect(answer.body.find((c) => c.name === '计算机视觉')?.synonyms).toContain('图像识别');
  });

  it('lists the certification kinds and the deployment modes as code and name only', async () => {
    const certifications = await t.client.get<NamedCode[]>('/api/taxonomy/certifications');
    expect(certifications.status).toBe(200);
    expect(certifications.headers['cache-control']).toBe('public, max-age=300');
    expect(certifications.body).toEqual(seeded.certifications.map(({ code, name }) => ({ code, name })));
    expect(certifications.body).toContainEqual({ code: 'genai-service-filing', name: '生成式人工智能服务备案' });

    const modes = await t.client.get<NamedCode[]>('/api/taxonomy/deployment-modes');
    expect(modes.status).toBe(200);
    expect(modes.body).toEqual(seeded.deploymentModes.map(({ code, name }) => ({ code, name })));
    expect(modes.body.map((m) => m.name)).toContain('私有云');
  });
});
