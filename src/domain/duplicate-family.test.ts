import { describe, expect, it } from 'vitest';
import { duplicateReasons, nameSimilarity } from './duplicate-family';

const known = {
  municipalityNis: '46021',
  children: [{ givenName: 'Noah', familyName: 'Peeters', birthDate: '2016-04-01' }],
  otherMembers: [{ givenName: 'Sofie', familyName: 'Peeters' }],
};

describe('possible duplicate family', () => {
  it('matches the same child date, municipality and a similar family name', () => {
    const incoming = {
      municipalityNis: '46021',
      children: [{ familyName: 'Peters', birthDate: '2016-04-01' }],
    };
    expect(duplicateReasons(incoming, known)).toEqual([
      'sameMunicipality',
      'sameChildBirthDate',
      'similarName',
    ]);
  });

  it('matches on the child’s given name when family names differ (a new partner’s name)', () => {
    const incoming = {
      municipalityNis: '46021',
      children: [{ givenName: 'Noah', familyName: 'Janssens', birthDate: '2016-04-01' }],
    };
    expect(duplicateReasons(incoming, known)).toContain('similarName');
  });

  it('flags for review when names are unknown (an anonymous referral, R31)', () => {
    const incoming = { municipalityNis: '46021', children: [{ birthDate: '2016-04-01' }] };
    expect(duplicateReasons(incoming, known)).toEqual([
      'sameMunicipality',
      'sameChildBirthDate',
      'nameUnknown',
    ]);
  });

  it('does not match another municipality, another date, or other names', () => {
    const base = { children: [{ givenName: 'Noah', familyName: 'Peeters', birthDate: '2016-04-01' }] };
    expect(duplicateReasons({ ...base, municipalityNis: '46025' }, known)).toBeNull();
    expect(
      duplicateReasons(
        { municipalityNis: '46021', children: [{ familyName: 'Peeters', birthDate: '2016-04-02' }] },
        known,
      ),
    ).toBeNull();
    const stranger = {
      municipalityNis: '46021',
      children: [{ givenName: 'Lina', familyName: 'Yilmaz', birthDate: '2016-04-01' }],
      otherMembers: [{ givenName: 'Sofie', familyName: 'Yilmaz' }], // same parent first name is no evidence
    };
    expect(duplicateReasons(stranger, known)).toBeNull();
  });

  it('matches an unborn child by due date', () => {
    const expecting = {
      municipalityNis: '46021',
      children: [{ dueDate: '2027-02-01', familyName: 'Aerts' }],
    };
    expect(
      duplicateReasons(expecting, {
        municipalityNis: '46021',
        children: [{ dueDate: '2027-02-01', familyName: 'Aerts' }],
      }),
    ).not.toBeNull();
  });

  it('compares names without accents, case or punctuation', () => {
    expect(nameSimilarity('Zoë', 'zoe')).toBe(1);
    expect(nameSimilarity('Van Damme', 'Vandamme')).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity('El Amrani', 'Peeters')).toBeLessThan(0.5);
  });
});
