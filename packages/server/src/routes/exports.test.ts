import { expect, it } from 'vitest';
import { chromiumPath } from '../exports/chromium.ts';
import { describeOnDatabases } from '../testing/backends.ts';
import { field, TestClient } from '../testing/client.ts';
import { buildJourney, buildMap, buildUser, buildWorkspace } from '../testing/factories.ts';
import { useTestApp } from '../testing/testApp.ts';

const hostileTitle = '<script>alert("t")</script>';

describeOnDatabases('map exports', (db) => {
  const app = useTestApp(db);

  async function setUp() {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const document = buildJourney({
      id: 'exported',
      title: hostileTitle,
      lanes: [
        { id: 'l-acts', type: 'actions', cards: [{ stage: 's-aware', text: '=HYPERLINK("http://x")' }] },
      ],
    });
    const mapId = await buildMap(owner.client, ws, document);
    return { owner, url: `/api/workspaces/${ws}/maps/${mapId}/export` };
  }

  it('gives YAML as written when saved as YAML, and converts between YAML and JSON', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const yaml = 'version: 1\nid: y # kept\ntitle: Y\nstages:\n  - { id: s1, name: One }\n';
    const created = await owner.client.post(`/api/workspaces/${ws}/maps`, { document: yaml });
    const url = `/api/workspaces/${ws}/maps/${field(created.body, 'map', 'id')}/export`;
    const asYaml = await owner.client.get(`${url}?format=yaml`);
    expect(asYaml.raw.toString()).toBe(yaml);
    expect(asYaml.headers['content-disposition']).toBe('attachment; filename="y-v1.yaml"');
    const asJson = await owner.client.get(`${url}?format=json`);
    expect(field(asJson.body, 'title')).toBe('Y');
  });

  it('escapes formula cells in CSV', async () => {
    const { owner, url } = await setUp();
    const csv = (await owner.client.get(`${url}?format=csv`)).raw.toString();
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });

  it('escapes <script> in the HTML and serves it under a no-script policy', async () => {
    const { owner, url } = await setUp();
    const html = await owner.client.get(`${url}?format=html&download=0`);
    const text = html.raw.toString();
    expect(text).not.toContain(hostileTitle);
    expect(text).toContain('&lt;script&gt;');
    expect(html.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(html.headers['content-disposition']).toMatch(/^inline/);
  });

  it('lets a share link export its map', async () => {
    const { owner, url } = await setUp();
    const mapUrl = url.replace(/\/export$/, '');
    const link = await owner.client.post(`${mapUrl}/share-links`, {});
    const reader = new TestClient(app(), { kind: 'bearer', secret: field(link.body, 'token') });
    expect((await reader.get(`${url}?format=csv`)).status).toBe(200);
    expect((await reader.get(`${url}?format=exe`)).status).toBe(400);
  });

  const chromium = chromiumPath();
  it.runIf(chromium !== undefined || process.env.CI === 'true')(
    'renders PNG and PDF in Chromium',
    async () => {
      const { owner, url } = await setUp();
      const png = await owner.client.get(`${url}?format=png`);
      expect(png.status).toBe(200);
      expect(png.raw.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      const pdf = await owner.client.get(`${url}?format=pdf`);
      expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    },
    60_000,
  );
});
