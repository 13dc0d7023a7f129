import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, idParams } from '../../../contracts/common';
import {
  notificationDto,
  notificationListQuery,
  notificationListResponse,
  reminderPreferences,
  unreadCountResponse,
} from '../../../contracts/notifications';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { countUnreadNotifications, listNotifications } from './list-notifications';
import { markAllNotificationsReadFor, markNotificationReadFor } from './mark-notifications-read';
import { getReminderPreferences, saveReminderPreferences } from './reminder-preferences';

const tags = ['notifications'];

/**
 * Issue 12 point 7: a professional's own notifications and reminder choices ('staff': a family's
 * account gets its own portal). Everything here is the signed-in person's own; another person's
 * notification answers 404.
 */
export function notificationsRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/notifications',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'listNotifications',
          summary: 'List my notifications, newest first, a page at a time',
          tags,
          querystring: notificationListQuery,
          response: { 200: notificationListResponse },
        },
      },
      async (request) => listNotifications(db, actorOf(request), request.query.page),
    );

    app.get(
      '/api/v1/notifications/unread-count',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'countUnreadNotifications',
          summary: 'Count my unread notifications (the bell)',
          tags,
          response: { 200: unreadCountResponse },
        },
      },
      async (request) => countUnreadNotifications(db, actorOf(request)),
    );

    app.post(
      '/api/v1/notifications/:id/read',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'markNotificationRead',
          summary: 'Mark one of my notifications read',
          tags,
          params: idParams,
          response: { 200: notificationDto, 404: errorResponse },
        },
      },
      async (request) => markNotificationReadFor(db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/notifications/read-all',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'markAllNotificationsRead',
          summary: 'Mark all my notifications read',
          tags,
          response: { 200: z.object({ marked: z.number().int() }) },
        },
      },
      async (request) => markAllNotificationsReadFor(db, actorOf(request)),
    );

    app.get(
      '/api/v1/notifications/preferences',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'getReminderPreferences',
          summary: 'Read how each kind of reminder reaches me: in the app, by e-mail, in a daily digest',
          tags,
          response: { 200: reminderPreferences },
        },
      },
      async (request) => getReminderPreferences(db, actorOf(request)),
    );

    app.put(
      '/api/v1/notifications/preferences',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'saveReminderPreferences',
          summary: 'Choose how each kind of reminder reaches me',
          tags,
          body: reminderPreferences,
          response: { 200: reminderPreferences, 422: errorResponse },
        },
      },
      async (request) => saveReminderPreferences(db, actorOf(request), request.body),
    );
  };
}
