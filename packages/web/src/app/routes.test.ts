import { describe, expect, it } from 'vitest';
import {
  parseRoute,
  publicCharterPath,
  publicInitiativePath,
  type Route,
  routePath,
  safeNext,
} from './routes.js';

describe('routes', () => {
  const routes: Route[] = [
    { name: 'charters' },
    { name: 'login' },
    { name: 'login', next: '/charters/abc' },
    { name: 'setup' },
    { name: 'charter', charterId: 'c-1' },
    { name: 'editor', charterId: 'c 1', versionId: 'v/2', lang: 'en' },
    { name: 'members' },
    { name: 'audit' },
    { name: 'initiatives' },
    { name: 'initiativeNew' },
    { name: 'initiative', initiativeId: 'i 1' },
    { name: 'initiativeEdit', initiativeId: 'i/2' },
    { name: 'highlights' },
    { name: 'notifications' },
    { name: 'recognition' },
    { name: 'recognition', from: '2026-07-01', to: '2027-06-30' },
    { name: 'recognition', from: '2026-09-01' },
    { name: 'recognition', to: '2026-12-31' },
    { name: 'ideas' },
    { name: 'idea', ideaId: 'x' },
    { name: 'account' },
  ];

  it('round-trips every route through its path', () => {
    for (const route of routes) {
      const url = new URL(routePath(route), 'http://x');
      expect(parseRoute(url.pathname, url.search)).toEqual(route);
    }
  });

  it('reads the paths people type or bookmark', () => {
    expect(parseRoute('/charters/abc/')).toEqual({ name: 'charter', charterId: 'abc' });
    expect(parseRoute('/charters/a/versions/b/fr')).toEqual({
      name: 'editor',
      charterId: 'a',
      versionId: 'b',
      lang: 'fr',
    });
    expect(parseRoute('/charters/a/versions/b/de')).toEqual({
      name: 'notFound',
      path: '/charters/a/versions/b/de',
    });
    expect(parseRoute('/nope')).toEqual({ name: 'notFound', path: '/nope' });
    expect(parseRoute('/initiatives/a1/edit/')).toEqual({ name: 'initiativeEdit', initiativeId: 'a1' });
    expect(routePath({ name: 'initiativeEdit', initiativeId: 'a1' })).toBe('/initiatives/a1/edit');
    // "new" is the proposal form, never an initiative's id; other sub-pages do not exist.
    expect(parseRoute('/initiatives/new/edit')).toMatchObject({ name: 'notFound' });
    expect(parseRoute('/initiatives/a1/delete')).toMatchObject({ name: 'notFound' });
    expect(parseRoute('/charters/%E0%A4%A')).toMatchObject({ name: 'notFound' });
  });

  it('keeps the recognition period in the query, and only real calendar dates', () => {
    expect(routePath({ name: 'recognition', from: '2026-07-01', to: '2027-06-30' })).toBe(
      '/recognition?from=2026-07-01&to=2027-06-30',
    );
    expect(routePath({ name: 'recognition' })).toBe('/recognition');
    expect(parseRoute('/recognition', '?from=2026-02-30&to=2026-13-01')).toEqual({ name: 'recognition' });
    expect(parseRoute('/recognition', '?from=2026-9-1&to=<script>')).toEqual({ name: 'recognition' });
    expect(parseRoute('/recognition/', '?to=2026-06-30&x=1')).toEqual({
      name: 'recognition',
      to: '2026-06-30',
    });
  });

  it('returns after login only to a path of this app', () => {
    expect(safeNext('/members')).toBe('/members');
    expect(safeNext('//evil.example')).toBeUndefined();
    expect(safeNext('/\\evil.example')).toBeUndefined();
    expect(safeNext('https://evil.example')).toBeUndefined();
    expect(parseRoute('/login', '?next=%2F%2Fevil.example')).toEqual({ name: 'login' });
  });

  it('links to the public page of a charter', () => {
    expect(publicCharterPath('rivieres', 'medias-sociaux')).toBe('/c/rivieres/medias-sociaux/');
    expect(publicInitiativePath('rivieres')).toBe('/c/rivieres/initiatives/');
    expect(publicInitiativePath('rivieres', 'a1')).toBe('/c/rivieres/initiatives/a1');
  });
});
