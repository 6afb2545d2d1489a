export { classifyDiscordFailure, createDiscordDoor, discordIntents, type DiscordDoorOptions } from './app.ts';
export { commandDefinitions, commandArgs } from './commands.ts';
export { deployCommands } from './deploy.ts';
export { renderReply, formModals, NO_MENTIONS, LIMITS } from './render.ts';
