import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import {
  ACCEPTED_IMAGE_TYPES,
  altNeeded,
  checkAlt,
  checkImageFile,
  draftFrom,
  IMAGE_ACCEPT,
  imageFormData,
  imageStep,
  MAX_IMAGE_BYTES,
  NO_IMAGE_DRAFT,
} from './image.js';
import { imageFieldErrors } from './image-errors.js';

const file = (name: string, type: string, size = 1000) => ({ name, type, size });

describe('checkImageFile', () => {
  it('accepts the formats the server reads, by type or, when none is declared, by extension', () => {
    for (const type of ACCEPTED_IMAGE_TYPES) expect(checkImageFile(file('x', type))).toBeNull();
    expect(checkImageFile(file('photo.AVIF', ''))).toBeNull();
    expect(checkImageFile(file('photo.jpeg', ''))).toBeNull();
    expect(IMAGE_ACCEPT.split(',')).toEqual(expect.arrayContaining([...ACCEPTED_IMAGE_TYPES, '.avif']));
  });

  it('refuses other types, with its own advice for iPhone photos', () => {
    expect(checkImageFile(file('logo.svg', 'image/svg+xml'))).toEqual({ kind: 'type' });
    expect(checkImageFile(file('doc.pdf', 'application/pdf'))).toEqual({ kind: 'type' });
    expect(checkImageFile(file('notes', ''))).toEqual({ kind: 'type' });
    // The declared type wins over a misleading extension.
    expect(checkImageFile(file('fake.jpg', 'text/plain'))).toEqual({ kind: 'type' });
    expect(checkImageFile(file('IMG_1.HEIC', 'image/heic'))).toEqual({ kind: 'heic' });
    expect(checkImageFile(file('IMG_2.heif', ''))).toEqual({ kind: 'heic' });
  });

  it('refuses empty files and files over 8 MiB, saying the size rounded up', () => {
    expect(checkImageFile(file('a.png', 'image/png', 0))).toEqual({ kind: 'empty' });
    expect(checkImageFile(file('a.png', 'image/png', MAX_IMAGE_BYTES))).toBeNull();
    expect(checkImageFile(file('a.png', 'image/png', MAX_IMAGE_BYTES + 1))).toEqual({
      kind: 'size',
      megabytes: 8.1,
    });
    expect(checkImageFile(file('a.jpg', 'image/jpeg', 12.34 * 1024 * 1024))).toEqual({
      kind: 'size',
      megabytes: 12.4,
    });
  });
});

describe('checkAlt', () => {
  it('requires a description of 1 to 300 characters, spaces around not counted', () => {
    expect(checkAlt('   ')).toEqual({ kind: 'altRequired' });
    expect(checkAlt(' Des élèves lisent au parc. ')).toBeNull();
    expect(checkAlt(`  ${'a'.repeat(300)}  `)).toBeNull();
    expect(checkAlt('a'.repeat(301))).toEqual({ kind: 'altTooLong', count: 301 });
  });
});

describe('imageFormData', () => {
  it('sends the trimmed description first, then the file with its name', async () => {
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'club.jpg', { type: 'image/jpeg' });
    const form = imageFormData(photo, '  Des livres sur une table.  ');
    expect([...form.keys()]).toEqual(['alt', 'file']);
    expect(form.get('alt')).toBe('Des livres sur une table.');
    const sent = form.get('file') as File;
    expect(sent.name).toBe('club.jpg');
    expect(sent.type).toBe('image/jpeg');
    expect([...new Uint8Array(await sent.arrayBuffer())]).toEqual([0xff, 0xd8, 0xff]);
  });
});

describe('imageStep', () => {
  const current = { alt: 'Une affiche du club.' };
  const photo = new File(['x'], 'new.png', { type: 'image/png' });

  it('asks for nothing when nothing changed', () => {
    expect(imageStep(null, NO_IMAGE_DRAFT)).toBeNull();
    expect(imageStep(current, draftFrom(current))).toBeNull();
    // Spaces added around the same description are not a change.
    expect(imageStep(current, { ...draftFrom(current), alt: ' Une affiche du club. ' })).toBeNull();
  });

  it('uploads a chosen file, with or without a current image', () => {
    expect(imageStep(null, { file: photo, alt: ' Un club. ', removed: false })).toEqual({
      kind: 'upload',
      file: photo,
      alt: 'Un club.',
    });
    expect(imageStep(current, { file: photo, alt: 'Autre', removed: true })).toMatchObject({
      kind: 'upload',
    });
  });

  it('changes only the description, or removes the current image', () => {
    expect(imageStep(current, { ...draftFrom(current), alt: 'Une affiche colorée.' })).toEqual({
      kind: 'alt',
      alt: 'Une affiche colorée.',
    });
    expect(imageStep(current, { ...draftFrom(current), removed: true })).toEqual({ kind: 'delete' });
    // Nothing to remove when there is no image.
    expect(imageStep(null, { ...NO_IMAGE_DRAFT, removed: true })).toBeNull();
  });

  it('checks the description whenever an image will remain', () => {
    expect(altNeeded(null, NO_IMAGE_DRAFT)).toBe(false);
    expect(altNeeded(null, { file: photo, alt: '', removed: false })).toBe(true);
    expect(altNeeded(current, draftFrom(current))).toBe(true);
    expect(altNeeded(current, { ...draftFrom(current), removed: true })).toBe(false);
  });
});

describe('imageFieldErrors', () => {
  it('puts validation issues on the description or the file', () => {
    const error = new ApiError(400, 'validation', 'Certains champs sont à corriger.', [
      { path: 'body.alt', message: 'Décrivez l’image.' },
      { path: 'file', message: 'Aucun fichier.' },
      { path: 'body.title', message: 'Not an image field' },
    ]);
    expect(imageFieldErrors(error)).toEqual({ alt: 'Décrivez l’image.', file: 'Aucun fichier.' });
  });

  it('puts the image codes on the file, with the server’s message', () => {
    for (const [status, code] of [
      [413, 'image-too-large'],
      [415, 'image-type'],
      [422, 'image-unreadable'],
    ] as const) {
      expect(imageFieldErrors(new ApiError(status, code, `message ${code}`))).toEqual({
        file: `message ${code}`,
      });
    }
    expect(imageFieldErrors(new ApiError(403, 'forbidden', 'Non.'))).toEqual({});
    expect(imageFieldErrors(new Error('x'))).toEqual({});
  });
});
