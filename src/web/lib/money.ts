// Money travels in euro cents (integers). People read it as "€ 1.500,00" and type it as
// "1500", "1500,00", "1.500,00" or "€ 1.500,5". The typed text is parsed digit by digit into
// whole euros and cents, never through a float, so 0,29 is 29 cents and not 28,999….

/** Cents as a Belgian amount in the reader's language: € 1.500,00 (nl-BE), 1 500,00 € (fr-BE). */
export function formatEuro(cents: number, languageTag = 'nl-BE'): string {
  return new Intl.NumberFormat(languageTag, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Whole euros only, for chart axes and tight places: € 1.500. */
export function formatEuroShort(cents: number, languageTag = 'nl-BE'): string {
  return new Intl.NumberFormat(languageTag, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(Math.round(cents / 100));
}

/** Cents as the text a money field starts with: 150000 → "1.500,00" (Belgian, no sign). */
export function centsToInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${grouped},${String(rest).padStart(2, '0')}`;
}

const GROUPED = /^\d{1,3}(\.\d{3})+$/; // 1.500 or 12.345.678: dots group thousands
const PLAIN = /^\d+$/;

/**
 * What a person typed → cents, or null when it is not an amount. A comma is the decimal
 * separator; dots (and spaces) group thousands. Without a comma, one dot followed by one or two
 * digits is read as a decimal point (someone typing 12.50), any other dots as groups (1.500).
 */
export function parseEuroInput(input: string): number | null {
  const text = input
    .trim()
    .replace(/^€\s*/, '')
    .replace(/\s*€$/, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^EUR/i, '')
    .replace(/EUR$/i, '');
  if (text === '') return null;

  let whole: string;
  let fraction = '';
  const comma = text.split(',');
  if (comma.length > 2) return null;
  if (comma.length === 2) {
    whole = comma[0] as string;
    fraction = comma[1] as string;
  } else {
    const decimalDot = /^(\d+)\.(\d{1,2})$/.exec(text);
    if (decimalDot && !GROUPED.test(text)) {
      whole = decimalDot[1] as string;
      fraction = decimalDot[2] as string;
    } else {
      whole = text;
    }
  }
  if (whole === '') whole = '0';
  if (!PLAIN.test(whole) && !GROUPED.test(whole)) return null;
  if (!/^\d{0,2}$/.test(fraction)) return null;

  const euros = Number(whole.replaceAll('.', ''));
  const cents = Number(fraction.padEnd(2, '0'));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}
