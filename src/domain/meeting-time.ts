// A meeting is at "14:00" on the Brussels clock. Calendar files need the instant, which shifts
// by an hour between winter (UTC+1) and summer (UTC+2) time: computed here, not by the server's
// own time zone.
import type { IsoDate } from './dates';

const ZONE = 'Europe/Brussels';

/** Minutes Brussels is ahead of UTC at a given instant. */
function offsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant of a Brussels wall-clock time ("HH:MM") on a calendar day. */
export function brusselsTimeToInstant(date: IsoDate, time: string): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const wall = Date.parse(`${date}T00:00:00Z`) + (h * 60 + m) * 60_000;
  // Two passes: the offset at the guessed instant decides the instant (right across DST changes).
  let instant = wall - offsetMinutes(new Date(wall)) * 60_000;
  instant = wall - offsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}
