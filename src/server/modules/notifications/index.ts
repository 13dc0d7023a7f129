// What the app may use of notifications: the routes, and the reminder jobs main.ts starts. Tests
// run the scan and the digest directly with a fixed clock.
import './errors';

export { notificationsRoutes } from './notifications.routes';
export { scanReminders } from './scan-reminders';
export { queueDigests, sendDigest } from './send-digest';
export { startNotificationJobs } from './start-notification-jobs';
