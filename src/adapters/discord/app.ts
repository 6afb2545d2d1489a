/**
 * The Discord door: a discord.js client over the shared core. Thin: it turns interactions and
 * messages into core messages, renders the Reply with render.ts, and delivers notifications.
 * Interactions are answered within Discord's 3 seconds: a modal is always the first response;
 * anything that may take longer is deferred.
 */
import {
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  ActionRowBuilder,
  Client,
  DiscordAPIError,
  DiscordjsError,
  DiscordjsErrorCodes,
  GatewayCloseCodes,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  Partials,
  TextInputBuilder,
  TextInputStyle,
  LabelBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Attachment,
  type Interaction,
  type Message,
  type MessageActionRowComponentBuilder,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Assistant, IncomingMessage, Reply, Sender } from '../../core/index.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { actorFor, doorRecipients, FORMS, MAX_DOCUMENT_BYTES, type DirectoryConfig, type FieldValue, type FileInput, type FormDefinition, type NotificationChannel, type OutboxNotification, type RequestService } from '../../requests/index.ts';
import { sendToEach, type FailureKind } from '../delivery.ts';
import type { Logger } from '../../logging/index.ts';
import { doorLogger } from '../door-log.ts';
import { DoorStartError } from '../start-error.ts';
import { shorten } from '../slack/render.ts';
import { commandArgs } from './commands.ts';
import { buttonRows, esc, formModals, NO_MENTIONS, renderReply, type DiscordMessage } from './render.ts';

/**
 * Mentions and direct messages carry their text without the privileged Message Content intent;
 * only listening to whole channels (DISCORD_LISTEN_CHANNELS) needs it, so it is asked for only then.
 */
export function discordIntents(listenChannels: string[]): GatewayIntentBits[] {
  const base = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  return listenChannels.length > 0 ? [...base, GatewayIntentBits.MessageContent] : base;
}

/** Attachments are downloaded within this time, or the user is told to try again. */
const DOWNLOAD_TIMEOUT_MS = 15_000;
const DOCUMENT_TYPES = /^(application\/pdf|image\/jpeg|image\/png)(;|$)/i;
const APOLOGY = 'Désolé, une erreur inattendue est survenue : rien n’a été enregistré ni envoyé. Réessayez dans un instant ; si cela persiste, prévenez le secrétariat.';

export interface DiscordDoorOptions {
  token: string;
  applicationId: string;
  /** REST base URL (a proxy, the tests); default https://discord.com/api. */
  apiUrl?: string;
  assistant: Assistant;
  requests: RequestService;
  knowledge: Knowledge;
  directory: DirectoryConfig;
  /** Channels where confident answers are given without a mention. */
  listenChannels: string[];
  clock: () => Date;
  log?: Logger;
  /** How long an attachment download may take (default 15 s). */
  downloadTimeoutMs?: number;
}

const DOOR = 'discord';
const EPHEMERAL = MessageFlags.Ephemeral;

