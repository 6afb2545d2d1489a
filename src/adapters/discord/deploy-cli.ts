/** `npm run discord:deploy`: registers the slash commands with Discord. */
import { ConfigError, readConfig } from '../../config/index.ts';
import { deployCommands } from './deploy.ts';

try {
  const config = readConfig();
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) throw new ConfigError('DISCORD_TOKEN et DISCORD_APPLICATION_ID sont nécessaires pour enregistrer les commandes (voir README, « Discord »).');
  const { scope, count } = await deployCommands({ token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL });
  process.stdout.write(`${count} commandes enregistrées pour ${scope}.\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
