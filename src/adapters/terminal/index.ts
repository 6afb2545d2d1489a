export { runChat } from './chat.ts';
export { runAsk } from './ask.ts';
export { parseSender, parseNow, UsageError } from './options.ts';
export type { TerminalContext } from './session.ts';
