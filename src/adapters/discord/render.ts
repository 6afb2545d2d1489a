/**
 * The one pure renderer from the core's Reply to Discord embeds and components, and from a form
 * to modals. User text is escaped for markdown; every message forbids all mentions; Discord's
 * limits are kept by splitting long answers into several messages, never by cutting a word.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  escapeMarkdown,
  FileUploadBuilder,
  LabelBuilder,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type APIEmbed,
  type MessageActionRowComponentBuilder,
} from 'discord.js';
import { frenchSource, layoutReply, type Reply, type ReplyAction } from '../../core/index.ts';
import type { FormDefinition, FormField } from '../../requests/index.ts';
import { shorten, shortSources, splitText } from '../slack/render.ts';

// discord.com/developers/docs/resources/message#embed-object-embed-limits
export const LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, embedTotal: 6000, embedsPerMessage: 10, rows: 5, buttonsPerRow: 5, buttonLabel: 80, customId: 100, modalComponents: 5, modalTitle: 45, inputLabel: 45 } as const;

/** No ping ever: not @everyone, not @here, not a role, not a user, not the replied-to author. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

const COLOURS: Partial<Record<Reply['kind'], number>> = { error: 0xd62828, fallback: 0x6c757d, clarify: 0xf4a261, computation: 0x2a9d8f, notice: 0x2a9d8f, answer: 0x1d3557, form: 0x457b9d };

export interface DiscordMessage {
  embeds: APIEmbed[];
  components: Array<ActionRowBuilder<MessageActionRowComponentBuilder>>;
  allowedMentions: typeof NO_MENTIONS;
}

// Masked links too: a name typed as « [Valider](https://…) » must not become a link in a staff DM.
export const esc = (text: string) => escapeMarkdown(text, { maskedLink: true, heading: true }).replace(/@(everyone|here)/g, '@\u200b$1');

/**
 * Reply → one or more messages (a long answer continues in the next ones, cleanly), laid out for a
 * chat (core's layoutReply): the fact as the title, warnings, a few lines, short sources. What
 * the layout folds is shown with `details`, or behind a « Détails » button whose custom id carries
 * `detailsKey` (the door keeps the question under it); without a key nothing is folded.
 */
