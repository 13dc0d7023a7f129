// What other modules and the app may use of messages: queue a mail in your transaction; the
// delivery worker and the administrator's outbox routes are the app's.
import './errors';

export { formatMailDate } from './format-mail-date';
export { holdQueuedMails } from './hold-queued-mails';
export { messagesRoutes } from './messages.routes';
export { queueMail } from './queue-mail';
export { startMailDelivery } from './start-mail-delivery';
