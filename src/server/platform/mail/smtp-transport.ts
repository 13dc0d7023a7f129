// Sending through the collaboration's SMTP server (nodemailer). Only the delivery job sends;
// everything else queues into the outbox (ADR 032).
import nodemailer from 'nodemailer';

export type SmtpConfig = {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  /** Refuse to send unless STARTTLS succeeds (with secure false). */
  requireTls: boolean;
  user: string | null;
  password: string | null;
  /** The sender, e.g. `eenplan <no-reply@example.org>`. */
  from: string;
};

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string /* base64 */ }[];
};

export type MailTransport = { send: (mail: OutgoingMail) => Promise<void>; close: () => void };

export function createSmtpTransport(config: SmtpConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: config.requireTls,
    auth: config.user ? { user: config.user, pass: config.password ?? '' } : undefined,
    // A server that does not answer is a failed attempt to retry later, not a job stuck for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (mail) => {
      await transporter.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
          encoding: 'base64',
        })),
      });
    },
    close: () => transporter.close(),
  };
}
