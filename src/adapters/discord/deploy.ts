import { REST, Routes } from 'discord.js';
import { commandDefinitions } from './commands.ts';

/** Registers the slash commands: on one server when a guild id is given (instant), globally otherwise (up to an hour). */
export async function deployCommands(options: { token: string; applicationId: string; guildId?: string; apiUrl?: string }): Promise<{ scope: string; count: number }> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const body = commandDefinitions();
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  await rest.put(route, { body });
  return { scope: options.guildId ? `le serveur ${options.guildId}` : 'tous les serveurs (global)', count: body.length };
}
