// Passkeys (WebAuthn) on the person's own account, and at the second-factor step (ADR 040).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../contracts/common';
import { addPasskeyBody, passkeyDto, webauthnOptionsDto } from '../../../contracts/passkeys';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { addPasskey } from './add-passkey';
import { listPasskeys } from './list-passkeys';
import { removePasskey } from './remove-passkey';
import { startPasskeyRegistration } from './start-passkey-registration';
import { startPasskeySignIn } from './start-passkey-sign-in';
import { relyingPartyOf } from './webauthn';

const tags = ['identity'];

export function passkeysRoutes(deps: { db: Db; publicUrl: string }): FastifyPluginAsyncZod {
  const { db } = deps;
  const rp = relyingPartyOf(deps.publicUrl);
  return async (app) => {
    app.get(
      '/api/v1/auth/passkeys',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'listPasskeys',
          summary: "The signed-in person's passkeys",
          tags,
          response: { 200: z.array(passkeyDto) },
        },
      },
      async (request) => listPasskeys(db, actorOf(request)),
    );

    app.post(
      '/api/v1/auth/passkeys/registration-options',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'startPasskeyRegistration',
          summary: 'Start adding a passkey: options and a one-use challenge for the browser',
          tags,
          response: { 200: webauthnOptionsDto },
        },
      },
      async (request) => startPasskeyRegistration(db, actorOf(request), rp),
    );

    app.post(
      '/api/v1/auth/passkeys',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'addPasskey',
          summary: "Add a passkey with the authenticator's answer to the challenge, under a name",
          tags,
          body: addPasskeyBody,
          response: { 201: passkeyDto, 422: errorResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addPasskey(db, actorOf(request), rp, request.body)),
    );

    app.delete(
      '/api/v1/auth/passkeys/:passkeyId',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'removePasskey',
          summary: 'Remove one of the own passkeys',
          tags,
          params: z.object({ passkeyId: z.uuid() }),
          response: { 204: z.null(), 404: errorResponse },
        },
      },
      async (request, reply) => {
        await removePasskey(db, actorOf(request), request.params.passkeyId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/second-factor/passkey-options',
      {
        config: { access: 'authenticated', duringSignIn: true },
        schema: {
          operationId: 'startPasskeySignIn',
          summary: 'Second step of signing in with a passkey: options and a one-use challenge',
          tags,
          response: { 200: webauthnOptionsDto, 409: errorResponse, 422: errorResponse },
        },
      },
      async (request) => startPasskeySignIn(db, actorOf(request), rp),
    );
  };
}
