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
    { name: 'highlights' },
    { name: 'notifications' },
    { name: 'recognition' },
    { name: 'ideas' },
    { name: 'idea', ideaId: 'x' },
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
    expect(parseRoute('/charters/%E0%A4%A')).toMatchObject({ name: 'notFound' });
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
