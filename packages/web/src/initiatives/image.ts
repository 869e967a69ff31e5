/**
 * An initiative's image on the client side: the quick checks made before sending (the server decides,
 * from the bytes), the multipart body, and which request a form's changes call for. No React, no DOM
 * beyond File/FormData, no import (the API client uses it), so Node tests run it as is.
 */
/** What the server accepts (it reads the bytes; the declared type is only a first guess). */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'];
/** The file input's `accept`: types and extensions, since some systems declare no type for AVIF. */
export const IMAGE_ACCEPT = [...ACCEPTED_IMAGE_TYPES, '.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif'].join(
  ',',
);
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
export const ALT_MAX = 300;

const EXTENSIONS: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jfif: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

export type ImageProblem =
  | { kind: 'heic' }
  | { kind: 'type' }
  | { kind: 'empty' }
  | { kind: 'size'; megabytes: number };

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The first problem with a chosen file, or null when it is worth sending. */
export function checkImageFile(file: { name: string; type: string; size: number }): ImageProblem | null {
  const type = file.type.toLowerCase();
  const ext = extension(file.name);
  // iPhone photos: the one case worth its own advice.
  if (/^image\/hei[cf]/.test(type) || ext === 'heic' || ext === 'heif') return { kind: 'heic' };
  const known = type ? ACCEPTED_IMAGE_TYPES.includes(type) : ext in EXTENSIONS;
  if (!known) return { kind: 'type' };
  if (file.size === 0) return { kind: 'empty' };
  if (file.size > MAX_IMAGE_BYTES) {
    // Rounded up, so a file just over the limit never reads "8 MB".
    return { kind: 'size', megabytes: Math.ceil((file.size / (1024 * 1024)) * 10) / 10 };
  }
  return null;
}

export type AltProblem = { kind: 'altRequired' } | { kind: 'altTooLong'; count: number };

export function checkAlt(alt: string): AltProblem | null {
  const trimmed = alt.trim();
  if (trimmed === '') return { kind: 'altRequired' };
  if (trimmed.length > ALT_MAX) return { kind: 'altTooLong', count: trimmed.length };
  return null;
}

/** The body of `PUT /api/initiatives/:id/image`: `alt` first, so the server has it before the bytes. */
export function imageFormData(file: Blob, alt: string): FormData {
  const form = new FormData();
  form.append('alt', alt.trim());
  form.append('file', file, file instanceof File ? file.name : 'image');
  return form;
}

/** The image part of a form: a new file, the removal of the current one, and the description. */
export interface ImageDraft {
  file: File | null;
  alt: string;
  removed: boolean;
}

export const NO_IMAGE_DRAFT: ImageDraft = { file: null, alt: '', removed: false };

/** A draft that starts from the initiative's current image (its description prefilled). */
export function draftFrom(current: { alt: string } | null | undefined): ImageDraft {
  return { file: null, alt: current?.alt ?? '', removed: false };
}

export type ImageStep =
  | { kind: 'upload'; file: File; alt: string }
  | { kind: 'alt'; alt: string }
  | { kind: 'delete' }
  | null;

/** The one image request a save needs, given the current image and the draft; null for none. */
export function imageStep(current: { alt: string } | null | undefined, draft: ImageDraft): ImageStep {
  if (draft.file) return { kind: 'upload', file: draft.file, alt: draft.alt.trim() };
  if (!current) return null;
  if (draft.removed) return { kind: 'delete' };
  if (draft.alt.trim() !== current.alt) return { kind: 'alt', alt: draft.alt.trim() };
  return null;
}

/** Whether the draft needs a description checked before sending (a new file, or a kept image). */
export function altNeeded(current: { alt: string } | null | undefined, draft: ImageDraft): boolean {
  return draft.file !== null || (current != null && !draft.removed);
}
