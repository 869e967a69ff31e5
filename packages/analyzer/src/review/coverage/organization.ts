import type { OrganizationProfile } from '../types.js';
import type { OrganizationTerms } from './detector.js';
import { phrasePattern } from './text.js';

/**
 * Turns the organization's platforms and values into whole-word patterns, once per review.
 *
 * @example
 * organizationTerms({ name: null, kind: null, values: ['Bienveillance'], platforms: [] }).values?.test('la bienveillance') // → true
 */
export function organizationTerms(organization: OrganizationProfile): OrganizationTerms {
  const platforms = phrasePattern(organization.platforms);
  return {
    platforms,
    platformsAll: platforms && new RegExp(platforms.source, 'g'),
    values: phrasePattern(organization.values),
  };
}
