/**
 * The one pure renderer from the core's Reply to Slack Block Kit, and from a form to a modal.
 * Every piece of text is escaped (&, <, >), so nothing a user typed can become a mention, a
 * broadcast (<!channel>) or a link; Block Kit's limits are respected by splitting, never by
 * cutting a word.
 */
import { frenchSource, layoutReply, shortSource, SHORT_SOURCES, type Reply, type ReplyAction } from '../../core/index.ts';
import type { FormDefinition, FormField } from '../../requests/index.ts';

// Block Kit limits (api.slack.com/reference/block-kit).
export const LIMITS = { blocks: 50, sectionText: 3000, header: 150, fieldsPerSection: 10, fieldText: 2000, contextElements: 10, buttonText: 75, actionValue: 2000, modalTitle: 24, fallbackText: 3000 } as const;

/** Escapes the three characters Slack's mrkdwn gives meaning to. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits text into pieces of at most `max` characters, at a paragraph, a line or a word. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > max / 3) ?? max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Shortens a one-line label to `max` characters at a word, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

// Slack mrkdwn bullets: "- " lines become "•".
const bullets = (text: string) => text.replace(/^- /gm, '• ');

export type Block = Record<string, unknown>;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

const ICON: Partial<Record<Reply['kind'], string>> = { error: '⚠️ ', fallback: '🤷 ', clarify: '❓ ', form: '📝 ', notice: '✅ ' };

/** The « Détails » button: pressing it asks `value` again and shows the whole answer. */
export const DETAILS_ACTION = 'details';

/**
 * Reply → Block Kit, laid out for a chat (core's layoutReply): the fact in the header, warnings,
 * a few lines, buttons, short sources. What the layout folds is shown only with `details`, or
 * behind a « Détails » button when `detailsValue` (the question to ask again) is given; without
 * a way to ask again nothing is folded.
 */
export function renderReply(reply: Reply, extraActions: ReplyAction[] = [], options: { details?: boolean; detailsValue?: string } = {}): SlackMessage {
  const layout = layoutReply(reply);
  const showDetails = options.details === true || options.detailsValue === undefined;
  const blocks: Block[] = [];
  const section = (text: string) => {
    for (const piece of splitText(text, LIMITS.sectionText)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: piece } });
  };
  const header = `${ICON[reply.kind] ?? ''}${layout.headline}`;
  if (header.length <= LIMITS.header) blocks.push({ type: 'header', text: { type: 'plain_text', text: header, emoji: true } });
  else {
    // A long first line: the title as header, the whole line (the fact) right under it.
    blocks.push({ type: 'header', text: { type: 'plain_text', text: shorten(`${ICON[reply.kind] ?? ''}${reply.title}`, LIMITS.header), emoji: true } });
    section(`*${escapeMrkdwn(layout.headline)}*`);
  }
  for (const w of layout.warnings) section(`⚠️ ${escapeMrkdwn(w)}`);
  for (const p of showDetails ? [...layout.body, ...layout.details] : layout.body) section(bullets(escapeMrkdwn(p)));
  const folded = !showDetails && layout.details.length > 0;
  const actions = [...layout.actions, ...extraActions, ...(folded ? [{ id: DETAILS_ACTION, label: 'Détails', value: options.detailsValue ?? '' }] : [])];
  if (actions.length > 0) {
    blocks.push({ type: 'actions', elements: actions.slice(0, 25).map(button) });
  }
  if (layout.sources.length > 0) {
    const sources = showDetails ? layout.sources.map((s) => `• ${escapeMrkdwn(frenchSource(s, reply.lang))}`).join('\n') : escapeMrkdwn(shortSources(layout.sources));
    // One context block holds at most 10 elements of 3000 characters.
    const chunks = splitText(`*Sources*${showDetails ? '\n' : ' : '}${sources}`, LIMITS.sectionText).slice(0, LIMITS.contextElements);
    blocks.push({ type: 'context', elements: chunks.map((text) => ({ type: 'mrkdwn', text })) });
  }
  // A message holds at most 50 blocks: keep the first ones and say the rest was left out.
  if (blocks.length > LIMITS.blocks) {
    blocks.splice(LIMITS.blocks - 1, blocks.length, { type: 'context', elements: [{ type: 'mrkdwn', text: 'Réponse trop longue pour Slack : la suite est disponible avec /aide ou dans le terminal.' }] });
  }
  return { text: fallbackText(reply, layout), blocks };
}

