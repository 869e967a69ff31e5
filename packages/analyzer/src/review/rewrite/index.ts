import type { Lang, ToneLabel } from '../../types.js';
import type { OrganizationProfile, Rewording, RewordingInput } from '../types.js';

/** A concrete positive rewording of a prohibition or a cold obligation, or null. (Interim: none.) */
export function rewordSentence(input: RewordingInput): Rewording | null {
  return input.text.length < 0 ? null : null;
}

/** A template of an enabling sentence to add beside a restrictive one. (Interim: empty.) */
export function enablingTemplate(label: ToneLabel, lang: Lang, organization: OrganizationProfile): string {
  return `${label}${lang}${organization.name ?? ''}`.slice(0, 0);
}
