// The family's voice (R16, issue 13 point 3): its own words, its answers to plan versions, the
// corrections it asks, its messages — and the worker's answers (ADR 045).
export { moveFamilyVoice } from './move-family-voice';
export { portalVoiceRoutes } from './portal-voice.routes';
export { deleteFamilyVoiceOf } from './voice.repository';
export { voiceRoutes } from './voice.routes';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
