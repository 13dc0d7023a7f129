// The only place on the server that reads the machine's clock (ADR 027; checked by
// server-reads-no-clock.test.ts). Everything else gets a Clock from the app.
import type { Clock } from '../../../domain/clock';
import { brusselsDay } from '../../../domain/dates';

export const systemClock: Clock = {
  today: () => brusselsDay(new Date()),
  now: () => new Date(),
};
