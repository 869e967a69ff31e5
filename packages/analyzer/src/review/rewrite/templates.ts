/**
 * Enabling sentences to add beside a restrictive one when no rewording applies: what people can do,
 * who helps them, what happens after an honest mistake. Filled from the organization's profile when
 * it is known (its name, its kind, its values).
 */
import type { Lang, ToneLabel } from '../../types.js';
import type { OrganizationProfile } from '../types.js';

/** Who helps, as a noun phrase with its article, in each language. */
interface Team {
  /** "le service des communications de X", "the communications team at X". */
  np: string;
  /** The same after "à" ("au service …") — French only; English uses `np`. */
  toNp: string;
}

/** Institution nouns a French name may open with, and their gender: "Centre de services …" → "du Centre …". */
const INSTITUTIONS: Record<string, 'm' | 'f'> = {
  centre: 'm',
  conseil: 'm',
  collège: 'm',
  cégep: 'm',
  service: 'm',
  musée: 'm',
  ministère: 'm',
  office: 'm',
  club: 'm',
  syndicat: 'm',
  groupe: 'm',
  institut: 'm',
  hôpital: 'm',
  commission: 'f',
  école: 'f',
  université: 'f',
  ville: 'f',
  municipalité: 'f',
  société: 'f',
  association: 'f',
  fédération: 'f',
  bibliothèque: 'f',
  régie: 'f',
  fondation: 'f',
  entreprise: 'f',
  organisation: 'f',
  agence: 'f',
  cité: 'f',
  maison: 'f',
  coopérative: 'f',
  caisse: 'f',
};

const VOWEL = /^[aeiouyàâéèêëîïôûüœ]/i;

/** "de" + a name, with the article it needs: "du Centre …", "de l'Université …", "d'Acme", "de la Ville …". */
function deName(name: string): string {
  if (/^le /i.test(name)) return `du ${name.slice(3)}`;
  if (/^les /i.test(name)) return `des ${name.slice(4)}`;
  if (/^la /i.test(name)) return `de la ${name.slice(3)}`;
  if (/^l['’]/i.test(name)) return `de l'${name.slice(2)}`;
  const gender = INSTITUTIONS[name.split(/[\s-]/)[0].toLowerCase()];
  if (gender) return VOWEL.test(name) ? `de l'${name}` : gender === 'm' ? `du ${name}` : `de la ${name}`;
  return VOWEL.test(name) || /^h/i.test(name) ? `d'${name}` : `de ${name}`;
}

function frenchTeam(org: OrganizationProfile): Team {
  const name = org.name?.trim() || null;
  if (org.kind === 'school') {
    const np = name ? `la direction ${deName(name)}` : "la direction de l'école";
    return { np, toNp: `à ${np}` };
  }
  const np = `le service des communications${name ? ` ${deName(name)}` : ''}`;
  return { np, toNp: `au service des communications${name ? ` ${deName(name)}` : ''}` };
}

function englishTeam(org: OrganizationProfile): Team {
  const name = org.name?.trim() || null;
  const base = org.kind === 'school' ? 'the school office' : 'the communications team';
  const np = name ? `${base} at ${name}` : base;
  return { np, toNp: np };
}

/** "A, B et C" / "A, B and C". */
function list(items: string[], and: string): string {
  const clean = items.map((v) => v.trim()).filter((v) => v !== '');
  if (clean.length <= 1) return clean.join('');
  return `${clean.slice(0, -1).join(', ')} ${and} ${clean[clean.length - 1]}`;
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

function french(label: ToneLabel, org: OrganizationProfile): string {
  const team = frenchTeam(org);
  const values = list(org.values, 'et');
  switch (label) {
    case 'prohibition':
      return values
        ? `En cas de doute, ${team.np} peut vous aider à trouver une façon de faire qui respecte cette règle et nos valeurs : ${values}.`
        : `En cas de doute, ${team.np} peut vous aider à trouver une façon de faire qui respecte cette règle.`;
    case 'obligation':
      return `${cap(team.np)} peut vous accompagner pour appliquer cette consigne : n'hésitez pas à lui écrire.`;
    case 'sanction':
      return `Une erreur de bonne foi peut arriver à tout le monde : corrigez-la rapidement et prévenez ${team.np}, qui vous aidera.`;
    default:
      return `Pour toute question, écrivez ${team.toNp}.`;
  }
}

function english(label: ToneLabel, org: OrganizationProfile): string {
  const team = englishTeam(org);
  const values = list(org.values, 'and');
  switch (label) {
    case 'prohibition':
      return values
        ? `If in doubt, ${team.np} can help you find a way to do it that respects this rule and our values: ${values}.`
        : `If in doubt, ${team.np} can help you find a way to do it that respects this rule.`;
    case 'obligation':
      return `${cap(team.np)} can help you put this into practice: feel free to reach out.`;
    case 'sanction':
      return `Honest mistakes happen: correct them quickly and let ${team.np} know, and they will help you.`;
    default:
      return `For any question, write to ${team.toNp}.`;
  }
}

/**
 * The text of an enabling sentence to add next to a restrictive one, varying by label (prohibition:
 * help finding a way that respects the rule; obligation: help applying it; sanction: room for honest
 * error), with the organization's name, kind and values filled in when known.
 *
 * @example
 * enablingTemplate('sanction', 'fr', { name: 'Acme', kind: 'company', values: [], platforms: [] })
 * // → "Une erreur de bonne foi peut arriver à tout le monde : corrigez-la rapidement et prévenez le
 * //    service des communications d'Acme, qui vous aidera."
 */
export function enablingTemplate(label: ToneLabel, lang: Lang, organization: OrganizationProfile): string {
  return lang === 'fr' ? french(label, organization) : english(label, organization);
}