/** Two short citations and how many more: the line under a folded answer. */
export function shortSources(sources: string[]): string {
  const more = sources.length - SHORT_SOURCES;
  return `${sources.slice(0, SHORT_SOURCES).map(shortSource).join(' ; ')}${more > 0 ? ` (+ ${more})` : ''}`;
}

/** The plain text Slack shows in notifications and to screen readers. */
export function fallbackText(reply: Reply, layout = layoutReply(reply)): string {
  return shorten(escapeMrkdwn(layout.headline.replace(/\s+/g, ' ')), LIMITS.fallbackText);
}

function button(action: ReplyAction): Block {
  const element: Block = {
    type: 'button',
    action_id: action.id,
    text: { type: 'plain_text', text: shorten(action.label, LIMITS.buttonText), emoji: true },
    value: action.value.slice(0, LIMITS.actionValue),
  };
  if (action.id.startsWith('request:approve:') || action.id.startsWith('request:reject:')) {
    element.style = action.id.startsWith('request:approve:') ? 'primary' : 'danger';
    element.confirm = {
      title: { type: 'plain_text', text: 'Confirmer la décision' },
      text: { type: 'mrkdwn', text: `${escapeMrkdwn(action.label)} : la décision ne pourra plus être changée.` },
      confirm: { type: 'plain_text', text: 'Confirmer' },
      deny: { type: 'plain_text', text: 'Annuler' },
    };
  }
  return element;
}

/** The core's form → a modal; `callback_id` names the form, `private_metadata` carries context. */
export function formToModal(form: FormDefinition, privateMetadata: string): Block {
  return {
    type: 'modal',
    callback_id: `form:${form.id}`,
    private_metadata: privateMetadata,
    title: { type: 'plain_text', text: shorten(form.id === 'arret-maladie' ? 'Arrêt de travail' : 'Demande d’absence', LIMITS.modalTitle) },
    submit: { type: 'plain_text', text: 'Envoyer' },
    close: { type: 'plain_text', text: 'Annuler' },
    blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(form.intro) }] }, ...form.fields.map(fieldBlock)],
  };
}

function fieldBlock(field: FormField): Block {
  const block: Block = {
    type: 'input',
    block_id: field.name,
    optional: !field.required,
    label: { type: 'plain_text', text: shorten(field.label, 2000) },
  };
  if (field.help) block.hint = { type: 'plain_text', text: shorten(field.help, 2000) };
  const action_id = 'value';
  switch (field.type) {
    case 'date':
      block.element = { type: 'datepicker', action_id };
      break;
    case 'select':
      block.element = { type: 'static_select', action_id, options: (field.options ?? []).map((o) => ({ text: { type: 'plain_text', text: shorten(o.label, 75) }, value: o.value })) };
      break;
    case 'file':
      block.element = { type: 'file_input', action_id, filetypes: ['pdf', 'jpg', 'jpeg', 'png'], max_files: 1 };
      break;
    case 'email':
      block.element = { type: 'email_text_input', action_id };
      break;
    default:
      block.element = { type: 'plain_text_input', action_id, multiline: field.type === 'textarea', ...(field.maxLength ? { max_length: field.maxLength } : {}) };
  }
  return block;
}

/** Per-field errors in the form Slack expects back from a view_submission. */
export function modalErrors(errors: Array<{ field: string; message: string }>): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [e.field, e.message.slice(0, 150)]));
}
