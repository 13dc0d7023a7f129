// R17: merging two files of one family. It asks every module that keeps family data to move
// its part (families, intake, trajectories, plans, assignment, coaching); nothing depends on it
// but the app, which hands `mergeFamilyFiles` to intake's duplicate review.

export { FAMILY_REFERENCES } from './family-references';
export { mergeFamilyFiles } from './merge-family-files';
export { mergingRoutes } from './merging.routes';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
