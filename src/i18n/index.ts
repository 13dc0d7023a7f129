// Translation resources shared by the server (error messages) and the web app (everything).
import enApp from './locales/en/app.json';
import enCodes from './locales/en/codes.json';
import enErrors from './locales/en/errors.json';
import enMail from './locales/en/mail.json';
import frApp from './locales/fr/app.json';
import frCodes from './locales/fr/codes.json';
import frErrors from './locales/fr/errors.json';
import frMail from './locales/fr/mail.json';
import nlApp from './locales/nl/app.json';
import nlCodes from './locales/nl/codes.json';
import nlErrors from './locales/nl/errors.json';
import nlMail from './locales/nl/mail.json';

export const resources = {
  nl: { app: nlApp, codes: nlCodes, errors: nlErrors, mail: nlMail },
  en: { app: enApp, codes: enCodes, errors: enErrors, mail: enMail },
  fr: { app: frApp, codes: frCodes, errors: frErrors, mail: frMail },
} as const;

export const DEFAULT_LOCALE = 'nl';
