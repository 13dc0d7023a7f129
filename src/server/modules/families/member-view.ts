import type { MemberRole } from '../../../contracts/intake';
import type { MemberRow } from './families.repository';

export type MemberView = {
  id: string;
  role: MemberRole;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  dueDate: string | null;
  version: number;
};

export function toMemberView(row: MemberRow): MemberView {
  return {
    id: row.id,
    role: row.role,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    dueDate: row.dueDate,
    version: row.version,
  };
}

/** How a family is named in lists: the family name(s) known, else "anonymous" (R31). */
export function familyLabel(members: MemberView[]): string | null {
  const names = [...new Set(members.map((m) => m.familyName?.trim()).filter((n): n is string => Boolean(n)))];
  return names.length > 0 ? names.join(' – ') : null;
}
