// Consent and sharing (R29), minors (R27), what is never shown to the family (R28): issue 13.

export { deleteConsentRecordsOf } from './consent.repository';
export { consentRoutes } from './consent.routes';
export { moveConsentsOfFamily } from './move-consent-records';
export { giveOwnConsent, readOwnConsents, withdrawOwnConsent } from './own-consents';
export { shareWithPartner } from './share-with-partner';
export { visibilityFactsOf } from './visibility-facts';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
