// A real SMTP server in the test process (smtp-server): what eenplan sends arrives here and is
// read back with mailparser, as a mail client would read it.
import { type AddressInfo, createServer } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { SmtpConfig } from '../../src/server/platform/mail/smtp-transport';

export type TestSmtp = {
  config: SmtpConfig;
  received: ParsedMail[];
  /** Resolves once `count` mails have arrived (or rejects after `timeoutMs`). */
  waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  stop: () => Promise<void>;
};

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on localhost: nodemailer would otherwise try STARTTLS with a self-signed certificate.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    config: smtpConfigFor(port),
    received,
    waitFor: async (count, timeoutMs = 15_000) => {
      const until = performance.now() + timeoutMs;
      while (received.length < count) {
        if (performance.now() > until) throw new Error(`${received.length} of ${count} mails arrived`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return received;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port where nothing listens: an SMTP server that is down. */
export async function closedSmtpPort(): Promise<SmtpConfig> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return smtpConfigFor(port);
}

function smtpConfigFor(port: number): SmtpConfig {
  return {
    host: '127.0.0.1',
    port,
    secure: false,
    requireTls: false,
    user: null,
    password: null,
    from: 'eenplan test <no-reply@eenplan.test>',
  };
}
