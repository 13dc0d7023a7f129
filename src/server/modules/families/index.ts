export { addMembersToFamily } from './add-members';
export { createFamily } from './create-family';
export { findFamily, listMembersOf } from './families.repository';
export { type DuplicateCandidate, findPossibleDuplicates } from './find-possible-duplicates';
export { familyLabel, type MemberView, toMemberView } from './member-view';
export { mergeFamilyInto } from './merge-families';
