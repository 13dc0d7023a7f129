export { addMembersToFamily } from './add-members';
// R30: the families module's part of destroying a file (ADR 047).
export { anonymiseFamilyFiles, fileAndMergedFiles } from './anonymise-family-files';
export { type AssignmentGuard, assignInFile, assignWorker, endWorkerAssignment } from './assign-worker';
export { createFamily } from './create-family';
// The family's journey: the file's door and what plans and trajectories read of it.
export {
  findFamiliesByIds,
  findFamily,
  listActiveAssignments,
  listAssignmentsOf,
  listMembersOf,
  listNetworkOf,
  listRetentionFacts,
  lockFileForDestruction,
} from './families.repository';
export { familiesRoutes } from './families.routes';
export { type FamilyFile, inFamilyFile } from './family-file-access';
export { professionalServicesOn } from './family-file-view';
export { findPossibleDuplicates } from './find-possible-duplicates';
export { getFamilyFile } from './get-family-file';
export { familyLabel, type MemberView, toMemberView } from './member-view';
export {
  familiesMergedInto,
  lockFilesForMerge,
  type MergeFamilyFiles,
  mergeFamilyInto,
} from './merge-families';
export { recordFamilyIdentity } from './record-family-identity';
export { addNetworkMember } from './save-network-member';
export { StaleSave, staleSave, unlessStale } from './stale-save';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
