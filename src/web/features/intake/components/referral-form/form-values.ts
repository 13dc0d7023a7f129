// The referral form's own shape (what the inputs hold) and its translation to the API body.
// The body is checked with the same zod schema the server uses; problems come back as
// paths of the body and are mapped onto the inputs here, for client and server errors alike.
import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../../../../contracts/common';
import type { UserDto } from '../../../../../contracts/identity';
import {
  type CreateReferralBody,
  createReferralBody,
  type MEMBER_ROLES,
} from '../../../../../contracts/intake';
import type { MunicipalityDto } from '../../../../../contracts/network';
import { todayIso } from '../../../../../domain/dates';
import { validationMessage } from '../../../../../i18n/validation-message';

export type MemberFormValue = {
  key: string;
  role: (typeof MEMBER_ROLES)[number];
  givenName: string;
  familyName: string;
  /** An unborn child has a due date instead of a birth date. */
  isUnborn: boolean;
  date: string | null;
};

export type ReferralFormValues = {
  registrant: {
    organisationKind: string | null;
    organisationName: string;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
  };
  referredThrough: { kind: string | null; name: string };
  fundingLine: string | null;
  receivedOn: string | null;
  municipality: MunicipalityDto | null;
  members: MemberFormValue[];
  linkToFamilyId: string | null;
  /** R31: the name a family not yet known by name goes by (a crisis consult). */
  pseudonym: string;
  requestForHelp: string;
  consentToRefer: boolean;
};

let memberKey = 0;
export function newMember(role: MemberFormValue['role'] = 'child'): MemberFormValue {
  memberKey += 1;
  return { key: `member-${memberKey}`, role, givenName: '', familyName: '', isUnborn: false, date: null };
}

export function initialReferralValues(user: UserDto): ReferralFormValues {
  // A partner who registers for their own organisation finds it filled in already.
  const organisation = user.organisation;
  return {
    registrant: {
      organisationKind: organisation?.kind ?? null,
      organisationName: organisation?.name ?? '',
      contactName: organisation ? user.displayName : '',
      contactEmail: organisation ? user.email : '',
      contactPhone: '',
    },
    referredThrough: { kind: null, name: '' },
    fundingLine: null,
    receivedOn: todayIso(),
    municipality: null,
    members: [newMember('child')],
    linkToFamilyId: null,
    pseudonym: '',
    requestForHelp: '',
    consentToRefer: false,
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toMembers(members: MemberFormValue[]) {
  return members.map((m) => ({
    role: m.role,
    givenName: blankToNull(m.givenName),
    familyName: blankToNull(m.familyName),
    birthDate: m.isUnborn ? null : m.date,
    dueDate: m.isUnborn ? m.date : null,
  }));
}

/** The body as typed; not yet checked, so kinds may still be missing. */
export function toDraftBody(values: ReferralFormValues) {
  return {
    receivedOn: values.receivedOn ?? undefined,
    fundingLine: values.fundingLine ?? '',
    registrant: {
      organisationKind: values.registrant.organisationKind,
      organisationName: values.registrant.organisationName.trim(),
      contactName: blankToNull(values.registrant.contactName),
      contactEmail: blankToNull(values.registrant.contactEmail),
      contactPhone: blankToNull(values.registrant.contactPhone),
    },
    referredThrough: values.referredThrough.kind
      ? { kind: values.referredThrough.kind, name: blankToNull(values.referredThrough.name) }
      : null,
    family: {
      municipalityNis: values.municipality?.nisCode ?? '',
      members: toMembers(values.members),
      linkToFamilyId: values.linkToFamilyId,
      pseudonym: values.pseudonym.trim() || null,
    },
    requestForHelp: values.requestForHelp.trim(),
    consentToRefer: values.consentToRefer,
  };
}

/** What the duplicate check needs, once there is enough to compare (a place and a child's date). */
export function duplicateCheckInput(values: ReferralFormValues) {
  const hasDatedChild = values.members.some((m) => m.role === 'child' && m.date);
  if (!values.municipality || !hasDatedChild) return null;
  return { municipalityNis: values.municipality.nisCode, members: toMembers(values.members) };
}

/** A path of the API body (`family.members.0.birthDate`) → the input that holds it. */
export function formPathOf(bodyPath: string): string {
  if (bodyPath === 'family.municipalityNis') return 'municipality';
  if (bodyPath === 'family.members') return 'members';
  if (bodyPath === 'family.pseudonym') return 'pseudonym';
  const member = /^family\.members\.(\d+)\.(\w+)$/.exec(bodyPath);
  if (member) {
    const field = member[2] === 'birthDate' || member[2] === 'dueDate' ? 'date' : member[2];
    return `members.${member[1]}.${field}`;
  }
  return bodyPath;
}

const FORM_PATHS =
  /^(registrant\.\w+|referredThrough\.\w+|fundingLine|receivedOn|municipality|pseudonym|members(\.\d+\.\w+)?|requestForHelp|consentToRefer)$/;

export function isFormPath(path: string): boolean {
  return FORM_PATHS.test(path);
}

export type ValidationResult =
  | { body: CreateReferralBody; errors: null }
  | { body: null; errors: Record<string, string> };

export function validateReferral(values: ReferralFormValues, t: TFunction): ValidationResult {
  const parsed = createReferralBody.safeParse(toDraftBody(values), { reportInput: true });
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formPathOf(issue.path.join('.'));
      errors[path] ??= validationMessage(issue, (key, values) => t(`errors:${key}`, values));
    }
  }
  // Consent is a boolean in the schema; referring without it is refused (server rule too).
  if (!values.consentToRefer) errors.consentToRefer = t('errors:CONSENT_TO_REFER_REQUIRED');
  if (parsed.success && Object.keys(errors).length === 0) return { body: parsed.data, errors: null };
  return { body: null, errors };
}

/** Server problems onto inputs; what has no input of its own is returned to show on top. */
export function mapServerProblems(problems: FieldProblem[]) {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const problem of problems) {
    const path = formPathOf(problem.field);
    if (isFormPath(path)) fieldErrors[path] ??= problem.message;
    else general.push(problem.message);
  }
  return { fieldErrors, general };
}

/** Errors that are about one input although they are not VALIDATION_FAILED. */
export const FIELD_OF_ERROR_CODE: Record<string, string> = {
  MUNICIPALITY_UNKNOWN: 'municipality',
  FUNDING_LINE_UNKNOWN: 'fundingLine',
  FUNDING_LINE_ENDED: 'fundingLine',
  CONSENT_TO_REFER_REQUIRED: 'consentToRefer',
  REFERRAL_RECEIVED_IN_FUTURE: 'receivedOn',
  // R5: family care needs a child from pregnancy up to and including 3 years.
  FAMILY_CARE_NOT_ELIGIBLE: 'members',
};
