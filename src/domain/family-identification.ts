// "Do we know this family?" is a referral index, not a list to browse (issue 10; R29: share only
// what the help needs). Outside their own lists, people of the team learn that a family is
// known and whom to ask only for an exact enough identification: the full surname (case and
// accents aside) together with the municipality or the birth year of a member — never for a
// fragment of a name.

export type FamilyIdentification = { familyName: string; municipalityNis?: string; birthYear?: number };

// Accented letters folded to plain ones; the same table is used in SQL (translate()), so that
// the database and the rule compare the same way whatever the database's locale.
export const ACCENTED = 'áàâäãåéèêëíìîïóòôöõúùûüýÿçñÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÝÇÑ';
export const PLAIN = 'aaaaaaeeeeiiiiooooouuuuyycnAAAAAAEEEEIIIIOOOOOUUUUYCN';

const FOLD = new Map([...ACCENTED].map((c, i) => [c, PLAIN[i] as string]));

/** "  Van  Dæle" and "van däle" compare equal: accents folded, case and spacing ignored. */
export function normalizeSurname(name: string): string {
  return [...name.trim().replace(/\s+/g, ' ')]
    .map((c) => FOLD.get(c) ?? c)
    .join('')
    .toLowerCase();
}

/** The field that is missing for an exact enough identification, or null when it is enough. */
export function missingIdentification(input: FamilyIdentification): 'familyName' | 'municipalityNis' | null {
  if (normalizeSurname(input.familyName) === '') return 'familyName';
  if (!input.municipalityNis && input.birthYear === undefined) return 'municipalityNis';
  return null;
}
