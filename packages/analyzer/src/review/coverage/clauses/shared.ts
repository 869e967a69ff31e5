import type { OrganizationTerms } from '../detector.js';

/**
 * Word families several clauses share, on folded text (see `foldForMatch`): the charter naming
 * itself, social platforms, the people a charter addresses.
 */

/** The document naming itself: "cette charte", "la présente politique", "ces consignes". */
export const FR_SELF =
  /\b(?:cette|ce|cet|ces|la presente|le present|les presentes|les presents|notre|nos) (?:charte|politique|directive|netiquette|code|guide|document|reglement|procedure|lignes? directrices?|consignes?|regles?|cadre de reference|protocole|page)s?\b/;

/** The document naming itself in English: "this policy", "these guidelines", "our charter". */
export const EN_SELF =
  /\b(?:this|these|the present|our) (?:social media )?(?:policy|policies|charter|guidelines?|guidance|code|document|page|netiquette|procedures?|standards?|rules|framework|protocol)\b/;

/** Social platforms known by name, for both languages. */
export const PLATFORM_BRANDS =
  /\b(?:facebook|instagram|twitter|tiktok|linkedin|youtube|snapchat|pinterest|bluesky|mastodon|whatsapp|messenger|reddit|discord|flickr|vimeo|twitch|telegram|wechat)\b/;
const PLATFORM_BRANDS_ALL = new RegExp(PLATFORM_BRANDS.source, 'g');

/** Number of distinct platform names (known brands and the organization's own) in a sentence. */
export function countPlatforms(text: string, terms: OrganizationTerms): number {
  const brands = PLATFORM_BRANDS.test(text);
  const own = terms.platforms?.test(text) ?? false;
  if (!brands && !own) return 0;
  const names = new Set(brands ? text.match(PLATFORM_BRANDS_ALL) : []);
  if (own && terms.platformsAll) {
    for (const m of text.match(terms.platformsAll) ?? []) names.add(m.replace(/^[^a-z0-9]/, ''));
  }
  return names.size;
}

/** Generic words for where a charter applies. */
export const FR_PLATFORMS =
  /\b(?:medias sociaux|reseaux sociaux|plateformes?(?: sociales| numeriques)?|comptes?|pages?|blogues?|blogs?|sites?(?: web)?|forums?|messageries?|applications?|outils numeriques|canaux|chaines?|profils?|web|internet)\b/;
export const EN_PLATFORMS =
  /\b(?:social media|social networks?(?:ing)?|social (?:channels|platforms|sites|accounts)|platforms?|accounts?|channels?|pages?|sites?|websites?|blogs?|forums?|apps?|online (?:communities|services|spaces)|messaging|internet|web)\b/;

/** People a charter addresses. */
export const FR_PEOPLE =
  /\b(?:personnel|employe(?:e|s|es)?|membres?|eleves?|etudiant(?:e|s|es)?|enseignant(?:e|s|es)?|parents?|benevoles?|gestionnaires?|stagiaires?|elu(?:e|s|es)?|citoyen(?:ne|s|nes)?|abonne(?:e|s|es)?|internautes?|usagers?|utilisat(?:eur|eurs|rice|rices)|tous|toutes|chacun(?:e)?|quiconque|toute personne|l'ensemble|communaute|intervenant(?:e|s|es)?|directions?|cadres?|fonctionnaires?|agent(?:e|s|es)?|salarie(?:e|s|es)?|collaborat(?:eur|eurs|rice|rices))\b/;
export const EN_PEOPLE =
  /\b(?:staff|employees?|faculty|students?|pupils?|members?|volunteers?|contractors?|everyone|anyone|all|users?|public servants?|teachers?|parents?|residents?|visitors?|council(?:l)?ors?|trustees?|workers?|personnel|community|officials?|administrators?|managers?|followers?|people|individuals?|representatives?|coaches|anybody)\b/;

/** Dates: "15 novembre 2026", "November 15, 2026", "2026-11-15", "09/2026", a year. */
export const DATE =
  /\b(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:19|20)\d{2}|(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december) \d{4})\b/;
