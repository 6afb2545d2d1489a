/**
 * The Slack door: a Bolt app over the shared core. Thin: it turns Slack payloads into core
 * messages, calls the core, renders the Reply with render.ts, and delivers notifications.
 * Every request is acknowledged at once; the work happens after the ack.
 */
import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel, type BlockAction, type ButtonAction, type Logger, type SlackCommandMiddlewareArgs, type SlackViewMiddlewareArgs, type ViewSubmitAction } from '@slack/bolt';
import { ErrorCode, type WebClient } from '@slack/web-api';
import { type Assistant, type IncomingMessage, type Reply, type ReplyAction, type Sender } from '../../core/index.ts';
import {
  actorFor,
  doorRecipients,
  FORMS,
  MAX_DOCUMENT_BYTES,
  PENDING_DOCUMENT,
  validateForm,
  type DirectoryConfig,
  type FieldValue,
  type FormDefinition,
  type NotificationChannel,
  type OutboxNotification,
  type RequestService,
} from '../../requests/index.ts';
import { sendToEach, type FailureKind } from '../delivery.ts';
import type { Logger as EventLogger } from '../../logging/index.ts';
import { doorLogger } from '../door-log.ts';
import { DoorStartError } from '../start-error.ts';
import { DETAILS_ACTION, escapeMrkdwn, formToModal, modalErrors, renderReply, type Block } from './render.ts';

/** The buttons that re-ask with a choice: a clarification's options, the readings offered beside an answer, pickers. */
export const CHOICE_ACTION = /^(topic|formation|family|pick)[:-]/;
export const SLACK_COMMANDS = ['contrat-dates', 'salaire-min', 'contact', 'aide', 'arret-maladie', 'absence', 'demandes'] as const;

export interface SlackDoorOptions {
  botToken: string;
  /** Socket Mode when given; HTTP (signing secret) otherwise. */
  appToken?: string;
  signingSecret?: string;
  /** Web API base URL (government cloud, proxy, tests). */
  apiUrl?: string;
  port: number;
  /** HTTP mode: the address to listen on (127.0.0.1 behind a reverse proxy). */
  host?: string;
  /** HTTP mode: GET /health answers 200 when this resolves (it reads the store), 503 otherwise. */
  health?: () => Promise<void>;
  assistant: Assistant;
  requests: RequestService;
  directory: DirectoryConfig;
  /** Channels where confident answers are given without a mention. */
  listenChannels: string[];
  clock: () => Date;
  logger?: Logger;
  /** Errors after an acknowledgement, with their context. */
  log?: EventLogger;
  /** Web API calls give up after this long (default 10 s): a stop never waits on a dead network. */
  apiTimeoutMs?: number;
  /**
   * A slash command's answer ready within this long goes in the acknowledgement (default 2 s, under
   * Slack's 3 s); a slower one is acknowledged empty and sent through response_url. 0: always response_url.
   */
  answerInAckMs?: number;
}

/** Slack refuses requests dated more than 5 minutes from now, both ways (Bolt checks only the past). */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
const APOLOGY = 'Désolé, une erreur inattendue est survenue : rien n’a été enregistré ni envoyé. Réessayez dans un instant ; si cela persiste, prévenez le secrétariat.';

const DOOR = 'slack';
const ANSWER_IN_ACK_MS = 2000;
const SHARE: ReplyAction = { id: 'share', label: 'Partager dans le canal', value: '' };

