// Care hours travel in whole minutes (R5 counts minutes); people type and read them as hours with
// a decimal comma: "2,5" is 2 hours 30 minutes, "8,25" is 8 hours 15. The typed text is parsed
// digit by digit, never through a float, so what is typed is what the project's split sees.

const HOURS = /^(\d{1,3})(?:[,.](\d{1,2}))?$/;

/** "2,5" → 150, "8" → 480, "0,25" → 15 (a dot works too); null when it is not a number of hours. */
export function parseHoursInput(input: string): number | null {
  const match = HOURS.exec(input.trim().replace(/\s*(u|h|uur|heures?)$/i, ''));
  if (!match) return null;
  const hundredths = Number((match[2] ?? '').padEnd(2, '0'));
  // Hundredths of an hour to minutes: ×60/100 = ×3/5, rounded to the nearest minute.
  return Number(match[1]) * 60 + Math.round((hundredths * 3) / 5);
}

/** Minutes as the text an hours field starts with: 150 → "2,5", 495 → "8,25", 480 → "8". */
export function minutesToHoursInput(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '';
  let whole = Math.floor(minutes / 60);
  let hundredths = Math.round(((minutes % 60) * 5) / 3);
  if (hundredths === 100) {
    whole += 1;
    hundredths = 0;
  }
  if (hundredths === 0) return String(whole);
  return `${whole},${String(hundredths).padStart(2, '0').replace(/0$/, '')}`;
}
