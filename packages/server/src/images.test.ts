import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimedFormat, etagMatches } from './domain/images.js';
import {
  type Client,
  createOtherOrganization,
  DEMO,
  describeEachDatabase,
  type TestApp,
} from './test-support/harness.js';

const BASE = {
  title: 'Club photo',
  description: 'Des élèves photographient la vie de l’école.',
  platforms: ['Instagram'],
  audience: 'Parents',
  values: ['Entraide'],
  studentsAppear: false,
  publicOk: true,
};

interface FilePart {
  data: Buffer;
  filename: string;
  type: string;
}

/** A multipart body as a browser's FormData would send it. */
async function multipart(fields: Record<string, string | FilePart>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([new Uint8Array(value.data)], { type: value.type }), value.filename);
  }
  const request = new Request('http://localhost/', { method: 'PUT', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') as string,
  };
}

const file = (data: Buffer, filename = 'photo.jpg', type = 'image/jpeg'): FilePart => ({
  data,
  filename,
  type,
});

/** A 3000×2000 camera photo held sideways (EXIF orientation 6), with a copyright and a GPS position. */
async function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .composite([
      {
        input: await sharp({
          create: { width: 600, height: 400, channels: 3, background: { r: 250, g: 200, b: 0 } },
        })
          .png()
          .toBuffer(),
        left: 0,
        top: 0,
      },
    ])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Copyright: 'Secret Photographer', Make: 'PhoneCorp', Model: 'Pocket 9' },
      IFD3: { GPSMapDatum: 'WGS-84', GPSLatitudeRef: 'N', GPSLatitude: '45/1 30/1 0/1' },
    })
    .toBuffer();
}

const pngWithAlpha = () =>
  sharp({ create: { width: 800, height: 600, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } } })
    .png()
    .toBuffer();

async function animatedGif(): Promise<Buffer> {
  const frame = (r: number, b: number) =>
    sharp({ create: { width: 60, height: 40, channels: 4, background: { r, g: 0, b, alpha: 1 } } })
      .raw()
      .toBuffer();
  const frames = Buffer.concat([await frame(255, 0), await frame(0, 255)]);
  return sharp(frames, { raw: { width: 60, height: 80, channels: 4, pageHeight: 40 } })
    .gif()
    .toBuffer();
}

const webp = () =>
  sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#884422' } })
    .webp()
    .toBuffer();

/** A PNG that is small on disk and claims 50 million pixels: it must be refused from its header. */
const pixelBomb = () =>
  sharp({ create: { width: 10_000, height: 5_000, channels: 3, background: '#ffffff' } })
    .png({ compressionLevel: 9 })
    .toBuffer();

/** An ISO-BMFF header as an iPhone writes it (the bytes after it are not needed to be refused). */
const heicHeader = () =>
  Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from('ftypheic', 'latin1'),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from('mif1heic', 'latin1'),
    Buffer.alloc(200, 7),
  ]);

const EVIL_ALT = 'Des élèves "><script>alert(1)</script> au club';