export function createSlackDoor(options: SlackDoorOptions) {
  const log = options.log ?? doorLogger(DOOR);
  const answerInAckMs = options.answerInAckMs ?? ANSWER_IN_ACK_MS;
  const receiver = options.appToken ? undefined : httpReceiver(options, log);
  const app = new App({
    token: options.botToken,
    ...(options.appToken ? { socketMode: true, appToken: options.appToken } : { receiver }),
    // Few, short retries: the outbox retries notifications itself, and a stop must not wait.
    clientOptions: { ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}), timeout: options.apiTimeoutMs ?? 10_000, retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 } },
    port: options.port,
    logger: options.logger ?? boltLogger(log),
    logLevel: LogLevel.WARN,
    // Bolt would check the token in the constructor, with no one to catch a refusal: start() checks it.
    deferInitialization: true,
    // The door keeps no state in Bolt's conversation store (context.conversation is never read):
    // without it, each request saves a lookup and an expiry sweep (measured: bench:slack).
    convoStore: false,
  });
  const senderOf = (userId: string, name?: string): Sender => {
    const actor = actorFor(options.directory, DOOR, userId, name);
    return { id: actor.id, role: actor.role, staffFunctions: actor.staffFunctions, name };
  };
  const message = (user: Sender, text: string, kind: IncomingMessage['channel']['kind'], conversation?: string): IncomingMessage => ({ text: plainText(text), user, channel: { kind }, now: options.clock(), conversation });

  // ---- Redelivered events (same event_id, after a retry) are handled once, by one process,
  // even across a restart: the seen ids live in the store for an hour.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && !(await options.requests.doorState.firstTime('slack-event', eventId, 3_600_000, options.clock()))) return;
    await next();
  });

  /** Replies go privately (ephemeral) unless they are public and shared. */
  function withShare(reply: Reply, text: string): ReplyAction[] {
    return reply.visibility === 'public' && (reply.kind === 'answer' || reply.kind === 'computation') ? [{ ...SHARE, value: text.slice(0, 2000) }] : [];
  }

  // ---- Commands: one listener for the seven (Bolt runs every listener's filters on every
  // request; seven command listeners cost six filter chains per request for nothing).
  const commandPattern = new RegExp(`^/(${SLACK_COMMANDS.join('|')})$`);
  app.command(commandPattern, async (args) => {
    const name = args.command.command.slice(1) as (typeof SLACK_COMMANDS)[number];
    const acked = once(args.ack);
    try {
      await handleCommand(name, { ...args, ack: acked.ack });
    } catch (error) {
      await tellFailure(`/${name}`, args.command.user_id, error, acked.done(), (m) => args.respond({ response_type: 'ephemeral', replace_original: false, text: m }), () => acked.ack());
    }
  });

  /**
   * The answer goes in the acknowledgement itself when it is ready within ANSWER_IN_ACK_MS (Slack
   * shows an ack body as the command's reply, with the same response_type rules as response_url):
   * one HTTP exchange instead of two. A slower answer is acknowledged empty at the deadline and
   * sent through response_url when ready; forms are acknowledged, then opened with views.open.
   */
  async function handleCommand(name: (typeof SLACK_COMMANDS)[number], { ack, command, respond, client }: SlackCommandMiddlewareArgs & { client: WebClient }) {
    const user = senderOf(command.user_id, command.user_name);
    const text = `/${name} ${command.text}`.trim();
    const pending = options.assistant.handle({ command: { name, args: command.text }, user, channel: { kind: command.channel_name === 'directmessage' ? 'dm' : 'channel' }, now: options.clock() });
    const inTime = await withinDeadline(pending, answerInAckMs);
    if (!inTime) await ack();
    const reply = inTime ? inTime.value : await pending;
    if (reply.kind === 'form' && reply.data.form) {
      await ack();
      const form = reply.data.form as FormDefinition;
      try {
        await client.views.open({ trigger_id: command.trigger_id, view: formToModal(form, JSON.stringify({ channel: command.channel_id })) as never });
      } catch (error) {
        // Most often expired_trigger_id: Slack gives 3 seconds to open a modal after the command.
        log.error('formulaire non ouvert', { command: `/${name}`, user: command.user_id, error: slackError(error) });
        await respond({ response_type: 'ephemeral', text: `Le formulaire n’a pas pu s’ouvrir (Slack : ${slackError(error)}). Relancez /${name}.` });
      }
      return;
    }
    const answer = { response_type: 'ephemeral' as const, ...renderReply(reply, withShare(reply, text), { detailsValue: text }) };
    if (inTime) await ack(answer);
    else await respond(answer);
    if (reply.attachment) await sendFile(client, command.user_id, reply.attachment);
    // Only /demandes can create notifications (decisions, acknowledgements); the workflow already
    // delivers a request's own at once, this sends what else is due, in the background. The
    // information commands skip it: a store transaction per question cost ~15 % of throughput.
    if (name === 'demandes') deliverInBackground();
  }

  /**
   * Every failure after an acknowledgement ends in a message to the user and an error log with
   * context. Before the acknowledgement, Bolt would answer HTTP 500 and Slack show a raw error.
   */
  async function tellFailure(what: string, userId: string | undefined, error: unknown, acked: boolean, tell: (text: string) => Promise<unknown>, ack?: () => Promise<void>) {
    log.error('échec après accusé de réception', { what, user: userId, acked, error: slackError(error) });
    try {
      if (!acked && ack) await ack();
      await tell(APOLOGY);
    } catch (secondError) {
      log.error('excuses non remises', { what, user: userId, error: slackError(secondError) });
    }
  }

  // ---- Free text: mentions (answered in the thread), direct messages, listened channels.
  app.event('app_mention', async ({ event, client }) => {
    if ((event as { bot_id?: string }).bot_id || !event.user) return;
    try {
      // The mention itself is markup: message() strips it with the rest.
      // A thread is one conversation: a follow-up mention in it completes the question that opened it.
      const reply = await options.assistant.handle(message(senderOf(event.user), event.text, 'channel', `slack:${event.channel}:${event.thread_ts ?? event.ts}`));
      await answerInChannel(client, event.channel, event.user, event.thread_ts ?? event.ts, reply, event.text);
    } catch (error) {
      const user = event.user;
      await tellFailure('app_mention', user, error, true, (text) => client.chat.postEphemeral({ channel: event.channel, user, thread_ts: event.thread_ts ?? event.ts, text }));
    }
  });

  app.message(async ({ message: m, client, context }) => {
    const msg = m as { subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; channel_type?: string; ts: string; thread_ts?: string };
    // Never answer itself, other bots, or edits and joins.
    if (msg.subtype || msg.bot_id || !msg.user || !msg.text || msg.user === context.botUserId) return;
    if (msg.channel_type === 'im') {
      const user = msg.user;
      try {
        const reply = await options.assistant.handle(message(senderOf(user), msg.text, 'dm', `slack:${msg.channel}:${msg.thread_ts ?? 'dm'}`));
        await client.chat.postMessage({ channel: msg.channel, ...renderReply(reply, [], { detailsValue: msg.text }), unfurl_links: false });
        if (reply.attachment) await sendFile(client, user, reply.attachment);
      } catch (error) {
        await tellFailure('message privé', user, error, true, (text) => client.chat.postMessage({ channel: msg.channel, text }));
      }
      return;
    }
    if (!options.listenChannels.includes(msg.channel)) return;
    if (context.botUserId && msg.text.includes(`<@${context.botUserId}>`)) return; // app_mention answers it
    const reply = await options.assistant.handle(message(senderOf(msg.user), msg.text, 'channel', `slack:${msg.channel}:${msg.thread_ts ?? msg.user}`));
    // Unasked, the bot speaks only when sure, and never with private data.
    if ((reply.kind === 'answer' || reply.kind === 'computation') && reply.visibility === 'public') {
      await client.chat.postMessage({ channel: msg.channel, thread_ts: msg.thread_ts ?? msg.ts, ...renderReply(reply, [], { detailsValue: msg.text }), unfurl_links: false });
    }
  });

  /** In a channel thread: public replies for all, private ones (pay, requests) only to the asker. */
  async function answerInChannel(client: WebClient, channel: string, user: string, threadTs: string, reply: Reply, asked: string) {
    const rendered = renderReply(reply, [], { detailsValue: asked });
    if (reply.visibility === 'public') await client.chat.postMessage({ channel, thread_ts: threadTs, ...rendered, unfurl_links: false });
    else await client.chat.postEphemeral({ channel, user, thread_ts: threadTs, ...rendered });
  }

  // ---- Buttons
  app.action<BlockAction<ButtonAction>>('share', guarded(async ({ ack, body, action, respond }) => {
    await ack();
    const reply = await options.assistant.handle(message(senderOf(body.user.id), action.value ?? '', 'channel'));
    if (reply.visibility !== 'public' || !body.channel?.id) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'Cette réponse est personnelle : elle ne peut pas être partagée dans le canal.' });
      return;
    }
    const rendered = renderReply(reply, [], { detailsValue: action.value ?? '' });
    rendered.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Partagé par <@${body.user.id}>` }] });
    // Through the response URL: it needs no membership of the channel (chat.postMessage would).
    await respond({ response_type: 'in_channel', replace_original: false, ...rendered, unfurl_links: false });
  }));

  // « Détails »: the same question again, the whole answer, to the one who pressed.
  app.action<BlockAction<ButtonAction>>(DETAILS_ACTION, guarded(async ({ ack, body, action, respond }) => {
    await ack();
    const reply = await options.assistant.handle(message(senderOf(body.user.id), action.value ?? '', 'channel'));
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply, [], { details: true }) });
  }));

  // Clarification choices and formation/contract pickers re-ask with the chosen value.
  app.action<BlockAction<ButtonAction>>(CHOICE_ACTION, guarded(async ({ ack, body, action, respond }) => {
    await ack();
    const text = action.value ?? '';
    const reply = await options.assistant.handle(message(senderOf(body.user.id), text, 'channel'));
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply, withShare(reply, text), { detailsValue: text }) });
  }));

  app.action<BlockAction<ButtonAction>>(/^request:(approve|ack):\d+$/, guarded(async ({ ack, body, action, client, respond }) => {
    await ack();
    const [, verb, id] = action.action_id.split(':') as [string, string, string];
    const reply = await options.assistant.handle(message(senderOf(body.user.id), `/demandes ${id} ${verb === 'approve' ? 'approuver' : 'accuser'}`, 'dm'));
    await afterDecision(client, respond, body, reply);
  }));

  app.action<BlockAction<ButtonAction>>(/^request:reject:\d+$/, guarded(async ({ ack, body, action, client, respond }) => {
    await ack();
    const id = action.action_id.split(':')[2]!;
    const peek = await options.requests.peek(Number(id));
    const actor = actorFor(options.directory, DOOR, body.user.id);
    if (!peek || peek.status !== 'pending' || actor.staffFunctions.length === 0) {
      // Let the core say why (already decided, not allowed…), changing nothing.
      const reply = await options.assistant.handle(message(senderOf(body.user.id), `/demandes ${id} refuser raison=-`, 'dm'));
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply) });
      return;
    }
    await client.views.open({
      trigger_id: body.trigger_id,
      view: {
        type: 'modal',
        callback_id: 'reject-reason',
        private_metadata: JSON.stringify({ id, channel: body.channel?.id, ts: body.message?.ts }),
        title: { type: 'plain_text', text: 'Refuser la demande' },
        submit: { type: 'plain_text', text: 'Refuser' },
        close: { type: 'plain_text', text: 'Annuler' },
        blocks: [{ type: 'input', block_id: 'raison', label: { type: 'plain_text', text: 'Raison du refus (transmise à l’alternant(e) et au tuteur)' }, element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 1000 } }],
      },
    });
  }));

  async function afterDecision(client: WebClient, respond: (m: Record<string, unknown>) => Promise<unknown>, body: BlockAction, reply: Reply) {
    if (reply.kind === 'notice' && body.channel?.id && body.message?.ts) {
      // The request message loses its buttons and shows the outcome.
      const original = (body.message.blocks ?? []) as Block[];
      const kept = original.filter((b) => b.type !== 'actions');
      kept.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${escapeMrkdwn(reply.title)} — par <@${body.user.id}>` }] });
      await client.chat.update({ channel: body.channel.id, ts: body.message.ts, text: reply.title, blocks: kept as never });
    } else {
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply) });
    }
    await deliverNotifications();
  }

  // ---- Modals
  app.view<ViewSubmitAction>('reject-reason', async ({ ack, body, view, client }) => {
    const reason = view.state.values.raison?.value?.value?.trim() ?? '';
    if (reason.length < 3) {
      await ack({ response_action: 'errors', errors: { raison: 'Donnez la raison du refus (au moins 3 caractères).' } });
      return;
    }
    await ack();
    const meta = parseMetadata(view.private_metadata);
    if (!meta) {
      log.error('formulaire de refus mal formé', { user: body.user.id, view: view.id });
      await client.chat.postMessage({ channel: body.user.id, text: 'Ce formulaire de refus est illisible : rien n’a été décidé. Refusez à nouveau depuis le bouton de la demande, ou avec /demandes <n°> refuser raison="…".' });
      return;
    }
    const reply = await options.assistant.handle(message(senderOf(body.user.id), `/demandes ${meta.id} refuser raison="${reason.replace(/"/g, "'")}"`, 'dm'));
    if (reply.kind === 'notice' && meta.channel && meta.ts) {
      await client.chat.update({ channel: meta.channel, ts: meta.ts, ...renderReply(reply) });
    } else {
      await client.chat.postMessage({ channel: body.user.id, ...renderReply(reply) });
    }
    await deliverNotifications();
  });

  app.view<ViewSubmitAction>(/^form:/, async (args) => {
    const acked = once(args.ack);
    try {
      await handleFormSubmission({ ...(args as SlackViewMiddlewareArgs<ViewSubmitAction> & { client: WebClient }), ack: acked.ack });
    } catch (error) {
      // A malformed submission, a store failure: never HTTP 500, the modal closes and the user is told.
      const userId = (args.body as { user?: { id?: string } }).user?.id;
      await tellFailure(`view ${String(args.view?.callback_id).slice(0, 60)}`, userId, error, acked.done(), async (text) => userId && args.client.chat.postMessage({ channel: userId, text: `${text}\nVotre formulaire n’a pas été enregistré.` }), () => acked.ack());
    }
  });

  async function handleFormSubmission({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & { client: WebClient }) {
    const form = FORMS[view.callback_id.slice('form:'.length) as FormDefinition['id']];
    if (!form) return ack();
    const { values, files } = readModalValues(view.state.values);
    // Check every field now, within Slack's 3 seconds, so that errors show in the modal.
    const errors: Array<{ field: string; message: string }> = [];
    for (const field of form.fields.filter((f) => f.type === 'file')) {
      const file = files[field.name];
      if (!file) continue;
      if (!/^(pdf|jpg|jpeg|png)$/i.test(file.filetype ?? '') && !/^(application\/pdf|image\/jpeg|image\/png)$/.test(file.mimetype ?? '')) errors.push({ field: field.name, message: 'Document : PDF, JPEG ou PNG seulement.' });
      else if ((file.size ?? 0) > MAX_DOCUMENT_BYTES) errors.push({ field: field.name, message: 'Document : 10 Mo au plus.' });
    }
    // The other fields now; the chosen files' contents are checked once downloaded, after the ack.
    const pending = Object.fromEntries(Object.keys(files).map((k) => [k, { filename: 'en-attente.pdf', bytes: PENDING_DOCUMENT }]));
    const check = validateForm(form.id, { ...values, ...pending });
    if (!check.ok) errors.push(...check.errors.filter((e) => !errors.some((x) => x.field === e.field)));
    // The file must still exist: asked now, while the modal can still show the error.
    const urls: Record<string, string> = {};
    for (const [name, file] of Object.entries(files)) {
      const found = await fileUrl(client, file.id);
      if (typeof found === 'string') urls[name] = found;
      else if (found.problem) errors.push({ field: name, message: found.problem });
    }
    if (errors.length > 0) {
      const known = new Set(form.fields.map((f) => f.name));
      await ack({ response_action: 'errors', errors: modalErrors(errors.map((e) => ({ ...e, field: known.has(e.field) ? e.field : form.fields[0]!.name }))) });
      return;
    }
    await ack();
    // After the ack: download the file at once with the bot token (Slack links need it), then submit.
    const submitted: Record<string, FieldValue> = { ...values };
    for (const [name, file] of Object.entries(files)) {
      const bytes = await downloadFile(client, file.id, urls[name]).catch((error: unknown) => {
        log.error('document non téléchargé', { form: form.id, user: body.user.id, file: file.id, error: slackError(error) });
        return null;
      });
      if (!bytes) {
        await client.chat.postMessage({ channel: body.user.id, text: `Votre formulaire « ${form.title} » n’a *pas* été enregistré : le document n’a pas pu être récupéré depuis Slack. Relancez la commande et joignez-le à nouveau.` });
        return;
      }
      submitted[name] = { filename: file.name ?? `${name}.pdf`, bytes };
    }
    const reply = await options.assistant.handle({
      user: senderOf(body.user.id, body.user.name),
      channel: { kind: 'dm' },
      now: options.clock(),
      // The view id is unique per opened modal: a redelivered submission is stored once.
      formSubmission: { formId: form.id, values: submitted, idempotencyKey: `slack:${view.id}` },
    });
    await client.chat.postMessage({ channel: body.user.id, ...renderReply(reply) });
    await deliverNotifications();
  }

  /**
   * The file's download URL, or what to show in the modal (deleted file: the user picks it
   * again). A slow or failing lookup is not the user's fault: it is retried after the ack.
   */
  async function fileUrl(client: WebClient, fileId: string): Promise<string | { problem?: string }> {
    try {
      const info = (await client.files.info({ file: fileId })) as { file?: { url_private_download?: string; url_private?: string } };
      return info.file?.url_private_download ?? info.file?.url_private ?? { problem: 'Document : Slack ne donne pas de lien pour ce fichier ; joignez-le à nouveau.' };
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      if (code === 'file_not_found' || code === 'file_deleted') return { problem: 'Document : ce fichier n’existe plus dans Slack ; joignez-le à nouveau.' };
      return {};
    }
  }

  async function downloadFile(client: WebClient, fileId: string, knownUrl?: string): Promise<Buffer> {
    let url = knownUrl;
    if (!url) {
      const info = (await client.files.info({ file: fileId })) as { file?: { url_private_download?: string; url_private?: string } };
      url = info.file?.url_private_download ?? info.file?.url_private;
    }
    if (!url) throw new Error(`Slack file ${fileId} has no download URL`);
    const response = await fetch(url, { headers: { Authorization: `Bearer ${options.botToken}` }, signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`Slack file download failed: ${response.status}`);
    // Type and size are checked by the core's form validation, which explains what is wrong.
    return Buffer.from(await response.arrayBuffer());
  }

  // ---- Home tab
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const user = senderOf(event.user);
    const blocks: Block[] = [];
    const help = await options.assistant.handle(message(user, '/aide', 'dm'));
    if ((user.staffFunctions ?? []).length > 0) {
      const pending = await options.assistant.handle(message(user, '/demandes statut=en-attente', 'dm'));
      const received = await options.assistant.handle(message(user, '/demandes statut=recu', 'dm'));
      const due = await options.requests.dueReminders(options.clock());
      const mine = due.filter((d) => d.recipients.some((r) => (user.staffFunctions ?? []).some((f) => r === `function:${f}`)));
      blocks.push(...renderReply(pending).blocks, ...renderReply(received).blocks);
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: mine.length ? `*Rappels*\n${mine.map((d) => `• n°${d.request.id} (${d.kind === 'before-first-day' ? 'veille de l’absence' : 'en attente'})`).join('\n')}` : '*Rappels* : aucun.' } });
    } else {
      blocks.push(...renderReply(help).blocks);
      const own = await options.assistant.handle(message(user, '/demandes', 'dm'));
      blocks.push({ type: 'divider' }, ...renderReply(own).blocks);
    }
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: blocks.slice(0, 100) as never } });
  });

  // ---- Notifications (new requests for deciders, decisions for submitters): this door is one
  // channel of the store's outbox, which claims each notification before it is sent, once.
  const channel: NotificationChannel = {
    kind: DOOR,
    canDeliver: (recipient) => doorRecipients(options.directory, { recipient }, DOOR).length > 0,
    send: (n) =>
      sendToEach(
        doorRecipients(options.directory, n, DOOR),
        async (userId) => void (await app.client.chat.postMessage({ channel: userId, ...(await notificationMessage(n, userId)), unfurl_links: false })),
        classifySlackFailure,
        log,
        { channel: DOOR, notificationId: n.id },
      ),
  };
  type ActionArgs = Parameters<Parameters<typeof app.action<BlockAction<ButtonAction>>>[1]>[0];
  /** A button handler whose failures end in a message to the user (and an ack if none was sent). */
  function guarded(handler: (args: ActionArgs) => Promise<void>) {
    return async (args: ActionArgs) => {
      const acked = once(args.ack);
      try {
        await handler({ ...args, ack: acked.ack } as ActionArgs);
      } catch (error) {
        await tellFailure(`bouton ${args.action.action_id.slice(0, 60)}`, args.body.user.id, error, acked.done(), (text) => args.respond({ response_type: 'ephemeral', replace_original: false, text }), () => acked.ack());
      }
    };
  }
  function deliverInBackground() {
    void deliverNotifications().catch((error: unknown) => log.error('notifications non envoyées', { error: slackError(error) }));
  }
  let unregister = () => undefined as void;
  async function deliverNotifications(): Promise<void> {
    await options.requests.deliverNotifications(options.clock());
  }

  async function notificationMessage(n: OutboxNotification, userId: string): Promise<{ text: string; blocks: Block[] }> {
    const text = escapeMrkdwn(n.message);
    const blocks: Block[] = [{ type: 'section', text: { type: 'mrkdwn', text } }];
    if (n.kind === 'new-request' && n.requestId) {
      const peek = await options.requests.peek(n.requestId);
      const actor = actorFor(options.directory, DOOR, userId);
      if (peek?.status === 'pending' && actor.staffFunctions.length) {
        blocks.push(renderReply({ ...emptyReply(), actions: [{ id: `request:approve:${n.requestId}`, label: 'Approuver', value: String(n.requestId) }, { id: `request:reject:${n.requestId}`, label: 'Refuser', value: String(n.requestId) }] }).blocks.find((b) => b.type === 'actions')!);
      } else if (peek?.status === 'received' && actor.staffFunctions.length) {
        blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: `request:ack:${n.requestId}`, text: { type: 'plain_text', text: 'Accuser réception' }, value: String(n.requestId) }] });
      }
      blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Détail : /demandes ${n.requestId}` }] });
    }
    return { text, blocks };
  }

  /** Files (exports, documents) go to the asker's direct messages only. */
  async function sendFile(client: WebClient, userId: string, file: NonNullable<Reply['attachment']>) {
    const dm = (await client.conversations.open({ users: userId })) as { channel?: { id?: string } };
    if (!dm.channel?.id) return;
    await client.files.uploadV2({ channel_id: dm.channel.id, file: file.bytes, filename: file.filename, title: file.filename });
  }

  app.error(async (error) => {
    log.error('erreur inattendue', { error: slackError(error) });
  });

  return {
    app,
    start: async () => {
      await checkToken(app.client);
      await app.init();
      if (options.appToken) await app.start();
      else await app.start({ port: options.port, host: options.host ?? '127.0.0.1' });
      unregister = options.requests.outbox.register(channel);
    },
    stop: async () => {
      unregister();
      await app.stop();
    },
    deliverNotifications,
  };
}

/**
 * Slack markup out of a user's text before the core reads it: mentions and broadcasts dropped,
 * channel links and URLs reduced to their label.
 */
export function plainText(text: string): string {
  return text
    .replace(/<[@!][^>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(https?:[^|>]+)\|([^>]*)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A modal's state → form values (strings) and chosen files (ids, to download after the ack). */
function readModalValues(state: ViewSubmitAction['view']['state']['values']) {
  const values: Record<string, FieldValue> = {};
  const files: Record<string, { id: string; name?: string; filetype?: string; mimetype?: string; size?: number }> = {};
  for (const [block, actions] of Object.entries(state)) {
    const v = actions.value as unknown as { type: string; value?: string | null; selected_date?: string | null; selected_option?: { value: string } | null; files?: Array<{ id: string; name?: string; filetype?: string; mimetype?: string; size?: number }> };
    if (!v) continue;
    if (v.type === 'file_input') {
      const [file] = v.files ?? [];
      if (file) files[block] = file;
    } else {
      const value = v.selected_date ?? v.selected_option?.value ?? v.value ?? undefined;
      if (value) values[block] = value;
    }
  }
  return { values, files };
}

function emptyReply(): Reply {
  return { kind: 'notice', title: '', blocks: [], fields: [], sources: [], notes: [], actions: [], visibility: 'private', data: {}, lang: 'fr' };
}

/** Closed or unknown recipients will not get better by retrying; rate limits and outages will. */
const PERMANENT_SLACK_ERRORS = new Set(['channel_not_found', 'user_not_found', 'users_not_found', 'account_inactive', 'user_disabled', 'cannot_dm_bot', 'is_archived', 'not_in_channel', 'restricted_action', 'messages_tab_disabled']);

export function classifySlackFailure(error: unknown): FailureKind {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number };
  if (e.code === ErrorCode.PlatformError) return PERMANENT_SLACK_ERRORS.has(e.data?.error ?? '') ? 'permanent' : 'retry';
  return 'retry';
}

function slackError(error: unknown): string {
  const platform = (error as { data?: { error?: string } }).data?.error;
  if (platform) return platform;
  return error instanceof Error ? error.message : String(error);
}

/** The token is checked before « connecté » is printed; a refused one names the variable. */
async function checkToken(client: WebClient): Promise<void> {
  try {
    await client.auth.test();
  } catch (error) {
    const code = slackError(error);
    if (['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive'].includes(code)) {
      throw new DoorStartError(`Slack : le jeton est refusé (${code}). Vérifiez SLACK_BOT_TOKEN (OAuth & Permissions › Bot User OAuth Token, xoxb-…) et réinstallez l’app si besoin.`);
    }
    throw new DoorStartError(`Slack : l’API Web ne répond pas (${code}). Vérifiez le réseau et SLACK_API_URL.`);
  }
}

/**
 * The HTTP receiver: a health route that reads the store, and requests dated too far in the
 * future refused like stale ones (Bolt checks only the past; a captured request replayed by
 * someone with a clock ahead would otherwise pass).
 */
/** Bolt's Logger interface over the door's logger: one log, in the same JSON lines. */
function boltLogger(log: EventLogger): Logger {
  let level = LogLevel.WARN;
  const text = (messages: unknown[]) => messages.map(String).join(' ').slice(0, 500);
  return {
    debug: () => undefined,
    info: (...messages: unknown[]) => void (level === LogLevel.INFO || level === LogLevel.DEBUG ? log.info('bolt', { message: text(messages) }) : undefined),
    warn: (...messages: unknown[]) => log.warn('bolt', { message: text(messages) }),
    error: (...messages: unknown[]) => log.error('bolt', { message: text(messages) }),
    setLevel: (next: LogLevel) => void (level = next),
    getLevel: () => level,
    setName: () => undefined,
  };
}

function httpReceiver(options: SlackDoorOptions, log: EventLogger): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret ?? '',
    port: options.port,
    // Bolt's warnings (refused signatures…) go to the door's one logger, not to Bolt's console logger.
    logger: options.logger ?? boltLogger(log),
    logLevel: LogLevel.WARN,
    customRoutes: [
      {
        path: '/health',
        method: ['GET'],
        handler: (_req, res) => {
          const check = options.health ?? (() => Promise.resolve());
          void check().then(
            () => reply(res, 200, { status: 'ok' }),
            (error: unknown) => {
              log.error('contrôle de santé en échec', { error: slackError(error) });
              reply(res, 503, { status: 'error', store: 'indisponible' });
            },
          );
        },
      },
    ],
  });
  const handle = receiver.requestListener;
  receiver.requestListener = (req: HttpRequest, res: ServerResponse) => {
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (req.method === 'POST' && Number.isFinite(timestamp) && timestamp - Date.now() / 1000 > MAX_CLOCK_SKEW_SECONDS) {
      log.warn('requête refusée : datée dans le futur', { path: req.url, skewSeconds: Math.round(timestamp - Date.now() / 1000) });
      return reply(res, 401, { error: 'request timestamp too far in the future' });
    }
    return handle(req, res);
  };
  return receiver;
}

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function parseMetadata(text: string): { id: string; channel?: string; ts?: string } | null {
  try {
    const meta = JSON.parse(text) as { id?: unknown; channel?: unknown; ts?: unknown };
    return typeof meta.id === 'string' && /^\d+$/.test(meta.id) ? { id: meta.id, channel: typeof meta.channel === 'string' ? meta.channel : undefined, ts: typeof meta.ts === 'string' ? meta.ts : undefined } : null;
  } catch {
    return null;
  }
}

/** The promise's value if it settles within `ms` (its rejection is thrown), undefined after. */
async function withinDeadline<T>(promise: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
  if (ms <= 0) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  try {
    return await Promise.race([promise.then((value) => ({ value })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** An ack that remembers whether it was called (so that a failure knows whether to ack). */
function once<A extends unknown[]>(ack: (...args: A) => Promise<void>) {
  let called = false;
  return {
    ack: async (...args: A) => {
      if (called) return;
      called = true;
      await ack(...args);
    },
    done: () => called,
  };
}
