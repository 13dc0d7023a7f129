/**
 * One kind of mail: its name (the key of its texts in src/i18n/locales/<lang>/mail.json, where
 * `<name>.subject` and `<name>.body` take `{{param}}` placeholders) and the parameters it needs.
 * A parameter is never a family's personal data (issue 12 point 5): a reference, a date, a title.
 */
export type MailTemplateDefinition = {
  name: string;
  params: readonly string[];
  /** Parameters that are secrets (a sign-in code): blanked in the outbox once the mail is sent. */
  secretParams?: readonly string[];
};