describeEachDatabase('Initiative images', (h) => {
  let t: TestApp;
  let admin: Client;
  let comms: Client;
  let reviewer: Client;
  let staff: Client;
  let otherStaff: Client;
  let otherOrgAdmin: Client;
  let photo: Buffer;

  beforeAll(async () => {
    t = await h.start({ seedDemo: true });
    [admin, comms, reviewer, staff] = await Promise.all([
      t.login(DEMO.admin),
      t.login(DEMO.communications),
      t.login(DEMO.reviewer),
      t.login(DEMO.staff),
    ]);
    expect((await admin.patch('/api/organization', { values: ['Entraide'] })).statusCode).toBe(200);
    const created = await admin.post('/api/members', {
      email: 'autre.personnel@demo.local',
      name: 'Autre personnel',
      role: 'staff',
      password: 'long-enough-pw',
    });
    expect(created.statusCode, created.body).toBe(201);
    otherStaff = await t.login('autre.personnel@demo.local', 'long-enough-pw');
    // This member reads the API in English (the session user's language decides the messages).
    expect((await otherStaff.patch('/api/me', { uiLang: 'en' })).statusCode).toBe(200);
    const other = await createOtherOrganization(t, 'images-ailleurs');
    otherOrgAdmin = await t.login(other.admin);
    photo = await cameraPhoto();
  });

  const propose = async (by: Client = staff, overrides: Record<string, unknown> = {}) => {
    const response = await by.post('/api/initiatives', { ...BASE, ...overrides });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };

  const upload = async (
    by: Client,
    id: string,
    fields: Record<string, string | FilePart>,
    headers: Record<string, string> = {},
  ) => {
    const { payload, contentType } = await multipart(fields);
    return t.app.inject({
      method: 'PUT',
      url: `/api/initiatives/${id}/image`,
      headers: { cookie: by.cookie, 'x-csrf-token': by.csrf, 'content-type': contentType, ...headers },
      payload,
    });
  };

  const getImage = (by: Client, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url, headers: { cookie: by.cookie, ...headers } });

  const hashOf = (url: string) => new URL(url, 'http://x').searchParams.get('v') as string;

  const imageAudit = async (id: string) =>
    (
      await t.db
        .selectFrom('audit_log')
        .select(['actor_id', 'before', 'after'])
        .where('entity_id', '=', id)
        .where('action', '=', 'initiative.image')
        .orderBy('at')
        .execute()
    ).map((r) => ({
      actor: r.actor_id,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    }));

  it('turns a camera photo upright, fits it in 1600 and 640, re-encodes it as WebP without any metadata', async () => {
    const source = await sharp(photo).metadata();
    expect(source).toMatchObject({ format: 'jpeg', width: 3000, height: 2000, orientation: 6 });
    expect(source.exif?.includes('Secret Photographer')).toBe(true);
    expect(source.exif?.includes('WGS-84')).toBe(true);

    const id = await propose();
    const before = (await staff.get(`/api/initiatives/${id}`)).json();
    expect(before.image).toBeNull();
    // The declared type is not trusted either way: a JPEG sent as application/octet-stream is fine.
    const response = await upload(staff, id, {
      alt: '  Des élèves au club photo  ',
      file: file(photo, 'IMG_0001.bin', 'application/octet-stream'),
    });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    // Rotated a quarter turn: 3000×2000 lying → 2000×3000 standing → fits 1600 tall.
    expect(view.image).toMatchObject({
      alt: 'Des élèves au club photo',
      width: 1067,
      height: 1600,
      thumbWidth: 427,
      thumbHeight: 640,
    });
    const hash = hashOf(view.image.url);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(view.image.url).toBe(`/api/initiatives/${id}/image?v=${hash}`);
    expect(view.image.thumbUrl).toBe(`/api/initiatives/${id}/image?size=thumb&v=${hash}`);
    expect(view.updatedAt > before.updatedAt).toBe(true);
    // Same body as GET, and the list carries the image too.
    expect((await staff.get(`/api/initiatives/${id}`)).json()).toEqual(view);
    const listed = (await staff.get('/api/initiatives')).json().find((i: { id: string }) => i.id === id);
    expect(listed.image).toEqual(view.image);

    const full = await getImage(staff, view.image.url);
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('image/webp');
    expect(full.headers['x-content-type-options']).toBe('nosniff');
    expect(full.headers.etag).toBe(`"${hash}"`);
    expect(full.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    const served = await sharp(full.rawPayload).metadata();
    expect(served).toMatchObject({ format: 'webp', width: 1067, height: 1600 });
    expect(served.exif).toBeUndefined();
    expect(served.icc).toBeUndefined();
    expect(served.xmp).toBeUndefined();
    expect(served.orientation).toBeUndefined();
    for (const secret of ['Secret Photographer', 'WGS-84', 'PhoneCorp', 'Exif'])
      expect(full.rawPayload.includes(secret), secret).toBe(false);
    // The top-left corner of the source (yellow) is now at the top right: the pixels were turned.
    const { data, info } = await sharp(full.rawPayload).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ];
    expect(pixel(info.width - 10, 10)[0]).toBeGreaterThan(200);
    expect(pixel(10, 10)[2]).toBeGreaterThan(150);
    expect(createHashHex(full.rawPayload)).toBe(hash);

    const thumb = await getImage(staff, view.image.thumbUrl);
    expect(thumb.headers.etag).toBe(`"${hash}-thumb"`);
    const thumbMeta = await sharp(thumb.rawPayload).metadata();
    expect(thumbMeta).toMatchObject({ format: 'webp', width: 427, height: 640 });
    expect(thumbMeta.exif).toBeUndefined();

    // A stored row holds WebP bytes only, in a binary column on either database.
    const row = await t.db
      .selectFrom('initiative_images')
      .selectAll()
      .where('initiative_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Buffer.isBuffer(row.data)).toBe(true);
    expect(row.data.equals(full.rawPayload)).toBe(true);
    expect(row.thumb_data.equals(thumb.rawPayload)).toBe(true);
    expect(row.organization_id).toBe(staff.session.organization.id);

    expect(await imageAudit(id)).toEqual([
      { actor: staff.session.user.id, before: null, after: { alt: 'Des élèves au club photo', hash } },
    ]);
  });

  it('revalidates with the ETag (304) and does not cache a URL whose version is not current', async () => {
    const id = await propose();
    const view = (await upload(staff, id, { alt: 'Une affiche', file: file(await webp(), 'a.webp') })).json();
    const hash = hashOf(view.image.url);
    expect(view.image).toMatchObject({ width: 1600, height: 800, thumbWidth: 640, thumbHeight: 320 });
    const again = await getImage(staff, view.image.url, { 'if-none-match': `"${hash}"` });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const thumbAgain = await getImage(staff, view.image.thumbUrl, {
      'if-none-match': `W/"x", "${hash}-thumb"`,
    });
    expect(thumbAgain.statusCode).toBe(304);
    // The full image's ETag does not validate the thumbnail.
    expect((await getImage(staff, view.image.thumbUrl, { 'if-none-match': `"${hash}"` })).statusCode).toBe(
      200,
    );
    const stale = await getImage(staff, `/api/initiatives/${id}/image?v=0000000000000000`);
    expect(stale.statusCode).toBe(200);
    expect(stale.headers['cache-control']).toBe('private, no-cache');
    const bare = await getImage(staff, `/api/initiatives/${id}/image?size=thumb`);
    expect(bare.headers['cache-control']).toBe('private, no-cache');
    expect((await getImage(staff, `/api/initiatives/${id}/image?size=huge`)).statusCode).toBe(400);
  });

  it('accepts PNG with transparency, the first frame of an animated GIF, and AVIF', async () => {
    const id = await propose();
    const png = await upload(staff, id, {
      alt: 'Logo',
      file: file(await pngWithAlpha(), 'logo.png', 'image/png'),
    });
    expect(png.json().image).toMatchObject({ width: 800, height: 600, thumbWidth: 640, thumbHeight: 480 });
    const pngServed = await sharp((await getImage(staff, png.json().image.url)).rawPayload).metadata();
    expect(pngServed).toMatchObject({ format: 'webp', hasAlpha: true });

    const gif = await upload(staff, id, {
      alt: 'Animation',
      file: file(await animatedGif(), 'a.gif', 'image/gif'),
    });
    expect(gif.statusCode, gif.body).toBe(200);
    expect(gif.json().image).toMatchObject({ width: 60, height: 40 });
    const gifBytes = (await getImage(staff, gif.json().image.url)).rawPayload;
    const gifServed = await sharp(gifBytes).metadata();
    expect(gifServed.format).toBe('webp');
    expect(gifServed.pages ?? 1).toBe(1);
    // The first frame is red.
    const first = await sharp(gifBytes).raw().toBuffer();
    expect(first[0]).toBeGreaterThan(200);
    expect(first[2]).toBeLessThan(60);

    const avifBytes = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#00aa00' } })
      .avif()
      .toBuffer();
    const avif = await upload(staff, id, { alt: 'AVIF', file: file(avifBytes, 'a.avif', 'image/avif') });
    expect(avif.statusCode, avif.body).toBe(200);
    expect(avif.json().image).toMatchObject({ width: 320, height: 200 });
  });

  it('replaces the image, changes its description, removes it — each audited, with the gallery told', async () => {
    const id = await propose();
    const first = (await upload(staff, id, { alt: 'Première', file: file(photo) })).json();
    const firstHash = hashOf(first.image.url);
    const second = await upload(staff, id, { alt: 'Deuxième', file: file(await pngWithAlpha(), 'b.png') });
    expect(second.statusCode).toBe(200);
    const secondHash = hashOf(second.json().image.url);
    expect(secondHash).not.toBe(firstHash);
    expect(second.json().image).toMatchObject({ alt: 'Deuxième', width: 800, height: 600 });
    // The old version's URL now serves the new image, uncached.
    const old = await getImage(staff, first.image.url);
    expect(old.headers.etag).toBe(`"${secondHash}"`);
    expect(old.headers['cache-control']).toBe('private, no-cache');
    expect(
      await t.db.selectFrom('initiative_images').select('hash').where('initiative_id', '=', id).execute(),
    ).toEqual([{ hash: secondHash }]);

    const patched = await staff.patch(`/api/initiatives/${id}/image`, { alt: '  Nouvelle description  ' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().image).toMatchObject({ alt: 'Nouvelle description', width: 800 });
    expect(hashOf(patched.json().image.url)).toBe(secondHash);
    expect((await staff.patch(`/api/initiatives/${id}/image`, { alt: '' })).statusCode).toBe(400);
    expect((await staff.patch(`/api/initiatives/${id}/image`, { alt: 'x'.repeat(301) })).statusCode).toBe(
      400,
    );
    const extra = await staff.patch(`/api/initiatives/${id}/image`, { alt: 'ok', file: 'x' });
    expect(extra.json().error.issues[0].path).toBe('body.file');

    const removed = await staff.delete(`/api/initiatives/${id}/image`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().image).toBeNull();
    expect((await getImage(staff, first.image.url)).statusCode).toBe(404);
    expect(
      await t.db.selectFrom('initiative_images').select('hash').where('initiative_id', '=', id).execute(),
    ).toEqual([]);
    // Nothing left to describe or remove.
    const noImage = await staff.patch(`/api/initiatives/${id}/image`, { alt: 'Encore' });
    expect(noImage.statusCode).toBe(404);
    expect(noImage.json().error.code).toBe('not-found');
    expect((await staff.delete(`/api/initiatives/${id}/image`)).statusCode).toBe(404);

    expect(await imageAudit(id)).toEqual([
      { actor: staff.session.user.id, before: null, after: { alt: 'Première', hash: firstHash } },
      {
        actor: staff.session.user.id,
        before: { alt: 'Première', hash: firstHash },
        after: { alt: 'Deuxième', hash: secondHash },
      },
      {
        actor: staff.session.user.id,
        before: { alt: 'Deuxième', hash: secondHash },
        after: { alt: 'Nouvelle description', hash: secondHash },
      },
      {
        actor: staff.session.user.id,
        before: { alt: 'Nouvelle description', hash: secondHash },
        after: null,
      },
    ]);
  });

  it('lets the proposer change it until approval, communications and admin at any status, nobody else', async () => {
    const id = await propose();
    // Another staff member does not even see a proposed initiative; a reviewer sees it but may not change it.
    expect((await upload(otherStaff, id, { alt: 'Moi', file: file(photo) })).statusCode).toBe(404);
    expect((await getImage(otherStaff, `/api/initiatives/${id}/image`)).statusCode).toBe(404);
    const byReviewer = await upload(reviewer, id, { alt: 'Moi', file: file(photo) });
    expect(byReviewer.statusCode).toBe(403);
    expect(byReviewer.json().error.code).toBe('forbidden');
    expect((await upload(staff, id, { alt: 'À moi', file: file(photo) })).statusCode).toBe(200);
    expect((await reviewer.patch(`/api/initiatives/${id}/image`, { alt: 'Moi' })).statusCode).toBe(403);
    expect((await reviewer.delete(`/api/initiatives/${id}/image`)).statusCode).toBe(403);
    // Reading follows the initiative: the reviewer reads it, the other staff member does not yet.
    expect((await getImage(reviewer, `/api/initiatives/${id}/image`)).statusCode).toBe(200);
    expect((await getImage(otherStaff, `/api/initiatives/${id}/image`)).statusCode).toBe(404);

    // While changes are requested the proposer may still change it.
    await comms.post(`/api/initiatives/${id}/review`, {
      decision: 'request_changes',
      message: 'Une autre photo ?',
    });
    expect((await staff.patch(`/api/initiatives/${id}/image`, { alt: 'Corrigée' })).statusCode).toBe(200);
    await staff.patch(`/api/initiatives/${id}`, { audience: 'Tous' });
    await comms.post(`/api/initiatives/${id}/review`, { decision: 'approve', message: 'Bravo !' });

    // Approved: the proposer no longer changes it (409 like editing the text), communications and admin do.
    const late = await upload(staff, id, { alt: 'Trop tard', file: file(photo) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.reason).toBe('initiative-status');
    expect(
      (await staff.patch(`/api/initiatives/${id}/image`, { alt: 'Trop tard' })).json().error.reason,
    ).toBe('initiative-status');
    expect((await staff.delete(`/api/initiatives/${id}/image`)).statusCode).toBe(409);
    const byComms = await upload(comms, id, {
      alt: 'Choisie par les communications',
      file: file(await webp()),
    });
    expect(byComms.statusCode, byComms.body).toBe(200);
    expect(
      (await admin.patch(`/api/initiatives/${id}/image`, { alt: 'Revue par la direction' })).statusCode,
    ).toBe(200);
    // Approved initiatives are seen by every member: the other staff member reads the image, changes nothing.
    expect((await getImage(otherStaff, `/api/initiatives/${id}/image`)).statusCode).toBe(200);
    const byOther = await upload(otherStaff, id, { alt: 'Moi', file: file(photo) });
    expect(byOther.statusCode).toBe(403);
    expect(byOther.json().error.code).toBe('forbidden');
    expect((await otherStaff.patch(`/api/initiatives/${id}/image`, { alt: 'Moi' })).statusCode).toBe(403);
    expect((await otherStaff.delete(`/api/initiatives/${id}/image`)).statusCode).toBe(403);
    expect((await comms.delete(`/api/initiatives/${id}/image`)).statusCode).toBe(200);

    const actors = (await imageAudit(id)).map((a) => a.actor);
    expect(actors).toEqual([
      staff.session.user.id,
      staff.session.user.id,
      comms.session.user.id,
      admin.session.user.id,
      comms.session.user.id,
    ]);
  });

  it('answers 404 to another organization on every image route, and changes nothing', async () => {
    const id = await propose();
    const view = (await upload(staff, id, { alt: 'Chez nous', file: file(photo) })).json();
    const responses = [
      await upload(otherOrgAdmin, id, { alt: 'Pirate', file: file(photo) }),
      await otherOrgAdmin.patch(`/api/initiatives/${id}/image`, { alt: 'Pirate' }),
      await otherOrgAdmin.delete(`/api/initiatives/${id}/image`),
      await getImage(otherOrgAdmin, `/api/initiatives/${id}/image`),
      await getImage(otherOrgAdmin, view.image.thumbUrl),
    ];
    for (const response of responses) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json().error.code).toBe('not-found');
    }
    expect((await staff.get(`/api/initiatives/${id}`)).json().image).toEqual(view.image);
  });

  it('refuses bad uploads with the field named, in the member’s language', async () => {
    const id = await propose();
    const expectError = async (
      response: Awaited<ReturnType<typeof upload>>,
      status: number,
      code: string,
      path: string,
    ) => {
      expect(response.statusCode, response.body).toBe(status);
      const error = response.json().error;
      expect(error.code).toBe(code);
      expect(error.issues.map((i: { path: string }) => i.path)).toContain(path);
      return error as { message: string; issues: { path: string; message: string }[] };
    };

    // Missing, empty and too long descriptions; no file; an unknown part.
    await expectError(await upload(staff, id, { file: file(photo) }), 400, 'validation', 'body.alt');
    await expectError(
      await upload(staff, id, { alt: '   ', file: file(photo) }),
      400,
      'validation',
      'body.alt',
    );
    await expectError(
      await upload(staff, id, { alt: 'x'.repeat(301), file: file(photo) }),
      400,
      'validation',
      'body.alt',
    );
    // Far over the field limit: cut by the parser, still refused as too long.
    await expectError(
      await upload(staff, id, { alt: 'x'.repeat(10_000), file: file(photo) }),
      400,
      'validation',
      'body.alt',
    );
    const noFile = await expectError(
      await upload(staff, id, { alt: 'Sans fichier' }),
      400,
      'validation',
      'body.file',
    );
    expect(noFile.message).toBe('Des champs manquent ou sont invalides.');
    expect(noFile.issues).toEqual([{ path: 'body.file', message: 'Joignez le fichier de l’image.' }]);
    await expectError(
      await upload(staff, id, { alt: 'Mauvais nom', image: file(photo) }),
      400,
      'validation',
      'body.image',
    );
    const json = await staff.put(`/api/initiatives/${id}/image`, { alt: 'En JSON' });
    await expectError(json, 400, 'validation', 'body.file');
    // A body the multipart parser cannot read is the client's error, never a 500.
    for (const [type, payload] of [
      ['multipart/form-data', 'no boundary'],
      [
        'multipart/form-data; boundary=xyz',
        '--xyz\r\nContent-Disposition: form-data; name="alt"\r\n\r\ncut short',
      ],
    ]) {
      const malformed = await t.app.inject({
        method: 'PUT',
        url: `/api/initiatives/${id}/image`,
        headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf, 'content-type': type },
        payload,
      });
      await expectError(malformed, 400, 'validation', 'body');
    }

    // 9 MiB: too large, with the limit in the message.
    const big = Buffer.concat([photo.subarray(0, 4), Buffer.alloc(9 * 1024 * 1024, 1)]);
    const tooLarge = await expectError(
      await upload(staff, id, { alt: 'Énorme', file: file(big) }),
      413,
      'image-too-large',
      'body.file',
    );
    expect(tooLarge.message).toContain('8 Mo');

    // Not an accepted format, whatever the name and declared type say.
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script>' +
        '<rect width="100" height="100"/></svg>',
    );
    const svgError = await expectError(
      await upload(staff, id, { alt: 'SVG', file: file(svg, 'logo.svg', 'image/svg+xml') }),
      415,
      'image-type',
      'body.file',
    );
    for (const format of ['JPEG', 'PNG', 'WebP', 'GIF', 'AVIF', 'HEIC'])
      expect(svgError.message).toContain(format);
    const text = Buffer.from('Ceci est un fichier texte renommé en .png.\n'.repeat(20));
    await expectError(
      await upload(staff, id, { alt: 'Texte', file: file(text, 'photo.png', 'image/png') }),
      415,
      'image-type',
      'body.file',
    );
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    await expectError(
      await upload(staff, id, { alt: 'PDF', file: file(pdf, 'photo.jpg') }),
      415,
      'image-type',
      'body.file',
    );
    await expectError(
      await upload(staff, id, { alt: 'iPhone', file: file(heicHeader(), 'IMG_0002.HEIC', 'image/heic') }),
      415,
      'image-type',
      'body.file',
    );

    // Claims a format but does not decode.
    const truncated = await expectError(
      await upload(staff, id, { alt: 'Coupée', file: file(photo.subarray(0, Math.floor(photo.length / 2))) }),
      422,
      'image-unreadable',
      'body.file',
    );
    expect(truncated.issues[0].message).toBe('Le fichier est endommagé ou incomplet.');
    const bomb = await pixelBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const sent = Date.now();
    const tooManyPixels = await expectError(
      await upload(staff, id, { alt: 'Géante', file: file(bomb, 'bomb.png', 'image/png') }),
      422,
      'image-unreadable',
      'body.file',
    );
    // Refused from the header's dimensions (this message), before any pixel was decoded.
    expect(tooManyPixels.issues[0].message).toContain('40 millions de pixels');
    expect(Date.now() - sent).toBeLessThan(5000);

    // English for a member who reads English.
    const own = await propose(otherStaff);
    const english = await expectError(
      await upload(otherStaff, own, { alt: 'SVG', file: file(svg, 'logo.svg', 'image/svg+xml') }),
      415,
      'image-type',
      'body.file',
    );
    expect(english.message).toContain('A HEIC photo (iPhone) must first be exported as JPEG');
    const englishLarge = await expectError(
      await upload(otherStaff, own, { alt: 'Big', file: file(big) }),
      413,
      'image-too-large',
      'body.file',
    );
    expect(englishLarge.message).toBe('The image is too large: 8 MB at most.');
    const englishAlt = await expectError(
      await upload(otherStaff, own, { file: file(photo) }),
      400,
      'validation',
      'body.alt',
    );
    expect(englishAlt.message).toBe('Some fields are missing or invalid.');

    // Nothing was stored, nothing audited.
    expect((await staff.get(`/api/initiatives/${id}`)).json().image).toBeNull();
    expect(await imageAudit(id)).toEqual([]);
  });

  it('refuses a mutation without the CSRF header, and answers 401 without a session', async () => {
    const id = await propose();
    const { payload, contentType } = await multipart({ alt: 'Sans jeton', file: file(photo) });
    const noCsrf = await t.app.inject({
      method: 'PUT',
      url: `/api/initiatives/${id}/image`,
      headers: { cookie: staff.cookie, 'content-type': contentType },
      payload,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf');
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/initiatives/${id}/image`,
      headers: { cookie: staff.cookie },
      payload: { alt: 'x' },
    });
    expect(patch.json().error.code).toBe('csrf');
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: `/api/initiatives/${id}/image`,
      headers: { 'content-type': contentType },
      payload,
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await t.app.inject(`/api/initiatives/${id}/image`)).statusCode).toBe(401);
    expect((await staff.get(`/api/initiatives/${id}`)).json().image).toBeNull();
  });

  it('shows the image in the public gallery only once the initiative is public, escaped and cached right', async () => {
    const id = await propose(staff, { title: 'Galerie avec image' });
    const view = (await upload(staff, id, { alt: EVIL_ALT, file: file(photo) })).json();
    const hash = hashOf(view.image.url);
    const publicFull = `/c/demo/initiatives/${id}/image.webp`;
    const publicThumb = `/c/demo/initiatives/${id}/thumb.webp`;

    // Not public yet: no image routes, no <img> for it.
    for (const url of [publicFull, publicThumb, `${publicThumb}?v=${hash}`]) {
      const response = await t.app.inject(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    }
    expect((await t.app.inject('/c/demo/initiatives/')).body).not.toContain(`${id}/thumb.webp`);

    await comms.post(`/api/initiatives/${id}/review`, { decision: 'approve', message: 'Bravo !' });
    // Approved but not showcased: still not public.
    expect((await t.app.inject(publicThumb)).statusCode).toBe(404);
    await comms.post(`/api/initiatives/${id}/showcase`, { showcased: true });

    const gallery = await t.app.inject('/c/demo/initiatives/');
    expect(gallery.statusCode).toBe(200);
    const escapedAlt = 'Des élèves &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; au club';
    expect(gallery.body).toContain(
      `<img src="${id}/thumb.webp?v=${hash}" alt="${escapedAlt}" width="427" height="640" loading="lazy" decoding="async">`,
    );
    expect(gallery.body).not.toContain('<script>');
    const page = await t.app.inject(`/c/demo/initiatives/${id}`);
    expect(page.body).toContain(
      `<img src="${id}/image.webp?v=${hash}" alt="${escapedAlt}" width="1067" height="1600" decoding="async">`,
    );
    expect(page.body).not.toContain('<script>');

    const thumb = await t.app.inject(`${publicThumb}?v=${hash}`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(thumb.headers['x-content-type-options']).toBe('nosniff');
    expect(thumb.headers['cache-control']).toBe('public, max-age=86400, immutable');
    expect(thumb.headers.etag).toBe(`"${hash}-thumb"`);
    const thumbMeta = await sharp(thumb.rawPayload).metadata();
    expect(thumbMeta).toMatchObject({ format: 'webp', width: 427, height: 640 });
    expect(thumbMeta.exif).toBeUndefined();
    // From the memory cache the second time: the same bytes.
    expect((await t.app.inject(publicThumb)).rawPayload.equals(thumb.rawPayload)).toBe(true);
    expect((await t.app.inject(publicThumb)).headers['cache-control']).toBe('public, max-age=86400');
    const revalidated = await t.app.inject({
      url: publicThumb,
      headers: { 'if-none-match': `"${hash}-thumb"` },
    });
    expect(revalidated.statusCode).toBe(304);
    const full = await t.app.inject(`${publicFull}?v=${hash}`);
    expect(full.headers['content-type']).toBe('image/webp');
    expect(full.headers.etag).toBe(`"${hash}"`);
    expect((await sharp(full.rawPayload).metadata()).width).toBe(1067);
    expect(full.rawPayload.includes('WGS-84')).toBe(false);

    const card = (await t.app.inject('/api/public/demo/initiatives'))
      .json()
      .find((c: { id: string }) => c.id === id);
    expect(card.image).toEqual({
      url: `/c/demo/initiatives/${id}/image.webp?v=${hash}`,
      thumbUrl: `/c/demo/initiatives/${id}/thumb.webp?v=${hash}`,
      alt: EVIL_ALT,
      width: 1067,
      height: 1600,
      thumbWidth: 427,
      thumbHeight: 640,
    });

    // Removing the image removes it from the gallery at once (the cache is dropped).
    expect((await comms.delete(`/api/initiatives/${id}/image`)).statusCode).toBe(200);
    const after = await t.app.inject('/c/demo/initiatives/');
    expect(after.body).toContain('Galerie avec image');
    expect(after.body).not.toContain(`${id}/thumb.webp`);
    expect((await t.app.inject(`/c/demo/initiatives/${id}`)).body).not.toContain('<img');
    expect((await t.app.inject(`${publicThumb}?v=${hash}`)).statusCode).toBe(404);
    expect((await t.app.inject(publicFull)).statusCode).toBe(404);
    const cardAfter = (await t.app.inject('/api/public/demo/initiatives'))
      .json()
      .find((c: { id: string }) => c.id === id);
    expect(cardAfter.image).toBeNull();

    // A new image, then out of the showcase: the image routes go too.
    const again = (await upload(comms, id, { alt: 'Autre', file: file(await webp()) })).json();
    expect((await t.app.inject('/c/demo/initiatives/')).body).toContain(
      `${id}/thumb.webp?v=${hashOf(again.image.url)}`,
    );
    await comms.post(`/api/initiatives/${id}/showcase`, { showcased: false });
    expect((await t.app.inject(publicThumb)).statusCode).toBe(404);
    expect((await t.app.inject(publicFull)).statusCode).toBe(404);
    // Another organization's gallery never serves it.
    expect((await t.app.inject(`/c/images-ailleurs/initiatives/${id}/thumb.webp`)).statusCode).toBe(404);
  });

  it('survives uploads over the limit on a real connection: chunked, declared, and cut short', async () => {
    const id = await propose();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const big = Buffer.concat([photo.subarray(0, 4), Buffer.alloc(9 * 1024 * 1024, 2)]);
    const { payload, contentType } = await multipart({ alt: 'Énorme', file: file(big) });
    const headers = { cookie: staff.cookie, 'x-csrf-token': staff.csrf, 'content-type': contentType };

    /** Sends the body in 64 KiB chunks without a Content-Length (so the parser's own limit applies). */
    const chunked = (body: Buffer, cutAt?: number) =>
      new Promise<{ status: number; body: string } | 'reset'>((resolve) => {
        const request = httpRequest(
          { host: '127.0.0.1', port, method: 'PUT', path: `/api/initiatives/${id}/image`, headers },
          (response) => {
            let text = '';
            response.on('data', (chunk) => {
              text += chunk;
            });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
          },
        );
        request.on('error', () => resolve('reset'));
        request.on('close', () => resolve('reset'));
        const end = cutAt ?? body.length;
        let at = 0;
        const write = () => {
          while (at < end) {
            const chunk = body.subarray(at, Math.min(at + 65_536, end));
            at += chunk.length;
            if (!request.write(chunk)) return void request.once('drain', write);
          }
          if (cutAt === undefined) request.end();
          else request.destroy();
        };
        write();
      });

    const over = await chunked(payload);
    expect(over).not.toBe('reset');
    if (over !== 'reset') {
      expect(over.status).toBe(413);
      expect(JSON.parse(over.body).error.code).toBe('image-too-large');
    }
    // Cut in the middle of the file: the server drops it.
    expect(await chunked(payload, 3 * 1024 * 1024)).toBe('reset');

    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    // A declared Content-Length over the limit is refused before it is read.
    const declared = await fetch(`${base}/api/initiatives/${id}/image`, {
      method: 'PUT',
      headers,
      body: new Uint8Array(payload),
    }).catch(() => null);
    if (declared !== null) {
      expect(declared.status).toBe(413);
      expect((await declared.json()).error.code).toBe('image-too-large');
    }
    // And a good upload right after works.
    const good = await multipart({ alt: 'Enfin', file: file(photo) });
    const ok = await fetch(`${base}/api/initiatives/${id}/image`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': good.contentType },
      body: new Uint8Array(good.payload),
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).image.alt).toBe('Enfin');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describe('image helpers', () => {
  it('reads the format a file claims from its first bytes only', async () => {
    expect(claimedFormat(await cameraPhoto())).toBe('jpeg');
    expect(claimedFormat(await pngWithAlpha())).toBe('png');
    expect(claimedFormat(await animatedGif())).toBe('gif');
    expect(claimedFormat(await webp())).toBe('webp');
    expect(claimedFormat(heicHeader())).toBe('heic');
    const avif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .avif()
      .toBuffer();
    expect(claimedFormat(avif)).toBe('avif');
    expect(claimedFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(claimedFormat(Buffer.from('GIF8'))).toBeNull();
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"b", "a"', '"a"')).toBe(true);
    expect(etagMatches('*', '"a"')).toBe(true);
    expect(etagMatches('"a-thumb"', '"a"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
  });
});

function createHashHex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
