// The demo collaboration's governance: a living steering group with two past meetings (minutes
// shared, attendance with excused and "tvv", decisions, to-dos done, open and overdue, an advice
// round whose principled objection was withdrawn), the next meeting already sent out with an
// open advice round, working groups, an employers' council and the engagement declarations.
// Every person here is fictional; none of the names in the source minutes is used.
import type { BodyMemberInput } from '../../contracts/governance/bodies';
import { addDays, type IsoDate } from '../../domain/dates';
import { addBodyMember, createAgreement, createBody, recordSignature } from '../modules/governance';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';
import { seedGovernanceMeetings } from './seed-governance-meetings';

type Context = { actors: Map<string, Actor>; orgIds: Map<string, string>; today: IsoDate };

export async function seedGovernance(db: Db, { actors, orgIds, today }: Context) {
  const staff = actors.get('staffOfficer') as Actor;
  const since = addDays(today, -540);
  const org = (key: string) => orgIds.get(key) ?? null;
  const userOf = (role: string) => actors.get(role)?.userId ?? null;

  // ── Bodies and members ──────────────────────────────────────────────────────────────────
  const sg = await createBody(db, staff, { kind: 'steeringGroup', name: 'Stuurgroep', abbreviation: 'SG' });
  const m = async (bodyId: string, member: Omit<BodyMemberInput, 'from'> & { from?: IsoDate }) =>
    addBodyMember(db, staff, bodyId, { from: since, ...member });
  await m(sg.id, {
    name: 'Hanne Pauwels',
    role: 'chair',
    organisationId: org('clb'),
    userId: userOf('leadPartner'),
  });
  await m(sg.id, {
    name: 'Elise Vermeersch',
    role: 'advisor',
    organisationName: 'coördinator',
    userId: userOf('coordinator'),
  });
  await m(sg.id, {
    name: 'Tom Wouters',
    role: 'secretary',
    organisationName: 'stafmedewerker',
    userId: userOf('staffOfficer'),
  });
  await m(sg.id, {
    name: 'Pieter Goossens',
    role: 'member',
    organisationId: org('cgg'),
    userId: userOf('steeringMember'),
  });
  await m(sg.id, { name: 'Marleen Verstraete', role: 'member', organisationId: org('caw') });
  await m(sg.id, {
    name: 'Dirk Baert',
    role: 'member',
    organisationId: org('ocmw'),
    deputyName: 'Femke Bogaerts',
  });
  await m(sg.id, { name: 'Sanne Lievens', role: 'member', organisationId: org('ckg') });
  await m(sg.id, { name: 'Rik Meulemans', role: 'member', organisationId: org('hvhk') });
  await m(sg.id, { name: 'Isabel Moens', role: 'member', organisationId: org('familyCare') });
  await m(sg.id, { name: 'Luc Vandamme', role: 'advisor', organisationName: 'Opgroeien (regio)' });
  const last = await m(sg.id, {
    name: 'Jef Wuyts',
    role: 'member',
    organisationId: org('crisis'),
    to: addDays(today, -200),
  });

  const wg1 = await createBody(db, staff, {
    kind: 'workingGroup',
    name: 'Werkgroep 1: engagement werkgevers',
  });
  await m(wg1.id, { name: 'Sanne Lievens', role: 'lead', organisationId: org('ckg') });
  await m(wg1.id, { name: 'Marleen Verstraete', role: 'member', organisationId: org('caw') });
  await m(wg1.id, { name: 'Tom Wouters', role: 'secretary', userId: userOf('staffOfficer') });
  const wg2 = await createBody(db, staff, { kind: 'workingGroup', name: 'Werkgroep 2: expertisedeling' });
  await m(wg2.id, { name: 'Rik Meulemans', role: 'lead', organisationId: org('hvhk') });
  await m(wg2.id, {
    name: 'Jonas De Wilde',
    role: 'member',
    organisationName: 'regiocoach',
    userId: userOf('coach'),
  });
  const council = await createBody(db, staff, {
    kind: 'employersCouncil',
    name: 'Werkgeversoverleg',
    abbreviation: 'WGO',
  });
  for (const [name, key] of [
    ['Hanne Pauwels', 'clb'],
    ['Marleen Verstraete', 'caw'],
    ['Sanne Lievens', 'ckg'],
    ['Isabel Moens', 'familyCare'],
  ] as const)
    await m(council.id, {
      name,
      role: name === 'Hanne Pauwels' ? 'chair' : 'member',
      organisationId: org(key),
    });

  await seedGovernanceMeetings(db, {
    staff,
    steering: actors.get('steeringMember') as Actor,
    today,
    steeringGroup: last,
    councilId: council.id,
    workingGroupId: wg1.id,
  });

  // ── Engagement declarations: the 2027 text is still with the advice round ─────────────
  const signing = ['clb', 'caw', 'cgg', 'ckg', 'ocmw', 'hvhk', 'familyCare', 'crisis'];
  const first = await createAgreement(db, staff, {
    kind: 'engagementDeclaration',
    version: '2024',
    title: 'Engagementsverklaring bij de start',
    validFrom: addDays(today, -700),
    commitments: [
      'Minstens één medewerker van de werkgever werkt voor minstens 50% in het team.',
      'De werkgever laat de medewerker minstens twee jaar in het team.',
    ],
  });
  const current = await createAgreement(db, staff, {
    kind: 'engagementDeclaration',
    version: '2026',
    title: 'Engagement van de werkgevers in het samenwerkingsverband',
    validFrom: addDays(today, -150),
    commitments: [
      'Leidinggevenden nemen deel aan het lerend netwerk.',
      'Tijd voor overleg en intervisie wordt gefaciliteerd.',
      'Een voltijds gedetacheerde medewerker heeft een coach of ankerpunt in de moederorganisatie.',
      'Minstens 80% van een typemodule wordt in het team ingezet.',
    ],
  });
  for (const key of signing) {
    const organisationId = org(key) as string;
    await recordSignature(db, staff, first.id, {
      organisationId,
      signedOn: addDays(today, -690),
      signedByName: 'Directie',
      signedByRole: 'directeur',
    });
    if (['clb', 'caw', 'ckg', 'ocmw', 'familyCare'].includes(key))
      await recordSignature(db, staff, current.id, {
        organisationId,
        signedOn: addDays(today, -140 + signing.indexOf(key) * 3),
        signedByName: 'Directie',
        signedByRole: 'algemeen directeur',
      });
  }
  return { bodies: 4, meetings: 5 };
}
