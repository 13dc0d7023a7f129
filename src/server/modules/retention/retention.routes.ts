import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../contracts/common';
import {
  dueFilesResponse,
  retentionSettingsDto,
  saveRetentionSettingsBody,
} from '../../../contracts/retention';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { listDueFiles } from './list-due-files';
import { getRetentionSettings, saveRetentionSettings } from './retention-settings';

const tags = ['retention'];

export function retentionRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/retention/settings',
      {
        config: { access: 'retention:manage' },
        schema: {
          operationId: 'getRetentionSettings',
          summary: 'Read how long the collaboration keeps its files (R30)',
          tags,
          response: { 200: retentionSettingsDto, ...errorResponses(403) },
        },
      },
      async (request) => getRetentionSettings(db, actorOf(request)),
    );

    app.put(
      '/api/v1/retention/settings',
      {
        config: { access: 'retention:manage' },
        schema: {
          operationId: 'saveRetentionSettings',
          summary: 'Set the age until which files are kept (R30)',
          description: 'The youngest member’s age at which a file is destroyed: 35 by default, 25 to 75.',
          tags,
          body: saveRetentionSettingsBody,
          response: { 200: retentionSettingsDto, ...errorResponses(400, 403, 409, 422) },
        },
      },
      async (request) => saveRetentionSettings(db, actorOf(request), request.body),
    );

    app.get(
      '/api/v1/retention/due-files',
      {
        config: { access: 'retention:read' },
        schema: {
          operationId: 'listDueFiles',
          summary: 'List the files due for destruction in the next 90 days (R30)',
          tags,
          response: { 200: dueFilesResponse, ...errorResponses(403) },
        },
      },
      async (request) => listDueFiles(db, actorOf(request)),
    );
  };
}
