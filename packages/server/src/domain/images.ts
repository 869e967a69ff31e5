/**
 * An image for each initiative (Valoriser). The upload is never kept as sent: its format is read from
 * its bytes (the declared content type is not trusted), it is turned upright from its EXIF orientation,
 * fitted in 1600×1600 and re-encoded as WebP with a 640×640 thumbnail, and every piece of metadata
 * (EXIF, GPS position, camera, ICC profile) is left behind: a photo's location must never leak.
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import type { Lang } from '../db/schema.js';
import type { Scoped } from '../db/scoped.js';
import { ApiError, conflict, forbidden, type Issue, notFound } from '../http/errors.js';
import { message } from '../messages.js';
import type { Actor } from './charters.js';
import { CURATORS, getInitiative, type InitiativeView, visibleRow } from './initiatives.js';

/** 8 MiB: a phone photo fits; anything larger is refused before it is decoded. */
export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
/** Decoding costs memory by the pixel: a small file may claim a huge canvas (a "decompression bomb"). */
export const IMAGE_MAX_PIXELS = 40_000_000;
export const IMAGE_FULL_SIZE = 1600;
export const IMAGE_THUMB_SIZE = 640;
export const IMAGE_QUALITY = 82;
export const ALT_MAX = 300;
/** How many images are decoded at once: each may hold tens of megabytes while it is worked on. */
const MAX_JOBS = 2;

export interface ProcessedImage {
  data: Buffer;
  width: number;
  height: number;
  thumbData: Buffer;
  thumbWidth: number;
  thumbHeight: number;
  /** The first 16 hex digits of the SHA-256 of `data`. */
  hash: string;
}

export type ImageSize = 'full' | 'thumb';

const DETAIL: Record<Lang, Record<'alt' | 'file' | 'malformed' | 'pixels' | 'damaged', string>> = {
  fr: {
    alt: `Décrivez l’image en 1 à ${ALT_MAX} caractères.`,
    file: 'Joignez le fichier de l’image.',
    malformed: 'Le formulaire envoyé est mal formé : envoyez-le de nouveau.',
    pixels: 'L’image dépasse 40 millions de pixels : réduisez-en les dimensions.',
    damaged: 'Le fichier est endommagé ou incomplet.',
  },
  en: {
    alt: `Describe the image in 1 to ${ALT_MAX} characters.`,
    file: 'Attach the image file.',
    malformed: 'The form that was sent is malformed: send it again.',
    pixels: 'The image has more than 40 million pixels: reduce its dimensions.',
    damaged: 'The file is damaged or incomplete.',
  },
};

export const altIssue = (lang: Lang): Issue => ({ path: 'body.alt', message: DETAIL[lang].alt });
export const fileIssue = (lang: Lang): Issue => ({ path: 'body.file', message: DETAIL[lang].file });
export const malformedIssue = (lang: Lang): Issue => ({ path: 'body', message: DETAIL[lang].malformed });

export const imageTooLarge = (lang: Lang) =>
  new ApiError(413, 'image-too-large', undefined, [
    { path: 'body.file', message: message(lang, 'image-too-large') },
  ]);
const imageType = (lang: Lang) =>
  new ApiError(415, 'image-type', undefined, [{ path: 'body.file', message: message(lang, 'image-type') }]);
const imageUnreadable = (lang: Lang, why: 'pixels' | 'damaged') =>
  new ApiError(422, 'image-unreadable', undefined, [{ path: 'body.file', message: DETAIL[lang][why] }]);

type Claimed = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'heic';

const ascii = (bytes: Buffer, start: number, end: number) => bytes.subarray(start, end).toString('latin1');

/**
 * The format a file's first bytes claim. Only these signatures are taken further; anything else (SVG,
 * PDF, text, TIFF, BMP…) is refused before any decoder sees it.
 */
export function claimedFormat(bytes: Buffer): Claimed | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  const six = ascii(bytes, 0, 6);
  if (six === 'GIF87a' || six === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    // ISO-BMFF: the major brand, then the compatible brands up to the end of the ftyp box.
    const boxEnd = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
    const brands = [ascii(bytes, 8, 12)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(bytes, at, at + 4));
    if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
    if (brands.some((b) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(b)))
      return 'heic';
  }
  return null;
}

let running = 0;
const waiting: (() => void)[] = [];

/** Runs `work` when fewer than MAX_JOBS images are being decoded; a freed slot passes to the next in line. */
async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running < MAX_JOBS) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/**
 * Upload → upright WebP (fits 1600×1600, never enlarged) and its thumbnail (fits 640×640), without
 * metadata. 415 `image-type` when the bytes are not an accepted format; 422 `image-unreadable` when
 * they claim one and do not decode, or claim more than 40 million pixels (read from the header, before
 * anything is decoded).
 */
export async function processImage(bytes: Buffer, lang: Lang): Promise<ProcessedImage> {
  const claimed = claimedFormat(bytes);
  if (claimed === null || claimed === 'heic') throw imageType(lang);
  // One frame (the first of an animation); a libvips warning (a truncated file) is a failure.
  const options = { limitInputPixels: IMAGE_MAX_PIXELS, failOn: 'warning' as const };
  return limited(async () => {
    let meta: Metadata;
    try {
      meta = await sharp(bytes, options).metadata();
    } catch (error) {
      throw imageUnreadable(lang, /pixel limit/i.test(String(error)) ? 'pixels' : 'damaged');
    }
    const accepted =
      ['jpeg', 'png', 'gif', 'webp'].includes(meta.format) ||
      (meta.format === 'heif' && meta.compression === 'av1');
    // A HEIF container that holds HEVC (an iPhone photo with a misleading brand) is not accepted.
    if (!accepted) throw imageType(lang);
    if (meta.width * meta.height > IMAGE_MAX_PIXELS) throw imageUnreadable(lang, 'pixels');
    try {
      const upright = sharp(bytes, options).autoOrient();
      const encode = (size: number) =>
        upright
          .clone()
          .resize(size, size, { fit: 'inside', withoutEnlargement: true })
          .webp({ quality: IMAGE_QUALITY })
          .toBuffer({ resolveWithObject: true });
      const [full, thumb] = await Promise.all([encode(IMAGE_FULL_SIZE), encode(IMAGE_THUMB_SIZE)]);
      return {
        data: full.data,
        width: full.info.width,
        height: full.info.height,
        thumbData: thumb.data,
        thumbWidth: thumb.info.width,
        thumbHeight: thumb.info.height,
        hash: createHash('sha256').update(full.data).digest('hex').slice(0, 16),
      };
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw imageUnreadable(lang, /pixel limit/i.test(String(error)) ? 'pixels' : 'damaged');
    }
  });
}

