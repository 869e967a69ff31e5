import type { ClauseId } from '../../types.js';
import { CLAUSES } from '../../types.js';
import type { ClauseDetector } from '../detector.js';
import { communityManagement } from './community-management.js';
import { helpContact } from './help-contact.js';
import { humanError } from './human-error.js';
import { imageConsent } from './image-consent.js';
import { incidentReporting } from './incident-reporting.js';
import { initiatives } from './initiatives.js';
import { intellectualProperty } from './intellectual-property.js';
import { officialAccounts } from './official-accounts.js';
import { personalUse } from './personal-use.js';
import { privacy } from './privacy.js';
import { proportionalConsequences } from './proportional-consequences.js';
import { purpose } from './purpose.js';
import { respect } from './respect.js';
import { reviewDate } from './review-date.js';
import { scope } from './scope.js';

const BY_ID: Record<ClauseId, ClauseDetector> = {
  purpose,
  scope,
  'official-accounts': officialAccounts,
  'personal-use': personalUse,
  privacy,
  'image-consent': imageConsent,
  respect,
  'intellectual-property': intellectualProperty,
  'human-error': humanError,
  initiatives,
  'community-management': communityManagement,
  'help-contact': helpContact,
  'incident-reporting': incidentReporting,
  'proportional-consequences': proportionalConsequences,
  'review-date': reviewDate,
};

/** One detector per key clause, in the order of `CLAUSES`. */
export const DETECTORS: readonly ClauseDetector[] = CLAUSES.map((id) => BY_ID[id]);
