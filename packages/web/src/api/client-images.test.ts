import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from './client.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let server: Server;
let baseUrl: string;
const seen: Seen[] = [];

beforeAll(async () => {
  // Records each request and answers like the image routes of the contract.
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.url === '/api/initiatives/big/image') {
        return json(413, {
          error: {
            code: 'image-too-large',
            message: 'L’image dépasse 8 Mo.',
            issues: [{ path: 'body.file', message: 'L’image dépasse 8 Mo.' }],
          },
        });
      }
      return json(200, { id: 'i1', method: req.method });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
});

function client(): ApiClient {
  const api = new ApiClient({ baseUrl, lang: () => 'fr' });
  api.csrfToken = 'token-123';
  return api;
}

describe('the image requests', () => {
  it('uploads as multipart (alt, then file) with the CSRF header and fetch’s own content type', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const photo = new File([bytes], 'club été.jpg', { type: 'image/jpeg' });
    await client().uploadInitiativeImage('a/b', photo, '  Des élèves lisent.  ');
    const [request] = seen;
    expect(request.method).toBe('PUT');
    expect(request.url).toBe('/api/initiatives/a%2Fb/image');
    expect(request.headers['x-csrf-token']).toBe('token-123');
    expect(request.headers['accept-language']).toBe('fr');
    const type = request.headers['content-type'] ?? '';
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(type)?.[1];
    expect(boundary).toBeTruthy();
    const body = request.body.toString('latin1');
    const altAt = body.indexOf('name="alt"');
    const fileAt = body.indexOf('name="file"');
    expect(altAt).toBeGreaterThan(-1);
    expect(fileAt).toBeGreaterThan(altAt);
    expect(request.body.toString('utf8')).toContain('Des élèves lisent.\r\n');
    expect(body).toContain('Content-Type: image/jpeg');
    // The bytes go through untouched.
    expect(request.body.includes(Buffer.from(bytes))).toBe(true);
  });

  it('changes the description as JSON, and deletes', async () => {
    const api = client();
    await api.updateInitiativeImageAlt('i1', ' Une affiche. ');
    await api.deleteInitiativeImage('i1');
    await api.updateInitiative('i1', { title: 'Nouveau titre' });
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'PATCH /api/initiatives/i1/image',
      'DELETE /api/initiatives/i1/image',
      'PATCH /api/initiatives/i1',
    ]);
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[0].body.toString())).toEqual({ alt: 'Une affiche.' });
    expect(seen[1].headers['content-type']).toBeUndefined();
    expect(JSON.parse(seen[2].body.toString())).toEqual({ title: 'Nouveau titre' });
    for (const s of seen) expect(s.headers['x-csrf-token']).toBe('token-123');
  });

  it('turns a refused image into an ApiError naming the file field', async () => {
    const error = await client()
      .uploadInitiativeImage('big', new File(['x'], 'big.png', { type: 'image/png' }), 'Alt')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 413, code: 'image-too-large' });
    expect((error as ApiError).issues).toEqual([{ path: 'body.file', message: 'L’image dépasse 8 Mo.' }]);
  });
});
