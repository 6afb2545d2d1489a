export { runChat } from './chat.ts';
export { runAsk } from './ask.ts';
