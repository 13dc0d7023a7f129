// R8: a funding line may end (the volunteers line ends 31-12-2026): nothing new starts on it
// after its end date. A line switched off by the collaboration takes nothing new either.
import type { IsoDate } from './dates';

export function isLineOpenOn(line: { endsOn: IsoDate | null; isActive: boolean }, date: IsoDate): boolean {
  return line.isActive && (line.endsOn === null || date <= line.endsOn);
}
