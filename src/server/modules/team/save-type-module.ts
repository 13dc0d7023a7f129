import type { TypeModuleInput } from '../../../contracts/team';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { findOrganisation } from '../network';
import { findTypeModule, insertTypeModule, updateTypeModule } from './team.repository';

async function checkEmployer(db: Executor, actor: Actor, input: TypeModuleInput) {
  if (!(await findOrganisation(db, actor.collaborationId, input.employerOrganisationId))) {
    throw unprocessable('ORGANISATION_UNKNOWN', 'employerOrganisationId');
  }
}

export async function createTypeModule(db: Db, actor: Actor, input: TypeModuleInput) {
  return db.transaction(async (tx) => {
    await checkEmployer(tx, actor, input);
    return insertTypeModule(tx, { collaborationId: actor.collaborationId, ...input });
  });
}

/** A module's size changes with the funding (a module more or less); R11's 80% follows it. */
export async function changeTypeModule(db: Db, actor: Actor, id: string, input: TypeModuleInput) {
  return db.transaction(async (tx) => {
    if (!(await findTypeModule(tx, actor.collaborationId, id))) throw notFound();
    await checkEmployer(tx, actor, input);
    return updateTypeModule(tx, id, input);
  });
}
