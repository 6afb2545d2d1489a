export { createAssistant, helpReply, ANSWER_SCORE, CLARIFY_SCORE, type Assistant } from './assistant.ts';
export { renderPlainText, replyJson, reply, layoutReply, shortSource, frenchSource, BODY_LINES, SHORT_SOURCES, type ReplyLayout, type Reply, type ReplyKind, type ReplyAction, type IncomingMessage, type Sender } from './reply.ts';
export { parseInlineValues } from './requests-commands.ts';
export type { AssistantOptions } from './assistant.ts';
export { MemoryConversationStore, QuestionLog, StoredConversationStore, CONVERSATION_TTL_MS, type ConversationState, type ConversationStore } from './conversation.ts';
