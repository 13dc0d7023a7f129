// The demo steering group's meetings (see seed-governance.ts): two held and minuted, one ahead.
import type { BodyDto } from '../../contracts/governance/bodies';
import { addDays, addMonths, type IsoDate } from '../../domain/dates';
import {
  closeObjection,
  createTodo,
  decideAdviceRound,
  freezeFigures,
  giveAdvice,
  openAdviceRound,
  planMeeting,
  recordAttendance,
  recordDecision,
  recordPreviousMinutes,
  sendInvitation,
  shareMinutes,
  updateAgendaItem,
  updateTodo,
} from '../modules/governance';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';

type Context = {
  staff: Actor;
  steering: Actor;
  today: IsoDate;
  steeringGroup: BodyDto;
  councilId: string;
  workingGroupId: string;
};

export async function seedGovernanceMeetings(db: Db, context: Context) {
  const { staff, steering, today, steeringGroup, councilId, workingGroupId } = context;
  const id = (name: string) => steeringGroup.members.find((x) => x.name === name)?.id as string;

  // ── First steering-group meeting: about five months ago ────────────────────────────────
  const d1 = addDays(today, -147);
  const place = 'Vergaderzaal CLB De Wegwijzer, Sint-Niklaas';
  const m1 = await planMeeting(db, staff, {
    bodyId: steeringGroup.id,
    date: d1,
    startTime: '14:00',
    endTime: '16:30',
    location: place,
    agenda: [
      { title: 'Terugkoppeling werkgroepen', presenter: 'Sanne Lievens', durationMinutes: 45 },
      { title: 'Coördinatie: uitbreiding van het team', presenter: 'Hanne Pauwels', durationMinutes: 30 },
      { title: 'Actielijn gezinszorg', presenter: 'Elise Vermeersch', durationMinutes: 30 },
      { title: 'Samenwerking met een dagbesteding voor jongeren', durationMinutes: 15 },
    ],
  });
  await sendInvitation(db, staff, m1.id);
  const attendance = (excused: string[], represented: [string, string][]) =>
    steeringGroup.members
      .filter((x) => x.isCurrent)
      .map((x) => {
        const tvv = represented.find(([member]) => member === x.name);
        return tvv
          ? { memberId: x.id, status: 'represented' as const, representedByName: tvv[1] }
          : {
              memberId: x.id,
              status: excused.includes(x.name) ? ('excused' as const) : ('present' as const),
            };
      });
  await recordAttendance(db, staff, m1.id, {
    entries: attendance(['Luc Vandamme', 'Rik Meulemans'], [['Dirk Baert', 'Femke Bogaerts']]),
  });
  const [i1, i2, i3, i4] = m1.agenda.map((i) => i.id) as [string, string, string, string];
  const minute = (meetingId: string, itemId: string, notes: string, reactions: string[] = []) =>
    updateAgendaItem(db, staff, meetingId, itemId, { outcome: 'discussed', notes, reactions });
  await minute(
    m1.id,
    i1,
    'Werkgroep 1 werkt aan een vernieuwde engagementsverklaring vanuit de vier basisprincipes. Werkgroep 2 brengt in kaart hoe expertise gedeeld wordt op drie niveaus.',
    [
      'Hoe maken we de afspraken concreet en volgen we ze op?',
      'Leidinggevenden van de werkgevers horen in het lerend netwerk thuis.',
    ],
  );
  await minute(
    m1.id,
    i2,
    'De kernpartner stelt voor om het team met één voltijdse verbindingsmedewerker uit te breiden, verdeeld over twee werkgevers.',
    ['Duidelijke rolverdeling met de regiocoaches is nodig.'],
  );
  await recordDecision(db, staff, {
    meetingId: m1.id,
    agendaItemId: i2,
    text: 'Het team wordt uitgebreid met één voltijdse verbindingsmedewerker, verdeeld over twee werkgevers.',
    evaluateOn: addMonths(d1, 24),
    evaluationLabel: 'na twee werkjaren',
  });
  await minute(
    m1.id,
    i3,
    'Gezinszorg ondersteunt jonge gezinnen twaalf weken lang, maximaal acht uur per week, en neemt binnen vijf dagen contact op.',
    [
      'Stopt gezinszorg na twaalf weken? Het kan verder, maar niet meer met middelen van het project.',
      'De doorverwijzer is aanwezig op het eerste gesprek.',
    ],
  );
  await recordDecision(db, staff, {
    meetingId: m1.id,
    agendaItemId: i3,
    text: 'Eén medewerker van het verbindingsteam wordt enkele uren vrijgesteld als aanspreekpunt voor de competentieversterking gezinszorg.',
    evaluateOn: addDays(today, 40),
    evaluationLabel: 'na het eerste projectjaar',
  });
  await updateAgendaItem(db, staff, m1.id, i4, { outcome: 'notReached' });
  const t1 = await createTodo(db, staff, {
    meetingId: m1.id,
    agendaItemId: i2,
    text: 'Vacature bezorgen aan alle werkgevers',
    ownerName: 'Kernpartner',
    dueOn: addDays(d1, 14),
  });
  await updateTodo(db, staff, t1.id, { status: 'done', doneOn: addDays(d1, 9) });
  await createTodo(db, staff, {
    meetingId: m1.id,
    agendaItemId: i3,
    text: 'Verdeling van de middelen competentieversterking voorstellen',
    ownerName: 'Coördinator',
    dueOn: addDays(d1, 45),
  });
  await createTodo(db, staff, {
    meetingId: m1.id,
    agendaItemId: i1,
    text: 'Trekkers van de werkgroepen samenbrengen rond gemeenschappelijke punten',
    ownerName: 'Stafmedewerker',
    dueOn: addDays(d1, 60),
  });
  await shareMinutes(db, staff, m1.id);

  // ── Second meeting: two months ago, with an advice round and frozen figures ────────────
  const d2 = addDays(today, -63);
  const m2 = await planMeeting(db, staff, {
    bodyId: steeringGroup.id,
    date: d2,
    startTime: '14:00',
    endTime: '16:30',
    location: place,
    agenda: [
      { title: 'Stand van zaken vervolghulp na crisis', presenter: 'Elise Vermeersch', durationMinutes: 30 },
      { title: 'Bijschakeltrajecten: proeftuin', presenter: 'Hanne Pauwels', durationMinutes: 30 },
      { title: 'Cijfers eerste jaarhelft', presenter: 'Tom Wouters', durationMinutes: 20 },
    ],
  });
  await sendInvitation(db, staff, m2.id);
  await recordAttendance(db, staff, m2.id, {
    entries: [
      ...attendance(['Isabel Moens'], [['Sanne Lievens', 'Wout Declercq']]),
      { name: 'Kaat Beerens', organisationName: 'vrijwilligerswerking', status: 'present' },
    ],
  });
  await recordPreviousMinutes(db, staff, m2.id, {
    approval: 'approvedWithCorrections',
    corrections: 'De titel van het verslag wordt "verslag stuurgroep en werkgeversoverleg".',
    followUpNotes: 'Het punt over de dagbesteding komt opnieuw aan bod.',
  });
  const [carried, j1, j2, j3] = m2.agenda.map((i) => i.id) as [string, string, string, string];
  await updateAgendaItem(db, staff, m2.id, carried, { outcome: 'notReached' });
  await minute(
    m2.id,
    j1,
    'Sinds de start kwamen er veertien aanmeldingen voor vervolghulp na crisis; het crisisnetwerk krijgt sneller een antwoord.',
    [
      'We houden deze trajecten apart, inhoudelijk en in middelen.',
      'Welk signaal geven we als het quotum bereikt is?',
    ],
  );
  await minute(
    m2.id,
    j2,
    'Voorstel: een proeftuin bijschakeltrajecten met één partner, betaald uit de restmiddelen (1.500 euro per traject, maximaal twintig).',
  );
  const round = await openAdviceRound(db, staff, {
    meetingId: m2.id,
    agendaItemId: j2,
    title: 'Proeftuin bijschakeltrajecten',
    proposal:
      'We starten een proeftuin bijschakeltrajecten met één partner, uit de restmiddelen, en brengen hem elk kwartaal op de stuurgroep.',
  });
  await giveAdvice(db, staff, round.id, id('Hanne Pauwels'), { kind: 'positive' });
  await giveAdvice(db, staff, round.id, id('Marleen Verstraete'), {
    kind: 'positiveWithAmendment',
    amendment: 'Na een jaar bekijken of ook andere expertise bijgeschakeld kan worden.',
  });
  const objection = await giveAdvice(db, steering, round.id, id('Pieter Goossens'), {
    kind: 'principledObjection',
    againstVisionAndValues: 'Eén partner kiezen zonder open oproep gaat in tegen het gedeelde partnerschap.',
    harmToClientsOrStakeholders:
      'Gezinnen in regio Dender krijgen geen toegang als die partner er niet werkt.',
  });
  await giveAdvice(db, staff, round.id, id('Dirk Baert'), {
    kind: 'personalObjection',
    objection: 'De administratieve last voor kleine partners is groot.',
    followUp: 'De stafmedewerker maakt een eenvoudig registratieformulier.',
  });
  const adviceId = objection.members.find((x) => x.name === 'Pieter Goossens')?.advice?.id as string;
  await closeObjection(db, steering, round.id, adviceId, {
    outcome: 'withdrawn',
    note: 'De proeftuin werkt in beide regio’s; daarmee is het bezwaar weggenomen.',
  });
  await decideAdviceRound(db, staff, round.id, {
    text: 'We starten een proeftuin bijschakeltrajecten in beide regio’s, uit de restmiddelen, en evalueren hem na een jaar.',
    evaluateOn: addMonths(d2, 12),
    evaluationLabel: 'na één jaar',
  });
  await minute(m2.id, j3, 'De cijfers van de eerste jaarhelft zijn als momentopname toegevoegd.', [
    'Graag de cijfers voortaan samen met de agenda bezorgen.',
  ]);
  await freezeFigures(db, staff, m2.id, {
    from: addDays(d2, -200),
    to: addDays(d2, -20),
    acceptIncomplete: true,
    note: 'Enkele dossiers wachten nog op het perspectiefgesprek.',
  });
  await createTodo(db, staff, {
    meetingId: m2.id,
    agendaItemId: j1,
    text: 'Signaal over het quotum vervolghulp na crisis voorbereiden',
    ownerName: 'Coördinator',
    dueOn: addDays(today, -10),
  });
  await createTodo(db, staff, {
    meetingId: m2.id,
    agendaItemId: j2,
    text: 'Registratieformulier bijschakeltrajecten opmaken',
    ownerName: 'Stafmedewerker',
    dueOn: addDays(today, 12),
  });
  await createTodo(db, staff, {
    meetingId: m2.id,
    text: 'Dag organiseren met de samenwerkingsverbanden van de provincie',
    ownerName: 'Kernpartner',
    dueOn: addDays(today, 45),
  });
  await shareMinutes(db, staff, m2.id);

  // ── Next meeting: in three weeks, invitation sent, an advice round waiting for Pieter ──
  const m3 = await planMeeting(db, staff, {
    bodyId: steeringGroup.id,
    date: addDays(today, 21),
    startTime: '14:00',
    endTime: '16:30',
    location: place,
    onlineLink: 'https://meet.example.org/stuurgroep-demo',
    agenda: [
      { title: 'Vernieuwde engagementsverklaring', presenter: 'Sanne Lievens', durationMinutes: 40 },
      { title: 'Cijfers van het jaar', presenter: 'Tom Wouters', durationMinutes: 20 },
    ],
  });
  await sendInvitation(db, staff, m3.id);
  const proposal = m3.agenda.find((i) => i.title === 'Vernieuwde engagementsverklaring');
  await openAdviceRound(db, staff, {
    meetingId: m3.id,
    agendaItemId: proposal?.id,
    title: 'Engagementsverklaring 2027',
    proposal:
      'Elke werkgever engageert zich om leidinggevenden te laten deelnemen aan het lerend netwerk en voorziet een coach in de moederorganisatie voor elke voltijds gedetacheerde medewerker.',
  }).then((r) => giveAdvice(db, staff, r.id, id('Hanne Pauwels'), { kind: 'positive' }));

  const council1 = await planMeeting(db, staff, {
    bodyId: councilId,
    date: addDays(today, -90),
    startTime: '10:00',
    location: place,
    agenda: [{ title: 'Detacheringen en typemodules 2027', presenter: 'Hanne Pauwels' }],
  });
  await sendInvitation(db, staff, council1.id);
  await planMeeting(db, staff, {
    bodyId: workingGroupId,
    date: addDays(today, 10),
    startTime: '13:00',
    location: 'Online',
    agenda: [{ title: 'Tekst engagementsverklaring afwerken' }],
  });
}
