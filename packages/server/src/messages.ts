/**
 * The server's own messages, in French and English: what an API error says to a person. Codes are
 * stable (clients branch on them); messages may change.
 */
import type { Lang } from './db/schema.js';

export const ERROR_CODES = [
  'validation',
  'bad-json',
  'unsupported-media-type',
  'unauthenticated',
  'bad-credentials',
  'forbidden',
  'csrf',
  'not-found',
  'conflict',
  'too-large',
  'rate-limited',
  'internal',
  // Initiative images.
  'image-too-large',
  'image-type',
  'image-unreadable',
  // Passwords.
  'wrong-password',
  'password-change-required',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why a 409 happened: `error.reason`. */
export const CONFLICT_REASONS = [
  'immutable',
  'invalid-status',
  'not-approved',
  'open-version-exists',
  'slug-taken',
  'email-taken',
  'setup-done',
  'self',
  'last-admin',
  'concurrent-change',
  'initiative-status',
  'initiative-not-approved',
  'consent-missing',
  'member-elsewhere',
  'self-password',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** Messages of one field in `error.issues` (the rest are zod's own, in English). */
export const ISSUE_MESSAGES = ['password-unchanged'] as const;
export type IssueMessage = (typeof ISSUE_MESSAGES)[number];

type Catalog = Record<ErrorCode | ConflictReason | IssueMessage, string>;

const en: Catalog = {
  validation: 'Some fields are missing or invalid.',
  'bad-json': 'The request body is not valid JSON.',
  'unsupported-media-type': 'Send the request body as JSON (Content-Type: application/json).',
  unauthenticated: 'Please sign in.',
  'bad-credentials': 'Wrong e-mail or password.',
  forbidden: 'Your role does not allow this action.',
  csrf: 'The security token is missing or out of date: reload the page and try again.',
  'not-found': 'Not found.',
  conflict: 'This action conflicts with the current state.',
  'too-large': 'The request body is too large.',
  'rate-limited': 'Too many attempts: wait a few minutes and try again.',
  internal: 'Something went wrong on our side. Try again in a moment.',
  immutable: 'This version is published or archived: it can no longer change. Start a new version.',
  'invalid-status': 'This version is not at the right step of the review for that.',
  'not-approved': 'This version must be approved before it is published.',
  'open-version-exists': 'A version of this charter is already being written or reviewed.',
  'slug-taken': 'This short name is already used.',
  'email-taken': 'An account already uses this e-mail address.',
  'setup-done': 'This instance is already set up.',
  self: 'You cannot remove yourself.',
  'last-admin': 'The organization needs at least one administrator.',
  'concurrent-change': 'Someone changed this at the same time: reload and try again.',
  'initiative-status': 'This initiative is not at the right step for that.',
  'initiative-not-approved': 'This initiative has not been approved yet.',
  'consent-missing': 'Students appear in this initiative: consent must be obtained before approval.',
  // Initiative images.
  'image-too-large': 'The image is too large: 8 MB at most.',
  'image-type':
    'This file is not an accepted image: send a JPEG, PNG, WebP, GIF or AVIF. A HEIC photo (iPhone) must first be exported as JPEG.',
  'image-unreadable':
    'This image cannot be read: the file is damaged, or it has more than 40 million pixels.',
  // Passwords.
  'wrong-password': 'The current password is not the right one.',
  'password-change-required':
    'Your password was reset by an administrator: choose a new one in My account before anything else.',
  'password-unchanged': 'The new password must differ from the current one.',
  'member-elsewhere':
    'This person is also a member of another organization: their password can only be reset on the server, with `charte user passwd`.',
  'self-password': 'Change your own password from My account: it asks for your current one.',
};

const fr: Catalog = {
  validation: 'Des champs manquent ou sont invalides.',
  'bad-json': 'Le corps de la requête n’est pas du JSON valide.',
  'unsupported-media-type': 'Envoyez le corps de la requête en JSON (Content-Type: application/json).',
  unauthenticated: 'Veuillez vous connecter.',
  'bad-credentials': 'Courriel ou mot de passe incorrect.',
  forbidden: 'Votre rôle ne permet pas cette action.',
  csrf: 'Le jeton de sécurité manque ou est périmé : rechargez la page et réessayez.',
  'not-found': 'Introuvable.',
  conflict: 'Cette action entre en conflit avec l’état actuel.',
  'too-large': 'Le corps de la requête est trop volumineux.',
  'rate-limited': 'Trop de tentatives : attendez quelques minutes avant de réessayer.',
  internal: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
  immutable: 'Cette version est publiée ou archivée : elle ne peut plus changer. Créez une nouvelle version.',
  'invalid-status': 'Cette version n’est pas à la bonne étape de la révision pour cela.',
  'not-approved': 'Cette version doit être approuvée avant d’être publiée.',
  'open-version-exists': 'Une version de cette charte est déjà en rédaction ou en révision.',
  'slug-taken': 'Ce nom court est déjà utilisé.',
  'email-taken': 'Un compte utilise déjà cette adresse courriel.',
  'setup-done': 'Cette instance est déjà configurée.',
  self: 'Vous ne pouvez pas vous retirer vous-même.',
  'last-admin': 'L’organisation doit garder au moins un administrateur.',
  'concurrent-change': 'Quelqu’un a modifié cet élément en même temps : rechargez et réessayez.',
  'initiative-status': 'Cette initiative n’est pas à la bonne étape pour cela.',
  'initiative-not-approved': 'Cette initiative n’a pas encore été approuvée.',
  'consent-missing':
    'Des élèves apparaissent dans cette initiative : le consentement doit être obtenu avant l’approbation.',
  // Initiative images.
  'image-too-large': 'L’image est trop volumineuse : 8 Mo au maximum.',
  'image-type':
    'Ce fichier n’est pas une image acceptée : envoyez un JPEG, PNG, WebP, GIF ou AVIF. Une photo HEIC (iPhone) doit d’abord être exportée en JPEG.',
  'image-unreadable':
    'Cette image est illisible : le fichier est endommagé ou elle dépasse 40 millions de pixels.',
  // Passwords.
  'wrong-password': 'Le mot de passe actuel n’est pas le bon.',
  'password-change-required':
    'Votre mot de passe a été réinitialisé par un administrateur : choisissez-en un nouveau dans Mon compte avant toute chose.',
  'password-unchanged': 'Le nouveau mot de passe doit être différent de l’actuel.',
  'member-elsewhere':
    'Cette personne est aussi membre d’une autre organisation : son mot de passe ne peut être réinitialisé que sur le serveur, avec `charte user passwd`.',
  'self-password': 'Changez votre propre mot de passe depuis Mon compte : il vous demande l’actuel.',
};

export const MESSAGES: Record<Lang, Catalog> = { en, fr };

export function message(lang: Lang, key: ErrorCode | ConflictReason | IssueMessage): string {
  return MESSAGES[lang][key];
}

/** fr or en from an Accept-Language header (first supported tag by quality), else null. */
export function langFromAcceptLanguage(header: string | undefined): Lang | null {
  if (!header) return null;
  const tags = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((t) => t.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of tags) {
    const primary = tag.split('-')[0];
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return null;
}
