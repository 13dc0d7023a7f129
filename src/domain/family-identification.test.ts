import { describe, expect, it } from 'vitest';
import { missingIdentification, normalizeSurname } from './family-identification';

describe('an exact enough identification of a family', () => {
  it('compares surnames without case, accents or extra spaces', () => {
    expect(normalizeSurname('  Van   Hëcke ')).toBe(normalizeSurname('van hecke'));
    expect(normalizeSurname('Çelik')).toBe('celik');
    expect(normalizeSurname('Peeters')).not.toBe(normalizeSurname('Peeter'));
  });

  it('needs the surname with a municipality or a birth year', () => {
    expect(missingIdentification({ familyName: 'Peeters' })).toBe('municipalityNis');
    expect(missingIdentification({ familyName: '  ', municipalityNis: '46021' })).toBe('familyName');
    expect(missingIdentification({ familyName: 'Peeters', municipalityNis: '46021' })).toBeNull();
    expect(missingIdentification({ familyName: 'Peeters', birthYear: 2015 })).toBeNull();
  });
});
