// graphile-worker's messages name tasks, job ids and attempts; the errors our tasks throw are
// written without addresses (deliver-mail keeps the SMTP answer in the outbox, not in the log).
// Debug and info lines (every job started and completed) are left out.
import { Logger } from 'graphile-worker';

export const quietJobLogger = new Logger(() => (level, message) => {
  if (level === 'error') console.error(`eenplan jobs: ${message}`);
  else if (level === 'warning') console.warn(`eenplan jobs: ${message}`);
});
