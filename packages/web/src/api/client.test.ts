import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, ApiError, fieldErrors } from './client.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const SESSION = {
  user: { id: 'u1', email: 'ana@example.org', name: 'Ana', uiLang: 'fr' },
  organization: { id: 'o1', slug: 'rivieres', name: 'CSS des Rivières', lang: 'fr' },
  role: 'admin',
  csrfToken: 'token-123',
};

let server: Server;
let baseUrl: string;
const seen: Seen[] = [];

beforeAll(async () => {
  // A tiny stand-in for the real server: just enough routes to exercise the client's HTTP handling.
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(value));
      };
      const mutation = req.method !== 'GET';
      if (req.url === '/api/auth/login') return json(200, SESSION);
      if (mutation && req.headers['x-csrf-token'] !== SESSION.csrfToken) {
        return json(403, { error: { code: 'csrf', message: 'Jeton CSRF manquant ou invalide.' } });
      }
      if (req.url === '/api/charters' && req.method === 'POST') {
        return json(400, {
          error: {
            code: 'validation',
            message: 'Requête invalide.',
            issues: [
              { path: 'body.title', message: 'Le titre est requis.' },
              { path: 'body.langs.1', message: 'Langue inconnue.' },
              { path: 'query.x', message: 'ignored by body forms' },
              { path: 'body.title', message: 'second message for the same field' },
              { nonsense: true },
            ],
          },
        });
      }
      if (req.url === '/api/auth/logout') {
        res.writeHead(204);
        return res.end();
      }
      if (req.url === '/api/me')
        return json(401, { error: { code: 'unauthenticated', message: 'Not signed in.' } });
      if (req.url === '/api/members')
        return json(401, { error: { code: 'unauthenticated', message: 'Not signed in.' } });
      if (req.url === '/api/broken') {
        res.writeHead(502, { 'content-type': 'text/html' });
        return res.end('<h1>Bad gateway</h1>');
      }
      if (req.url?.startsWith('/api/audit')) return json(200, { entries: [] });
      if (req.url === '/api/members/m%2F1/password')
        return json(409, {
          error: { code: 'conflict', reason: 'member-elsewhere', message: 'Aussi membre ailleurs.' },
        });
      if (req.url === '/api/me/password') return json(200, { ...SESSION, csrfToken: 'token-123' });
      return json(200, { ok: true, url: req.url });
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

describe('API client', () => {
  it('sends the CSRF token from the session on mutations, not on reads', async () => {
    const client = new ApiClient({ baseUrl, lang: () => 'fr' });
    const session = await client.login('ana@example.org', 'secret');
    expect(session.role).toBe('admin');
    expect(client.csrfToken).toBe('token-123');
    expect(seen[0].headers['x-csrf-token']).toBeUndefined();
    expect(JSON.parse(seen[0].body)).toEqual({ email: 'ana@example.org', password: 'secret' });

    await client.saveDocument('v1', 'fr', '# Charte');
    await client.version('v1');
    await client.submit('v1');
    expect(seen.slice(1).map((s) => [s.method, s.url, s.headers['x-csrf-token'] ?? null])).toEqual([
      ['PUT', '/api/versions/v1/documents/fr', 'token-123'],
      ['GET', '/api/versions/v1', null],
      ['POST', '/api/versions/v1/submit', 'token-123'],
    ]);
    expect(seen[1].headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[1].body)).toEqual({ source: '# Charte' });
    // A mutation without a body sends no content type (an empty JSON body would be a bad-json error).
    expect(seen[3].headers['content-type']).toBeUndefined();
    expect(seen.every((s) => s.headers['accept-language'] === 'fr')).toBe(true);
  });

  it('a mutation without the token is refused, and the refusal is an ApiError with the server’s message', async () => {
    const client = new ApiClient({ baseUrl });
    const error = await client.submit('v1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: 'csrf', message: 'Jeton CSRF manquant ou invalide.' });
  });

  it('parses validation issues and maps them to form fields', async () => {
    const client = new ApiClient({ baseUrl });
    client.csrfToken = 'token-123';
    const error = await client.createCharter({ title: '', langs: ['fr'] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: 'validation', message: 'Requête invalide.' });
    expect((error as ApiError).issues).toHaveLength(4);
    expect(fieldErrors(error)).toEqual({ title: 'Le titre est requis.', 'langs.1': 'Langue inconnue.' });
    expect(fieldErrors(new Error('x'))).toEqual({});
  });

  it('turns a non-JSON error page into a generic ApiError', async () => {
    const client = new ApiClient({ baseUrl });
    const error = await client.request('GET', '/api/broken').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'http', message: '' });
  });

  it('turns an unreachable server into a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = new ApiClient({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await client.charters().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network' });
  });

  it('returns undefined for 204 and forgets the token on logout', async () => {
    const client = new ApiClient({ baseUrl });
    client.csrfToken = 'token-123';
    await expect(client.logout()).resolves.toBeUndefined();
    expect(client.csrfToken).toBeNull();
  });

  it('signals a lost session, except for the session check itself', async () => {
    let lost = 0;
    const client = new ApiClient({ baseUrl, onUnauthenticated: () => lost++ });
    await expect(client.me()).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(lost).toBe(0);
    await expect(client.members()).rejects.toMatchObject({ status: 401 });
    expect(lost).toBe(1);
  });

  it('sends password changes and keeps the reason of a conflict', async () => {
    const client = new ApiClient({ baseUrl });
    client.csrfToken = 'token-123';
    const error = await client.resetMemberPassword('m/1', 'temporaire-123').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, code: 'conflict', reason: 'member-elsewhere' });
    await client.changePassword('ancien-mot-de-passe', 'nouveau-mot-de-passe');
    expect(seen.map((s) => [s.method, s.url, JSON.parse(s.body)])).toEqual([
      ['POST', '/api/members/m%2F1/password', { newPassword: 'temporaire-123' }],
      [
        'POST',
        '/api/me/password',
        { currentPassword: 'ancien-mot-de-passe', newPassword: 'nouveau-mot-de-passe' },
      ],
    ]);
  });

  it('builds query strings and escapes ids', async () => {
    const client = new ApiClient({ baseUrl });
    await client.audit({ limit: 50, before: '2026-01-01T00:00:00.000Z', entity: 'member' });
    await client.diff('a/b', 'c', 'en');
    expect(seen.map((s) => s.url)).toEqual([
      '/api/audit?limit=50&before=2026-01-01T00%3A00%3A00.000Z&entity=member',
      '/api/versions/a%2Fb/diff/c?lang=en',
    ]);
  });
});
