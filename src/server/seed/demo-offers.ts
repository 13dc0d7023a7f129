// The demo's social map (issue 14): what the fictional partners offer, with the waiting time
// each reported a few weeks ago. The families waiting in bridging help (seed-journey-stages) wait on
// the lists of CGG De Brug and CKG Het Nest, so the map shows both kinds of waiting side by side.
import type { IsoDate } from '../../domain/dates';
import { addDays } from '../../domain/dates';
import type { OfferValues } from '../modules/socialmap';

type DemoOffer = Omit<OfferValues, 'organisationId' | 'waitReportedOn'> & { organisation: string };

const OFFERS: DemoOffer[] = [
  {
    organisation: 'cgg',
    service: 'Ambulante begeleiding kinderen en jongeren',
    targetGroup: 'Kinderen en jongeren met angst, somberheid of gedragsproblemen, en hun ouders',
    ageFrom: 0,
    ageTo: 17,
    zoneCodes: [],
    howToRefer: 'Aanmelden via het onthaal, door ouders of een hulpverlener met akkoord van het gezin.',
    contact: 'onthaal@cgg-debrug.example',
    reportedWaitWeeks: 16,
  },
  {
    organisation: 'cgg',
    service: 'Ouderbegeleiding',
    targetGroup: 'Ouders die vastlopen in de opvoeding',
    ageFrom: null,
    ageTo: null,
    zoneCodes: [],
    howToRefer: 'Telefonisch aanmelden; intakegesprek binnen twee weken na de beslissing.',
    contact: '03 000 00 13',
    reportedWaitWeeks: 10,
  },
  {
    organisation: 'ckg',
    service: 'Dagopvang en gezinsondersteuning',
    targetGroup: 'Gezinnen met jonge kinderen in een moeilijke periode',
    ageFrom: 0,
    ageTo: 12,
    zoneCodes: ['elz57', 'elz29'],
    howToRefer: 'Aanmelden via de coördinator van Eén Gezin Eén Plan.',
    contact: 'aanmelden@ckg-hetnest.example',
    reportedWaitWeeks: 6,
  },
  {
    organisation: 'caw',
    service: 'Budgetbegeleiding en schuldhulp',
    targetGroup: 'Volwassenen en gezinnen met geldzorgen',
    ageFrom: 18,
    ageTo: null,
    zoneCodes: [],
    howToRefer: 'Vrij inloopmoment op dinsdag, of aanmelden via het onthaal.',
    contact: 'onthaal@caw-oostwaas.example',
    reportedWaitWeeks: 3,
  },
  {
    organisation: 'familyCare',
    service: 'Gezinszorg',
    targetGroup: 'Gezinnen die tijdelijk hulp in het huishouden en bij de zorg nodig hebben',
    ageFrom: null,
    ageTo: null,
    zoneCodes: [],
    howToRefer: 'Aanvraag via de trajectbegeleider; eerste contact binnen 5 werkdagen (R5).',
    contact: '03 000 00 20',
    reportedWaitWeeks: 0,
  },
];

/** The demo's offers for the partners by their demo key; reported three weeks before `today`. */
export function demoOffers(orgIds: Map<string, string>, today: IsoDate): OfferValues[] {
  return OFFERS.flatMap(({ organisation, ...offer }) => {
    const organisationId = orgIds.get(organisation);
    return organisationId ? [{ ...offer, organisationId, waitReportedOn: addDays(today, -21) }] : [];
  });
}
