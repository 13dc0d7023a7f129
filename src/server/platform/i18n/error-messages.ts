// Every code the API answers with has a message in Dutch, English and French: `tsc` checks it here,
// so a new code without a translation, or a typo in one, fails the build (ADR 028).
import type { Locale } from '../../../contracts/common';
import { resources } from '../../../i18n';
import type { ErrorCode } from '../http/errors';
import { translate } from './translate';

/** The message of an error code in the reader's language; `params` fill it (a count, a cap). */
export const translateError = (locale: Locale, code: ErrorCode, params?: Record<string, unknown>): string =>
  translate(locale, code, params);

/** The code a message key belongs to: a message with a count has plural forms (CODE_one, CODE_other). */
type CodeOfKey<Key> = Key extends `${infer Code}_${'one' | 'other'}` ? Code : Key;
type Untranslated<Messages> = Exclude<ErrorCode, CodeOfKey<keyof Messages>>;
/** Messages of no code: a typo in errors.json, or a code since removed. The groups are not codes. */
type Unknown<Messages> = Exclude<CodeOfKey<keyof Messages>, ErrorCode | 'validation' | 'municipalityTable'>;

/** Accepts the messages of a language only when they match the codes; the error names the keys. */
const withEveryCode = <Messages extends object>(
  messages: Messages &
    Record<Untranslated<Messages>, 'a message in errors.json'> &
    Record<Unknown<Messages>, 'a code in a catalogue (errors.ts)'>,
) => messages;

withEveryCode(resources.nl.errors);
withEveryCode(resources.en.errors);
withEveryCode(resources.fr.errors);
