// Fictional people and partners of the demo collaboration. Any likeness to real people or
// services is unintended; none of the names in the source documents is used.
import type { Role } from '../../domain/roles';

export const DEMO_PASSWORD = 'eenplan-demo';

/** The demo's family account (issue 13): a parent who signs in to the family's own portal. */
export const DEMO_FAMILY_EMAIL = 'gezin@demo.eenplan.be';

export const DEMO_ORGANISATIONS = [
  { key: 'clb', kind: 'clb', name: 'CLB De Wegwijzer', role: 'leadPartner' },
  { key: 'caw', kind: 'caw', name: 'CAW Oost-Waas', role: 'partner' },
  { key: 'cgg', kind: 'cgg', name: 'CGG De Brug', role: 'partner' },
  { key: 'ckg', kind: 'ckg', name: 'CKG Het Nest', role: 'partner' },
  { key: 'ocmw', kind: 'ocmw', name: 'Sociaal Huis Scheldeoever', role: 'partner' },
  { key: 'hvhk', kind: 'huisVanHetKind', name: 'Huis van het Kind Waasland-Demo', role: 'partner' },
  { key: 'police', kind: 'police', name: 'Politiezone Durme-Demo', role: 'referrer' },
  { key: 'school', kind: 'school', name: 'Basisschool De Linde', role: 'referrer' },
  { key: 'gp', kind: 'gp', name: 'Huisartsenpraktijk De Vaart', role: 'referrer' },
  { key: 'familyCare', kind: 'familyCare', name: 'Gezinszorg Thuis+', role: 'partner' },
  { key: 'crisis', kind: 'crisisNetwork', name: 'Crisisnetwerk Demo', role: 'partner' },
] as const;

export const DEMO_USERS: { email: string; displayName: string; roles: Role[]; organisation?: string }[] = [
  { email: 'coordinator@demo.eenplan.be', displayName: 'Elise Vermeersch', roles: ['coordinator'] },
  { email: 'coach@demo.eenplan.be', displayName: 'Jonas De Wilde', roles: ['coach'] },
  { email: 'liaison@demo.eenplan.be', displayName: 'Nora Lemmens', roles: ['liaisonWorker'] },
  { email: 'staff@demo.eenplan.be', displayName: 'Tom Wouters', roles: ['staffOfficer'] },
  { email: 'leadpartner@demo.eenplan.be', displayName: 'Hanne Pauwels', roles: ['leadPartner'] },
  { email: 'steering@demo.eenplan.be', displayName: 'Pieter Goossens', roles: ['steeringMember'] },
  {
    email: 'clb@demo.eenplan.be',
    displayName: 'Ines Claes',
    roles: ['partnerReferrer'],
    organisation: 'clb',
  },
  { email: 'admin@demo.eenplan.be', displayName: 'Beheer Demo', roles: ['administrator'] },
  // Issue 15: the installation's platform administrator (makes collaborations, reads no family).
  { email: 'platform@demo.eenplan.be', displayName: 'Platform Demo', roles: ['platformAdministrator'] },
];

/** Issue 15: the demo's second collaboration (Gent), so that moving out and routing can be tried. */
export const DEMO_SECOND_COLLABORATION = {
  name: 'Samenwerkingsverband Regio Gent (demo)',
  slug: 'demo-gent',
  zones: ['elz13'],
  leadPartner: { name: 'CAW Regio Gent (demo)', kind: 'caw' as const },
  users: [
    {
      email: 'coordinator.gent@demo.eenplan.be',
      displayName: 'Lien Demuynck',
      roles: ['coordinator', 'administrator'] as Role[],
    },
  ],
};

export const FAMILY_NAMES = [
  'Peeters',
  'Jacobs',
  'Mertens',
  'Willems',
  'Dubois',
  'Lambrechts',
  'Desmet',
  'Van Damme',
  'Hermans',
  'Aerts',
  'Smets',
  'Wuyts',
  'Verhoeven',
  'Dewulf',
  'Michiels',
  'Coppens',
  'El Amrani',
  'Yilmaz',
  'Nowak',
  'Bogaert',
  'De Smedt',
  'Van Acker',
  'Martens',
  'Cools',
];
export const CHILD_NAMES = [
  'Lina',
  'Noah',
  'Emma',
  'Louis',
  'Olivia',
  'Arthur',
  'Mila',
  'Jules',
  'Yasmine',
  'Adam',
  'Elif',
  'Finn',
  'Nina',
  'Milan',
  'Zoë',
  'Rayan',
  'Lucas',
  'Amira',
  'Liam',
  'Fien',
  'Wout',
  'Febe',
];
export const PARENT_NAMES = [
  'Sofie',
  'Kristof',
  'Nadia',
  'Bart',
  'Leen',
  'Youssef',
  'Ayse',
  'Dirk',
  'Griet',
  'Karim',
  'Evi',
  'Stijn',
];

export const REQUESTS_FOR_HELP = [
  'We lopen vast met onze zoon sinds de scheiding. Er zijn al veel hulpverleners, maar niemand heeft het overzicht.',
  'Onze dochter gaat al weken niet meer naar school. We weten niet meer hoe we haar kunnen helpen.',
  'Na de crisisopname willen we thuis verder, met iemand die ons de eerste maanden bijstaat.',
  'Ik ben zwanger en sta er alleen voor. Ik wil hulp thuis als de baby er is.',
  'We wachten al maanden op de kinderpsychiater. Intussen loopt het thuis elke dag mis.',
  'Er komen veel diensten over de vloer. We willen één plan en één aanspreekpunt.',
  'Onze zoon heeft woedebuien en de school belt bijna elke dag. We willen samen zoeken wat werkt.',
  'Sinds we verhuisd zijn hebben we hier geen netwerk. We zoeken iemand om mee te praten over opvoeding.',
  'De schulden groeien ons boven het hoofd en de kinderen merken het. We willen rust in huis.',
  'Onze oudste zorgt te veel voor de jongsten. We willen dat ze weer kind kan zijn.',
];
