/**
 * The Slack door: a Bolt app over the shared core. Thin: it turns Slack payloads into core
 * messages, calls the core, renders the Reply with render.ts, and delivers notifications.
 * Every request is acknowledged at once; the work happens after the ack.
 */
import { App, LogLevel, type BlockAction, type ButtonAction, type Logger, type SlackCommandMiddlewareArgs, type SlackViewMiddlewareArgs, type ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { type Assistant, type IncomingMessage, type Reply, type ReplyAction, type Sender } from '../../core/index.ts';
import {
  actorFor,
  doorRecipients,
  FORMS,
  MAX_DOCUMENT_BYTES,
  validateForm,
  type DirectoryConfig,
  type FieldValue,
  type FormDefinition,
  type NotificationChannel,
  type OutboxNotification,
  type RequestService,
} from '../../requests/index.ts';
import { DETAILS_ACTION, escapeMrkdwn, formToModal, modalErrors, renderReply, type Block } from './render.ts';

export const SLACK_COMMANDS = ['contrat-dates', 'salaire-min', 'contact', 'aide', 'arret-maladie', 'absence', 'demandes'] as const;

export interface SlackDoorOptions {
  botToken: string;
  /** Socket Mode when given; HTTP (signing secret) otherwise. */
  appToken?: string;
  signingSecret?: string;
  /** Web API base URL (government cloud, proxy, tests). */
  apiUrl?: string;
  port: number;
  assistant: Assistant;
  requests: RequestService;
  directory: DirectoryConfig;
  /** Channels where confident answers are given without a mention. */
  listenChannels: string[];
  clock: () => Date;
  logger?: Logger;
}

const DOOR = 'slack';
const SHARE: ReplyAction = { id: 'share', label: 'Partager dans le canal', value: '' };

export function createSlackDoor(options: SlackDoorOptions) {
  const app = new App({
    token: options.botToken,
    ...(options.appToken ? { socketMode: true, appToken: options.appToken } : { signingSecret: options.signingSecret }),
    clientOptions: options.apiUrl ? { slackApiUrl: options.apiUrl } : undefined,
    port: options.port,
    logger: options.logger,
    logLevel: LogLevel.WARN,
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

  // ---- Commands
  for (const name of SLACK_COMMANDS) {
    app.command(`/${name}`, async (args) => handleCommand(name, args));
  }

  async function handleCommand(name: (typeof SLACK_COMMANDS)[number], { ack, command, respond, client }: SlackCommandMiddlewareArgs & { client: WebClient }) {
    await ack();
    const user = senderOf(command.user_id, command.user_name);
    const text = `/${name} ${command.text}`.trim();
    const reply = await options.assistant.handle({ command: { name, args: command.text }, user, channel: { kind: command.channel_name === 'directmessage' ? 'dm' : 'channel' }, now: options.clock() });
    if (reply.kind === 'form' && reply.data.form) {
      const form = reply.data.form as FormDefinition;
      await client.views.open({ trigger_id: command.trigger_id, view: formToModal(form, JSON.stringify({ channel: command.channel_id })) as never });
      return;
    }
    await respond({ response_type: 'ephemeral', ...renderReply(reply, withShare(reply, text), { detailsValue: text }) });
    if (reply.attachment) await sendFile(client, command.user_id, reply.attachment);
    await deliverNotifications();
  }

  // ---- Free text: mentions (answered in the thread), direct messages, listened channels.
  app.event('app_mention', async ({ event, client }) => {
    if ((event as { bot_id?: string }).bot_id || !event.user) return;
    // The mention itself is markup: message() strips it with the rest.
    // A thread is one conversation: a follow-up mention in it completes the question that opened it.
    const reply = await options.assistant.handle(message(senderOf(event.user), event.text, 'channel', `slack:${event.channel}:${event.thread_ts ?? event.ts}`));
    await answerInChannel(client, event.channel, event.user, event.thread_ts ?? event.ts, reply, event.text);
  });

  app.message(async ({ message: m, client, context }) => {
    const msg = m as { subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; channel_type?: string; ts: string; thread_ts?: string };
    // Never answer itself, other bots, or edits and joins.
    if (msg.subtype || msg.bot_id || !msg.user || !msg.text || msg.user === context.botUserId) return;
    if (msg.channel_type === 'im') {
      const reply = await options.assistant.handle(message(senderOf(msg.user), msg.text, 'dm', `slack:${msg.channel}:${msg.thread_ts ?? 'dm'}`));
      await client.chat.postMessage({ channel: msg.channel, ...renderReply(reply, [], { detailsValue: msg.text }), unfurl_links: false });
      if (reply.attachment) await sendFile(client, msg.user, reply.attachment);
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
  app.action<BlockAction<ButtonAction>>('share', async ({ ack, body, action, client, respond }) => {
    await ack();
    const reply = await options.assistant.handle(message(senderOf(body.user.id), action.value ?? '', 'channel'));
    if (reply.visibility !== 'public' || !body.channel?.id) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'Cette réponse est personnelle : elle ne peut pas être partagée dans le canal.' });
      return;
    }
    const rendered = renderReply(reply, [], { detailsValue: action.value ?? '' });
    rendered.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Partagé par <@${body.user.id}>` }] });
    await client.chat.postMessage({ channel: body.channel.id, ...rendered, unfurl_links: false });
  });

  // « Détails »: the same question again, the whole answer, to the one who pressed.
  app.action<BlockAction<ButtonAction>>(DETAILS_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const reply = await options.assistant.handle(message(senderOf(body.user.id), action.value ?? '', 'channel'));
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply, [], { details: true }) });
  });

  // Clarification choices and formation/contract pickers re-ask with the chosen value.
  app.action<BlockAction<ButtonAction>>(/^(topic|formation|family|pick)[:-]/, async ({ ack, body, action, respond }) => {
    await ack();
    const text = action.value ?? '';
    const reply = await options.assistant.handle(message(senderOf(body.user.id), text, 'channel'));
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply, withShare(reply, text), { detailsValue: text }) });
  });

  app.action<BlockAction<ButtonAction>>(/^request:(approve|ack):\d+$/, async ({ ack, body, action, client, respond }) => {
    await ack();
    const [, verb, id] = action.action_id.split(':') as [string, string, string];
    const reply = await options.assistant.handle(message(senderOf(body.user.id), `/demandes ${id} ${verb === 'approve' ? 'approuver' : 'accuser'}`, 'dm'));
    await afterDecision(client, respond, body, reply);
  });

  app.action<BlockAction<ButtonAction>>(/^request:reject:\d+$/, async ({ ack, body, action, client, respond }) => {
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
  });

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
    const meta = JSON.parse(view.private_metadata) as { id: string; channel?: string; ts?: string };
    const reply = await options.assistant.handle(message(senderOf(body.user.id), `/demandes ${meta.id} refuser raison="${reason.replace(/"/g, "'")}"`, 'dm'));
    if (reply.kind === 'notice' && meta.channel && meta.ts) {
      await client.chat.update({ channel: meta.channel, ts: meta.ts, ...renderReply(reply) });
    } else {
      await client.chat.postMessage({ channel: body.user.id, ...renderReply(reply) });
    }
    await deliverNotifications();
  });

  app.view<ViewSubmitAction>(/^form:/, async (args) => handleFormSubmission(args as SlackViewMiddlewareArgs<ViewSubmitAction> & { client: WebClient }));

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
    const placeholder = Object.fromEntries(Object.keys(files).map((k) => [k, { filename: 'x.pdf', bytes: Buffer.from('%PDF-') }]));
    const check = validateForm(form.id, { ...values, ...placeholder });
    if (!check.ok) errors.push(...check.errors.filter((e) => !errors.some((x) => x.field === e.field)));
    if (errors.length > 0) {
      const known = new Set(form.fields.map((f) => f.name));
      await ack({ response_action: 'errors', errors: modalErrors(errors.map((e) => ({ ...e, field: known.has(e.field) ? e.field : form.fields[0]!.name }))) });
      return;
    }
    await ack();
    // After the ack: download the file at once with the bot token (Slack links need it), then submit.
    const submitted: Record<string, FieldValue> = { ...values };
    for (const [name, file] of Object.entries(files)) {
      const bytes = await downloadFile(client, file.id);
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

  async function downloadFile(client: WebClient, fileId: string): Promise<Buffer> {
    const info = (await client.files.info({ file: fileId })) as { file?: { url_private_download?: string; url_private?: string } };
    const url = info.file?.url_private_download ?? info.file?.url_private;
    if (!url) throw new Error(`Slack file ${fileId} has no download URL`);
    const response = await fetch(url, { headers: { Authorization: `Bearer ${options.botToken}` } });
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
    send: async (n) => {
      for (const userId of doorRecipients(options.directory, n, DOOR)) {
        await app.client.chat.postMessage({ channel: userId, ...(await notificationMessage(n, userId)), unfurl_links: false });
      }
    },
  };
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
    (options.logger ?? console).error(`Slack : erreur inattendue ${String(error)}`);
  });

  return {
    app,
    start: async () => {
      await app.start(options.port);
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
