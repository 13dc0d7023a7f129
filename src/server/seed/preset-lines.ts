import type { IsoDate } from '../../domain/dates';
import { PRESET_FUNDING_LINES } from '../modules/funding';

/**
 * R8: whether a preset line still takes new referrals and trajectories on a day. The demo loads
 * on any day, also after the volunteers line ended (31/12/2026): then nothing new goes on it.
 */
export function isPresetLineOpen(code: string, on: IsoDate): boolean {
  const line = PRESET_FUNDING_LINES.find((l) => l.code === code);
  return !line || !('endsOn' in line) || on <= line.endsOn;
}
