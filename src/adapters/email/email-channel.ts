/**
 * The e-mail channel of the notification outbox (SMTP through nodemailer): for recipients with no
 * chat identity (an e-mail address given in a form, a staff function nobody holds in Slack or
 * Discord), and as the fallback when a chat message cannot be delivered. Plain text only, and
 * never a document: health data stays in the assistant, the e-mail says where to view it.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { UndeliverableError, type NotificationChannel, type OutboxNotification, type StaffFunction } from '../../requests/index.ts';

export interface SmtpSettings {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; or the separate settings below. */
  url?: string;
  host?: string;
  port?: number;
  user?: string;
  pass?: string;
  /** The sender, e.g. `Assistant alternance <alternance@univ-amu.fr>`. */
  from: string;
}

export interface EmailChannelOptions {
  smtp: SmtpSettings;
  /** The staff functions' addresses (from the knowledge base's contacts). */
  staffEmails: Partial<Record<StaffFunction, string[]>>;
  /** A request's type, to say whether it has a document to view (without attaching it). */
  requestType?: (requestId: number) => Promise<string | undefined>;
  /** Give up on a silent server after this long (the outbox retries later). */
  timeoutMs?: number;
}

const SUBJECTS: Record<OutboxNotification['kind'], string> = {
  'new-request': 'Nouvelle demande',
  decision: 'Décision sur une demande',
  reminder: 'Rappel : demande en attente',
  acknowledged: 'Réception accusée',
  'filed-for-you': 'Une demande a été déposée à votre nom',
};

export function createEmailChannel(options: EmailChannelOptions): NotificationChannel & { close(): void } {
  const timeout = options.timeoutMs ?? 20_000;
  const transport: Transporter = options.smtp.url
    ? nodemailer.createTransport({ url: options.smtp.url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout } as Parameters<typeof nodemailer.createTransport>[0])
    : nodemailer.createTransport({
        host: options.smtp.host,
        port: options.smtp.port ?? 587,
        secure: options.smtp.port === 465,
        auth: options.smtp.user ? { user: options.smtp.user, pass: options.smtp.pass ?? '' } : undefined,
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
      });

  const addressesOf = (recipient: string): string[] => {
    const [kind, ...rest] = recipient.split(':');
    const value = rest.join(':');
    if (kind === 'email') return /^[^\s@<>]+@[^\s@<>]+$/.test(value) ? [value] : [];
    if (kind === 'function') return options.staffEmails[value as StaffFunction] ?? [];
    return [];
  };

  return {
    kind: 'email',
    canDeliver: (recipient) => addressesOf(recipient).length > 0,
    async send(n) {
      const to = addressesOf(n.recipient);
      if (to.length === 0) throw new UndeliverableError(`aucune adresse pour ${n.recipient}`);
      const type = n.requestId ? await options.requestType?.(n.requestId) : undefined;
      try {
        await transport.sendMail({ from: options.smtp.from, to, subject: `${SUBJECTS[n.kind]}${n.requestId ? ` — n°${n.requestId}` : ''}`, text: emailText(n, type) });
      } catch (error) {
        // 5xx: the server refuses this address or message for good; anything else may pass later.
        const code = (error as { responseCode?: number }).responseCode;
        if (code !== undefined && code >= 500) throw new UndeliverableError(`${(error as Error).message}`);
        throw error;
      }
    },
    close: () => transport.close(),
  };
}

/** The e-mail body: the notification, then where to see the request (and its document). */
export function emailText(n: Pick<OutboxNotification, 'message' | 'requestId'>, requestType?: string): string {
  const lines = [n.message, ''];
  if (n.requestId) {
    lines.push(`Pour voir la demande : /demandes ${n.requestId} (dans Slack, Discord ou le terminal de l'assistant).`);
    if (requestType === 'sick-leave') lines.push(`Le document n'est jamais joint aux e-mails : consultez-le avec /demandes ${n.requestId} document.`);
    lines.push('');
  }
  lines.push("— L'assistant de l'alternance de la MIAGE d'Aix-Marseille (message automatique, ne pas répondre).");
  return lines.join('\n');
}