/** Mentions and broadcasts are markup, not words: removed before the core reads the text. */
export function plainText(text: string): string {
  return text
    .replace(/<@[!&]?\d+>/g, ' ')
    .replace(/<#\d+>/g, ' ')
    .replace(/@(everyone|here)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface PendingForm {
  form: FormDefinition;
  values: Record<string, FieldValue>;
  /** Typed values, to prefill the modals when a field must be corrected. */
  typed: Record<string, string>;
}

/** A pending form as JSON: the form by id and shown fields, files as base64. */
interface StoredPendingForm {
  formId: FormDefinition['id'];
  fields: string[];
  values: Record<string, string | { filename: string; base64: string }>;
  typed: Record<string, string>;
}

/** Long enough to fill every page of a form; a document left in an abandoned form goes with it. */
const FORM_TTL_MS = 60 * 60_000;
/** Ephemeral replies (and so their share buttons) do not outlive a day in practice. */
const SHARE_TTL_MS = 24 * 60 * 60_000;

function storablePending(p: PendingForm): StoredPendingForm {
  const values: StoredPendingForm['values'] = {};
  for (const [k, v] of Object.entries(p.values)) {
    if (typeof v === 'object' && v) values[k] = { filename: v.filename, base64: v.bytes.toString('base64') };
    else if (typeof v === 'string') values[k] = v;
  }
  return { formId: p.form.id, fields: p.form.fields.map((f) => f.name), values, typed: p.typed };
}

function revivePending(s: StoredPendingForm | undefined): PendingForm | undefined {
  const form = s && FORMS[s.formId];
  if (!s || !form) return undefined;
  const values: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(s.values)) values[k] = typeof v === 'string' ? v : { filename: v.filename, bytes: Buffer.from(v.base64, 'base64') };
  return { form: { ...form, fields: form.fields.filter((f) => s.fields.includes(f.name)) }, values, typed: s.typed };
}

export function createDiscordDoor(options: DiscordDoorOptions) {
  const log = options.log ?? doorLogger(DOOR);
  const client = new Client({
    intents: discordIntents(options.listenChannels),
    // Direct messages arrive on channels the client has not cached.
    partials: [Partials.Channel],
    rest: options.apiUrl ? { api: options.apiUrl } : {},
    allowedMentions: NO_MENTIONS,
  });
  const senderOf = (userId: string, name?: string): Sender => {
    const actor = actorFor(options.directory, DOOR, userId, name);
    return { id: actor.id, role: actor.role, staffFunctions: actor.staffFunctions, name };
  };
  const message = (user: Sender, text: string, kind: IncomingMessage['channel']['kind'], conversation?: string): IncomingMessage => ({ text: plainText(text), user, channel: { kind }, now: options.clock(), conversation });
  // Forms being filled and share keys live in the store (with expiry): a restart between two
  // modals, or a second process answering the next one, still finds them.
  const state = options.requests.doorState;
  const forms = {
    get: async (key: string) => revivePending(await state.get<StoredPendingForm>('discord-form', key, options.clock())),
    set: (key: string, pending: PendingForm) => state.put('discord-form', key, storablePending(pending), FORM_TTL_MS, options.clock()),
    delete: (key: string) => state.delete('discord-form', key),
  };
  // Share buttons point to the question asked (custom ids are too short to hold it).
  const remember = (key: string, text: string) => state.put('discord-share', key, text, SHARE_TTL_MS, options.clock());

  client.on(Events.InteractionCreate, (interaction) => {
    void onInteraction(interaction).catch((error: unknown) => apologise(interaction, error));
  });

  /**
   * Every failure after Discord was answered ends in a message to the user: the deferred reply
   * is edited (the user would otherwise see « réfléchit… » until the token expires), an answered
   * one gets a follow-up, an unanswered one a reply; and an error log with its context.
   */
  async function apologise(interaction: Interaction, error: unknown) {
    const what = interaction.isChatInputCommand() ? `/${interaction.commandName}` : interaction.isButton() || interaction.isModalSubmit() ? interaction.customId : `type ${interaction.type}`;
    log.error('interaction en échec après accusé de réception', { interaction: interaction.id, what, user: interaction.user.id, deferred: interaction.isRepliable() && interaction.deferred, error: describeError(error) });
    if (!interaction.isRepliable()) return;
    try {
      if (interaction.deferred && !interaction.replied) await interaction.editReply({ content: APOLOGY, embeds: [], components: [], files: [], allowedMentions: NO_MENTIONS });
      else if (interaction.replied || interaction.deferred) await interaction.followUp({ content: APOLOGY, flags: EPHEMERAL, allowedMentions: NO_MENTIONS });
      else await interaction.reply({ content: APOLOGY, flags: EPHEMERAL, allowedMentions: NO_MENTIONS });
    } catch (secondError) {
      log.error('excuses non remises', { interaction: interaction.id, error: describeError(secondError) });
    }
  }

  async function onInteraction(interaction: Interaction) {
    if (interaction.isAutocomplete()) return autocomplete(interaction);
    if (interaction.isChatInputCommand()) return command(interaction);
    if (interaction.isModalSubmit()) return modal(interaction);
    if (interaction.isButton()) return button(interaction);
  }

  async function autocomplete(interaction: AutocompleteInteraction) {
    const focused = interaction.options.getFocused(true);
    const typed = focused.value.toLowerCase();
    const pool =
      focused.name === 'annee'
        ? [...new Set(options.knowledge.cohorts.map((c) => c.academicYear)), '2026/2027', '2027/2028']
        : options.knowledge.routing.map((r) => r.need);
    const choices = [...new Set(pool)].filter((v) => v.toLowerCase().includes(typed)).slice(0, 25);
    await interaction.respond(choices.map((v) => ({ name: shorten(v, 100), value: v.slice(0, 100) })));
  }

  async function command(interaction: ChatInputCommandInteraction) {
    const user = senderOf(interaction.user.id, interaction.user.username);
    const name = interaction.commandName;
    if (name === 'arret-maladie' || name === 'absence') {
      const reply = await options.assistant.handle({ command: { name, args: '' }, user, channel: { kind: 'channel' }, now: options.clock() });
      if (reply.kind !== 'form') return void (await interaction.reply({ ...renderReply(reply)[0]!, flags: EPHEMERAL }));
      const form = FORMS[name];
      const pending: PendingForm = { form, values: {}, typed: {} };
      if (name === 'absence') pending.values.motif_type = pending.typed.motif_type = interaction.options.getString('type', true);
      // The absence type is already chosen in the command: the modal asks the rest.
      const shown: FormDefinition = name === 'absence' ? { ...form, fields: form.fields.filter((f) => f.name !== 'motif_type') } : form;
      await forms.set(`${interaction.user.id}:${form.id}`, { ...pending, form: shown });
      return void (await interaction.showModal(formModals(shown, pending.typed)[0]!));
    }
    await interaction.deferReply({ flags: EPHEMERAL });
    // Options are cleaned of mention markup exactly as a mention's text is: same question, same answer.
    const args = plainText(commandArgs(name, interaction.options));
    const reply = await options.assistant.handle({ command: { name, args }, user, channel: { kind: interaction.inGuild() ? 'channel' : 'dm' }, now: options.clock() });
    const text = `/${name} ${args}`.trim();
    await remember(interaction.id, text);
    await sendEphemeral(interaction, reply, shareable(reply) ? interaction.id : undefined, interaction.id);
    await deliverNotifications();
  }

  const shareable = (reply: Reply) => reply.visibility === 'public' && (reply.kind === 'answer' || reply.kind === 'computation');

  /** An ephemeral reply (deferred before): the first message edits the deferral, the rest follow. */
  async function sendEphemeral(interaction: ChatInputCommandInteraction | ModalSubmitInteraction | ButtonInteraction, reply: Reply, shareKey?: string, detailsKey?: string) {
    const messages = renderReply(reply, shareKey ? [{ id: 'share', label: 'Partager dans le canal', value: shareKey }] : [], { detailsKey });
    if (shareKey) retargetShare(messages, shareKey);
    const files = reply.attachment ? [new AttachmentBuilder(reply.attachment.bytes, { name: reply.attachment.filename })] : [];
    const [first, ...rest] = messages;
    await interaction.editReply({ ...first!, files });
    for (const m of rest) await interaction.followUp({ ...m, flags: EPHEMERAL });
  }

  function retargetShare(messages: DiscordMessage[], key: string) {
    for (const m of messages) for (const row of m.components) for (const c of row.components) if ((c.toJSON() as { custom_id?: string }).custom_id === 'share') (c as ButtonBuilder).setCustomId(`share:${key}`);
  }

  async function modal(interaction: ModalSubmitInteraction) {
    const [kind, formId, pageText] = interaction.customId.split(':') as [string, string, string];
    if (kind === 'reject') return rejectWithReason(interaction, formId);
    const key = `${interaction.user.id}:${formId}`;
    const pending = await forms.get(key);
    if (!pending) return void (await interaction.reply({ content: 'Ce formulaire a expiré : relancez la commande.', flags: EPHEMERAL }));
    const page = Number(pageText);
    const pages = formModals(pending.form).length;
    // Text and select values now; files are downloaded at once (Discord links expire).
    await interaction.deferReply({ flags: EPHEMERAL });
    for (const field of pending.form.fields) {
      if (field.type === 'file') {
        const uploaded = safe(() => interaction.fields.getUploadedFiles(field.name));
        const file = uploaded?.first();
        if (file) {
          const fetched = await download(file);
          if (typeof fetched === 'string') {
            // The modal is gone: the user corrects the document through the prefilled retry.
            const retryPage = Math.floor(pending.form.fields.indexOf(field) / 5);
            await interaction.editReply({ content: `${fetched} Rien n’a été enregistré.`, components: [nextRow(`form-retry:${formId}:${retryPage}`, 'Corriger')], allowedMentions: NO_MENTIONS });
            return;
          }
          pending.values[field.name] = fetched;
        }
      } else if (field.type === 'select') {
        const values = safe(() => interaction.fields.getStringSelectValues(field.name));
        if (values) (pending.values[field.name] = values[0]), (pending.typed[field.name] = values[0] ?? '');
      } else {
        const value = safe(() => interaction.fields.getTextInputValue(field.name));
        if (value !== undefined) (pending.values[field.name] = value), (pending.typed[field.name] = value);
      }
    }
    if (page + 1 < pages) {
      await forms.set(key, pending);
      await interaction.editReply({ content: `Étape ${page + 1}/${pages} notée. La suite :`, components: [nextRow(`form-next:${formId}:${page + 1}`, 'Continuer')], allowedMentions: NO_MENTIONS });
      return;
    }
    const reply = await options.assistant.handle({ user: senderOf(interaction.user.id, interaction.user.username), channel: { kind: 'dm' }, now: options.clock(), formSubmission: { formId: formId as FormDefinition['id'], values: pending.values, idempotencyKey: `discord:${interaction.id}` } });
    const errors = (reply.data.errors as Array<{ field: string }> | undefined) ?? [];
    if (reply.kind === 'error' && errors.length > 0) {
      await forms.set(key, pending);
      // Nothing typed is lost: the retry button reopens the page of the first wrong field, prefilled.
      const firstWrong = pending.form.fields.findIndex((f) => errors.some((e) => e.field === f.name));
      const retryPage = Math.max(0, Math.floor(firstWrong / 5));
      const [first] = renderReply(reply);
      await interaction.editReply({ ...first!, components: [nextRow(`form-retry:${formId}:${retryPage}`, 'Corriger')] });
      return;
    }
    await forms.delete(key);
    await sendEphemeral(interaction, reply);
    await deliverNotifications();
  }

  function nextRow(customId: string, label: string) {
    return new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(new ButtonBuilder().setCustomId(customId).setLabel(label).setStyle(ButtonStyle.Primary));
  }

  /**
   * An attachment's bytes, or what is wrong in French. The size Discord announces is checked
   * before downloading, the announced and served types must be a document's, the download is
   * bounded in time and in bytes (the announced size may lie).
   */
  async function download(file: Pick<Attachment, 'url' | 'name' | 'size' | 'contentType'>): Promise<FileInput | string> {
    if (file.size > MAX_DOCUMENT_BYTES) return 'Document : 10 Mo au plus.';
    if (file.contentType && !DOCUMENT_TYPES.test(file.contentType)) return 'Document : PDF, JPEG ou PNG seulement.';
    let response: Response;
    try {
      response = await fetch(file.url, { signal: AbortSignal.timeout(options.downloadTimeoutMs ?? DOWNLOAD_TIMEOUT_MS) });
    } catch (error) {
      log.error('pièce jointe non téléchargée', { attachment: file.url.split('?')[0], error: describeError(error) });
      return 'Le document n’a pas pu être téléchargé depuis Discord (délai dépassé ou erreur réseau) : renvoyez-le.';
    }
    const served = response.headers.get('content-type') ?? '';
    if (!response.ok) {
      log.error('pièce jointe non téléchargée', { attachment: file.url.split('?')[0], status: response.status });
      return 'Le document n’a pas pu être téléchargé depuis Discord : renvoyez-le.';
    }
    if (served && !DOCUMENT_TYPES.test(served) && !/^application\/octet-stream/i.test(served)) return 'Document : PDF, JPEG ou PNG seulement.';
    const bytes = await readAtMost(response, MAX_DOCUMENT_BYTES);
    if (!bytes) return 'Document : 10 Mo au plus.';
    // The content itself (PDF structure, image header) is checked by the form validation.
    return { filename: file.name, bytes };
  }

  async function button(interaction: ButtonInteraction) {
    const id = interaction.customId;
    const user = senderOf(interaction.user.id, interaction.user.username);
    if (id.startsWith('form-next:') || id.startsWith('form-retry:')) {
      const [, formId, page] = id.split(':') as [string, string, string];
      const pending = await forms.get(`${interaction.user.id}:${formId}`);
      if (!pending) return void (await interaction.reply({ content: 'Ce formulaire a expiré : relancez la commande.', flags: EPHEMERAL }));
      return void (await interaction.showModal(formModals(pending.form, pending.typed)[Number(page)]!));
    }
    if (id.startsWith('share:')) {
      const text = await state.get<string>('discord-share', id.slice('share:'.length), options.clock());
      const reply = text ? await options.assistant.handle(message(user, text, 'channel')) : undefined;
      if (!reply || !shareable(reply) || !interaction.channel || !('send' in interaction.channel)) {
        return void (await interaction.reply({ content: 'Cette réponse ne peut pas être partagée (personnelle, ou trop ancienne : reposez la question).', flags: EPHEMERAL }));
      }
      await interaction.deferUpdate();
      for (const m of renderReply(reply)) await interaction.channel.send({ ...m, content: `Partagé par <@${interaction.user.id}>`, allowedMentions: NO_MENTIONS });
      return;
    }
    if (id.startsWith('details:')) {
      // « Détails »: the question kept under this key, asked again, the whole answer to the presser.
      const text = await state.get<string>('discord-share', id.slice('details:'.length), options.clock());
      if (!text) return void (await interaction.reply({ content: 'Cette réponse est trop ancienne : reposez la question.', flags: EPHEMERAL }));
      await interaction.deferReply({ flags: EPHEMERAL });
      for (const [i, m] of renderReply(await options.assistant.handle(message(user, text, 'channel')), [], { details: true }).entries()) {
        if (i === 0) await interaction.editReply(m);
        else await interaction.followUp({ ...m, flags: EPHEMERAL });
      }
      return;
    }
    if (id.startsWith('ask:')) {
      await interaction.deferReply({ flags: EPHEMERAL });
      return sendEphemeral(interaction, await options.assistant.handle(message(user, id.slice(4), 'channel')));
    }
    const decision = /^request:(approve|reject|ack):(\d+)$/.exec(id);
    if (decision) {
      const [, verb, requestId] = decision as unknown as [string, string, string];
      if (verb === 'reject') {
        const peek = await options.requests.peek(Number(requestId));
        if (peek?.status === 'pending' && (user.staffFunctions ?? []).length > 0) {
          const input = new TextInputBuilder().setCustomId('raison').setStyle(TextInputStyle.Paragraph).setRequired(true).setMinLength(3).setMaxLength(1000);
          return void (await interaction.showModal(new ModalBuilder().setCustomId(`reject:${requestId}`).setTitle('Refuser la demande').addLabelComponents(new LabelBuilder().setLabel('Raison du refus').setTextInputComponent(input))));
        }
      }
      const verbText = verb === 'approve' ? 'approuver' : verb === 'ack' ? 'accuser' : 'refuser raison=-';
      const reply = await options.assistant.handle(message(user, `/demandes ${requestId} ${verbText}`, 'dm'));
      return afterDecision(interaction, reply);
    }
    // A button from an older deployment, or one this version no longer has: say so.
    log.warn('bouton inconnu', { interaction: interaction.id, customId: id.slice(0, 100), user: interaction.user.id });
    await interaction.reply({ content: 'Ce bouton n’est plus valable : relancez la commande.', flags: EPHEMERAL, allowedMentions: NO_MENTIONS });
  }

  async function rejectWithReason(interaction: ModalSubmitInteraction, requestId: string) {
    const reason = interaction.fields.getTextInputValue('raison').replace(/"/g, "'");
    const reply = await options.assistant.handle(message(senderOf(interaction.user.id), `/demandes ${requestId} refuser raison="${reason}"`, 'dm'));
    return afterDecision(interaction, reply);
  }

  /** The request message shows the outcome and loses its buttons; a refusal changes nothing and says why. */
  async function afterDecision(interaction: ButtonInteraction | ModalSubmitInteraction, reply: Reply) {
    if (reply.kind === 'notice' && (interaction.isButton() || interaction.isFromMessage())) {
      const [first] = renderReply({ ...reply, actions: [] });
      await interaction.update({ ...first!, components: [] });
    } else {
      await interaction.reply({ ...renderReply(reply)[0]!, flags: EPHEMERAL });
    }
    await deliverNotifications();
  }

  // ---- Free text: mentions, direct messages, and listened channels (only when sure).
  client.on(Events.MessageCreate, (m) =>
    void onMessage(m).catch((error: unknown) => {
      log.error('message non traité', { message: m.id, channel: m.channelId, user: m.author.id, error: describeError(error) });
      void m.reply({ content: APOLOGY, allowedMentions: NO_MENTIONS }).catch(() => undefined);
    }),
  );

  async function onMessage(m: Message) {
    if (m.author.bot || m.author.id === client.user?.id || !m.content) return;
    const user = senderOf(m.author.id, m.author.username);
    const isDm = m.channel.isDMBased();
    const mentioned = client.user ? m.mentions.users.has(client.user.id) : false;
    const listened = options.listenChannels.includes(m.channelId);
    if (!isDm && !mentioned && !listened) return;
    // One conversation per channel (or DM) and user: follow-ups complete that user's last question.
    const reply = await options.assistant.handle(message(user, m.content, isDm ? 'dm' : 'channel', `discord:${m.channelId}:${m.author.id}`));
    if (!isDm && !mentioned && !((reply.kind === 'answer' || reply.kind === 'computation') && reply.visibility === 'public')) return;
    await remember(m.id, m.content);
    const messages = renderReply(reply, [], { detailsKey: m.id });
    if (!isDm && reply.visibility === 'private') {
      // Private data never goes in a channel: the answer goes to the asker's direct messages.
      for (const msg of messages) await m.author.send(msg);
      await m.reply({ content: 'Je vous ai répondu en message privé.', allowedMentions: NO_MENTIONS });
      return;
    }
    const [first, ...rest] = messages;
    await m.reply(first!);
    for (const msg of rest) if (m.channel.isSendable()) await m.channel.send(msg);
  }

  // ---- Notifications: this door is one channel of the store's outbox, which claims each
  // notification before it is sent, once; a failure stays on that notification alone.
  const channel: NotificationChannel = {
    kind: DOOR,
    canDeliver: (recipient) => doorRecipients(options.directory, { recipient }, DOOR).length > 0,
    send: (n) =>
      sendToEach(
        doorRecipients(options.directory, n, DOOR),
        async (userId) => {
          const user = await client.users.fetch(userId);
          await user.send(await notificationMessage(n, userId));
        },
        classifyDiscordFailure,
        log,
        { channel: DOOR, notificationId: n.id },
      ),
  };
  let unregister = () => undefined as void;
  async function deliverNotifications(): Promise<void> {
    await options.requests.deliverNotifications(options.clock());
  }

  async function notificationMessage(n: OutboxNotification, userId: string) {
    const actions = [];
    if (n.kind === 'new-request' && n.requestId) {
      const peek = await options.requests.peek(n.requestId);
      const actor = actorFor(options.directory, DOOR, userId);
      if (peek?.status === 'pending' && actor.staffFunctions.length) actions.push({ id: `request:approve:${n.requestId}`, label: 'Approuver', value: '' }, { id: `request:reject:${n.requestId}`, label: 'Refuser', value: '' });
      if (peek?.status === 'received' && actor.staffFunctions.length) actions.push({ id: `request:ack:${n.requestId}`, label: 'Accuser réception', value: '' });
    }
    return { embeds: [{ description: esc(n.message).slice(0, 4000), color: 0x457b9d, footer: n.requestId ? { text: `Détail : /demandes voir numero:${n.requestId}` } : undefined }], components: buttonRows(actions), allowedMentions: NO_MENTIONS };
  }

  /**
   * Connected once READY arrives. A refused token or a disallowed intent stops the start with a
   * French message naming the variable or the portal setting, not the library's stack trace.
   */
  async function login(): Promise<void> {
    let onDisconnect: ((event: { code: number }) => void) | undefined;
    const ready = new Promise<void>((resolve, reject) => {
      client.once(Events.ClientReady, () => resolve());
      onDisconnect = (event) => reject(startFailure(event.code));
      client.on(Events.ShardDisconnect, onDisconnect);
    });
    try {
      await Promise.all([client.login(options.token).catch((error: unknown) => Promise.reject(startFailure(error))), ready]);
    } catch (error) {
      await client.destroy().catch(() => undefined);
      throw error instanceof DoorStartError ? error : startFailure(error);
    } finally {
      if (onDisconnect) client.off(Events.ShardDisconnect, onDisconnect);
    }
  }

  return {
    client,
    start: async () => {
      await login();
      unregister = options.requests.outbox.register(channel);
    },
    stop: async () => {
      unregister();
      await client.destroy();
    },
    deliverNotifications,
  };
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read() ?? undefined;
  } catch {
    return undefined;
  }
}

/** Closed DMs (50007), an unknown user (10013) or channel (10003): retrying will not help. */
export function classifyDiscordFailure(error: unknown): FailureKind {
  if (error instanceof DiscordAPIError) {
    if ([50007, 10013, 10003].includes(Number(error.code))) return 'permanent';
    if (error.status === 429 || error.status >= 500) return 'retry';
    return error.status === 403 || error.status === 404 ? 'permanent' : 'retry';
  }
  return 'retry';
}

function startFailure(cause: unknown): DoorStartError {
  if (cause === GatewayCloseCodes.DisallowedIntents) {
    return new DoorStartError('Discord : connexion refusée (code 4014, intention privilégiée non autorisée). Activez « Message Content Intent » dans le Developer Portal › Bot › Privileged Gateway Intents, ou videz DISCORD_LISTEN_CHANNELS (seule l’écoute des salons en a besoin).');
  }
  if (cause === GatewayCloseCodes.AuthenticationFailed || (cause instanceof DiscordjsError && cause.code === DiscordjsErrorCodes.TokenInvalid)) {
    return new DoorStartError('Discord : le jeton est refusé. Vérifiez DISCORD_TOKEN (Developer Portal › Bot › Reset Token, puis copiez le nouveau jeton dans .env).');
  }
  if (typeof cause === 'number') return new DoorStartError(`Discord : la passerelle a fermé la connexion (code ${cause}).`);
  return new DoorStartError(`Discord : connexion impossible (${describeError(cause)}). Vérifiez le réseau et DISCORD_API_URL.`);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The body, or null when it exceeds `limit` bytes (stops reading there). */
async function readAtMost(response: Response, limit: number): Promise<Buffer | null> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    // Leaving the loop cancels the download.
    if (total > limit) return null;
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
