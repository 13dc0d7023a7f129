// Intake: a family referred twice should become one file (R17, one family one plan). A
// possible duplicate is a known family in the same municipality with a child of the same
// birth (or due) date and a similar name. Names are optional (R31), so a missing name
// neither proves nor rules out a match: it is flagged for the coordinator to judge.
import { distance } from 'fastest-levenshtein';
import type { IsoDate } from './dates';

export type PersonName = { givenName?: string | null; familyName?: string | null };
export type ChildKey = PersonName & { birthDate?: IsoDate | null; dueDate?: IsoDate | null };

export type FamilySketch = {
  municipalityNis: string;
  children: ChildKey[];
  otherMembers?: PersonName[];
};

/** R17: a referral's review of the families it may duplicate. */
export const DUPLICATE_REVIEWS = ['none', 'pending', 'linked', 'dismissed'] as const;
export type DuplicateReview = (typeof DUPLICATE_REVIEWS)[number];

export type DuplicateReason = 'sameMunicipality' | 'sameChildBirthDate' | 'similarName' | 'nameUnknown';

const SIMILARITY_THRESHOLD = 0.8;

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** 1 for equal names, 0 for nothing in common (Levenshtein distance over the longer length). */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  return 1 - distance(x, y) / Math.max(x.length, y.length);
}

function keyDate(child: ChildKey): IsoDate | null {
  return child.birthDate ?? child.dueDate ?? null;
}

function familyNames(family: FamilySketch): string[] {
  return [...family.children, ...(family.otherMembers ?? [])]
    .map((p) => p.familyName)
    .filter((n): n is string => Boolean(n?.trim()));
}

const similar = (a: string, b: string) => nameSimilarity(a, b) >= SIMILARITY_THRESHOLD;

/**
 * Why `candidate` may be the same family as `incoming`, or null when it is not a candidate.
 * Names compared: the family names, and the given names of the children who share a date.
 * A parent's common given name alone ("Sofie") is no evidence.
 */
export function duplicateReasons(incoming: FamilySketch, candidate: FamilySketch): DuplicateReason[] | null {
  if (incoming.municipalityNis !== candidate.municipalityNis) return null;
  const pairs = incoming.children.flatMap((c) => {
    const date = keyDate(c);
    return date ? candidate.children.filter((k) => keyDate(k) === date).map((k) => [c, k] as const) : [];
  });
  if (pairs.length === 0) return null;

  const base: DuplicateReason[] = ['sameMunicipality', 'sameChildBirthDate'];
  const incomingFamilyNames = familyNames(incoming);
  const candidateFamilyNames = familyNames(candidate);
  const givenPairs = pairs.filter(([a, b]) => a.givenName?.trim() && b.givenName?.trim());
  const nothingToCompare =
    givenPairs.length === 0 && (incomingFamilyNames.length === 0 || candidateFamilyNames.length === 0);
  if (nothingToCompare) return [...base, 'nameUnknown'];

  const familyNameMatch = incomingFamilyNames.some((a) => candidateFamilyNames.some((b) => similar(a, b)));
  const childNameMatch = givenPairs.some(([a, b]) => similar(a.givenName as string, b.givenName as string));
  return familyNameMatch || childNameMatch ? [...base, 'similarName'] : null;
}