// ---- storage and permissions -------------------------------------------------------------------

type Row = Awaited<ReturnType<typeof visibleRow>>;

/**
 * Who changes an initiative's image: admin and communications at any status; the proposer while it is
 * `proposed` or `changes_requested` (later: 409 `initiative-status`, like editing its text); others 403.
 */
function assertMayEdit(row: Row, actor: Actor): void {
  if (CURATORS.includes(actor.role)) return;
  if (row.proposer_id !== actor.id) throw forbidden();
  if (row.status !== 'proposed' && row.status !== 'changes_requested') throw conflict('initiative-status');
}

/** 404/403/409 before an upload is even read: nobody makes the server decode an image for nothing. */
export async function assertImageEditable(s: Scoped, actor: Actor, id: string): Promise<void> {
  assertMayEdit(await visibleRow(s, actor, id), actor);
}

async function current(s: Scoped, id: string) {
  return s
    .selectFrom('initiative_images')
    .select(['alt', 'hash'])
    .where('initiative_id', '=', id)
    .executeTakeFirst();
}

type ImageState = { alt: string; hash: string } | null;

/** After any image change: the initiative's updated_at, and one audit row with the before and after. */
async function recordChange(s: Scoped, actor: Actor, id: string, before: ImageState, after: ImageState) {
  await s
    .updateTable('initiatives')
    .set({ updated_at: s.now().toISOString() })
    .where('id', '=', id)
    .execute();
  await s.audit({
    actorId: actor.id,
    action: 'initiative.image',
    entity: 'initiative',
    entityId: id,
    before,
    after,
  });
}

/** Sets or replaces the image. */
export async function setInitiativeImage(
  s: Scoped,
  actor: Actor,
  id: string,
  alt: string,
  image: ProcessedImage,
): Promise<InitiativeView> {
  await s.transaction(async (tx) => {
    // Checked again: the initiative may have moved on while the image was being processed.
    assertMayEdit(await visibleRow(tx, actor, id), actor);
    const before = await current(tx, id);
    const at = tx.now().toISOString();
    const values = {
      alt,
      width: image.width,
      height: image.height,
      data: image.data,
      thumb_width: image.thumbWidth,
      thumb_height: image.thumbHeight,
      thumb_data: image.thumbData,
      hash: image.hash,
      updated_at: at,
    };
    if (before)
      await tx.updateTable('initiative_images').set(values).where('initiative_id', '=', id).execute();
    else await tx.insert('initiative_images', { initiative_id: id, ...values, created_at: at });
    await recordChange(tx, actor, id, before ?? null, { alt, hash: image.hash });
  });
  return getInitiative(s, actor, id);
}

/** Changes the description only (404 when the initiative has no image). */
export async function setImageAlt(s: Scoped, actor: Actor, id: string, alt: string): Promise<InitiativeView> {
  await s.transaction(async (tx) => {
    assertMayEdit(await visibleRow(tx, actor, id), actor);
    const before = await current(tx, id);
    if (!before) throw notFound();
    const at = tx.now().toISOString();
    await tx
      .updateTable('initiative_images')
      .set({ alt, updated_at: at })
      .where('initiative_id', '=', id)
      .execute();
    await recordChange(tx, actor, id, before, { alt, hash: before.hash });
  });
  return getInitiative(s, actor, id);
}

/** Removes the image (404 when there is none). */
export async function deleteInitiativeImage(s: Scoped, actor: Actor, id: string): Promise<InitiativeView> {
  await s.transaction(async (tx) => {
    assertMayEdit(await visibleRow(tx, actor, id), actor);
    const before = await current(tx, id);
    if (!before) throw notFound();
    await tx.deleteFrom('initiative_images').where('initiative_id', '=', id).execute();
    await recordChange(tx, actor, id, before, null);
  });
  return getInitiative(s, actor, id);
}

/** The image's current hash, for whoever may see the initiative (404 otherwise, or when it has none). */
export async function imageHash(s: Scoped, actor: Actor, id: string): Promise<string> {
  await visibleRow(s, actor, id);
  const row = await current(s, id);
  if (!row) throw notFound();
  return row.hash;
}

/** The WebP bytes of one size and their hash (null: no image). Callers check visibility first. */
export async function imageBytes(
  s: Scoped,
  id: string,
  size: ImageSize,
): Promise<{ bytes: Buffer; hash: string } | null> {
  const row = await s
    .selectFrom('initiative_images')
    .select(['hash', size === 'thumb' ? 'thumb_data as bytes' : 'data as bytes'])
    .where('initiative_id', '=', id)
    .executeTakeFirst();
  return row ? { bytes: row.bytes, hash: row.hash } : null;
}

/** Whether an If-None-Match header names this ETag (a list, weak or not, or `*`). */
export function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const text = Array.isArray(header) ? header.join(',') : header;
  return text
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}