export function renderReply(reply: Reply, extraActions: ReplyAction[] = [], options: { details?: boolean; detailsKey?: string } = {}): DiscordMessage[] {
  const colour = COLOURS[reply.kind] ?? 0x1d3557;
  const layout = layoutReply(reply);
  const showDetails = options.details === true || options.detailsKey === undefined;
  const folded = !showDetails && layout.details.length > 0;
  const headlineFits = esc(layout.headline).length <= LIMITS.title;
  const paragraphs = [
    ...(headlineFits ? [] : [`**${esc(layout.headline)}**`]),
    ...layout.warnings.map((n) => `⚠️ ${esc(n)}`),
    ...(showDetails ? [...layout.body, ...layout.details] : layout.body).map((b) => esc(b)),
  ];
  const descriptions = splitText(paragraphs.join('\n\n'), LIMITS.description - 100);
  const sources = layout.sources.length ? shorten(showDetails ? layout.sources.map((s) => `• ${frenchSource(s, reply.lang)}`).join('\n') : `Sources : ${shortSources(layout.sources)}`, LIMITS.footer) : undefined;

  const embeds: APIEmbed[] = [];
  (descriptions.length ? descriptions : ['']).forEach((description, i) => {
    const embed: APIEmbed = { color: colour };
    if (i === 0) embed.title = shorten(esc(headlineFits ? layout.headline : reply.title), LIMITS.title);
    if (description) embed.description = description;
    embeds.push(embed);
  });
  if (sources) embeds[embeds.length - 1]!.footer = { text: sources };
  const detailsButton: ReplyAction[] = folded ? [{ id: 'details', label: 'Détails', value: options.detailsKey ?? '' }] : [];

  // Group embeds into messages within the per-message count and the 6000-character total.
  const messages: DiscordMessage[] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (current.length > 0 && (current.length >= LIMITS.embedsPerMessage || size + length > LIMITS.embedTotal)) {
      messages.push({ embeds: current, components: [], allowedMentions: NO_MENTIONS });
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  messages.push({ embeds: current, components: [], allowedMentions: NO_MENTIONS });
  messages[messages.length - 1]!.components = buttonRows([...layout.actions, ...extraActions, ...detailsButton]);
  return messages;
}

function embedLength(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Buttons in rows of 5, at most 5 rows. */
export function buttonRows(actions: ReplyAction[]): Array<ActionRowBuilder<MessageActionRowComponentBuilder>> {
  const rows: Array<ActionRowBuilder<MessageActionRowComponentBuilder>> = [];
  actions.slice(0, LIMITS.rows * LIMITS.buttonsPerRow).forEach((a, i) => {
    if (i % LIMITS.buttonsPerRow === 0) rows.push(new ActionRowBuilder<MessageActionRowComponentBuilder>());
    const style = a.id.startsWith('request:approve:') ? ButtonStyle.Success : a.id.startsWith('request:reject:') ? ButtonStyle.Danger : ButtonStyle.Secondary;
    rows[rows.length - 1]!.addComponents(new ButtonBuilder().setCustomId(customId(a)).setLabel(shorten(a.label, LIMITS.buttonLabel)).setStyle(style));
  });
  return rows;
}

/**
 * A button's custom id carries what pressing it does (100 characters at most): request buttons
 * keep their id; others carry the text to ask again, cut if needed (the door keeps long ones).
 */
export function customId(action: ReplyAction): string {
  if (action.id.startsWith('request:') || action.id === 'share') return action.id.slice(0, LIMITS.customId);
  if (action.id === 'details') return `details:${action.value}`.slice(0, LIMITS.customId);
  return `ask:${action.value}`.slice(0, LIMITS.customId);
}

/** A form → its modal pages (Discord allows 5 components a modal); values typed before are kept. */
export function formModals(form: FormDefinition, previous: Record<string, string> = {}): ModalBuilder[] {
  const pages: FormField[][] = [];
  for (let i = 0; i < form.fields.length; i += LIMITS.modalComponents) pages.push(form.fields.slice(i, i + LIMITS.modalComponents));
  return pages.map((fields, page) =>
    new ModalBuilder()
      .setCustomId(`form:${form.id}:${page}`)
      .setTitle(shorten(`${form.title} (${page + 1}/${pages.length})`, LIMITS.modalTitle))
      .addLabelComponents(...fields.map((f) => fieldLabel(f, previous[f.name]))),
  );
}

function fieldLabel(field: FormField, previous: string | undefined): LabelBuilder {
  const label = new LabelBuilder().setLabel(shorten(field.label, LIMITS.inputLabel));
  if (field.help) label.setDescription(shorten(field.help, 100));
  if (field.type === 'select') {
    const select = new StringSelectMenuBuilder()
      .setCustomId(field.name)
      .setRequired(field.required)
      .setMinValues(field.required ? 1 : 0)
      .setMaxValues(1)
      .addOptions((field.options ?? []).map((o) => ({ label: shorten(o.label, 100), value: o.value, default: o.value === previous })));
    return label.setStringSelectMenuComponent(select);
  }
  if (field.type === 'file') {
    return label.setFileUploadComponent(new FileUploadBuilder().setCustomId(field.name).setRequired(field.required).setMinValues(field.required ? 1 : 0).setMaxValues(1));
  }
  // Discord has no date picker: dates are typed (jj/mm/aaaa) and validated by the core.
  const input = new TextInputBuilder()
    .setCustomId(field.name)
    .setStyle(field.type === 'textarea' ? TextInputStyle.Paragraph : TextInputStyle.Short)
    .setRequired(field.required)
    .setMaxLength(Math.min(field.maxLength ?? (field.type === 'date' ? 10 : 200), 4000));
  if (field.type === 'date') input.setPlaceholder('jj/mm/aaaa');
  if (previous) input.setValue(previous.slice(0, 4000));
  return label.setTextInputComponent(input);
}
