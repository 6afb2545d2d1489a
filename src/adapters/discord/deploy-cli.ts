/** `npm run discord:deploy`: registers the slash commands with Discord. */
import { ConfigError, readCommandLine, readConfig } from '../../config/index.ts';
import { deployCommands } from './deploy.ts';

const USAGE = `Usage : npm run discord:deploy

Enregistre les commandes de l'assistant (/aide, /contrat-dates…) auprès de Discord : sur le serveur
DISCORD_GUILD_ID tout de suite, ou sur tous les serveurs (visibles sous une heure) sans lui.
Lit DISCORD_TOKEN et DISCORD_APPLICATION_ID dans l'environnement (voir README, « Discord »).

Options :
  -h, --help     cette aide`;

if (readCommandLine(process.argv.slice(2), { options: {} }, USAGE, { out: process.stdout, err: process.stderr })) await deploy();

async function deploy(): Promise<void> {
  try {
    const config = readConfig();
    if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) throw new ConfigError('DISCORD_TOKEN et DISCORD_APPLICATION_ID sont nécessaires pour enregistrer les commandes (voir README, « Discord »).');
    const { scope, count } = await deployCommands({ token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL });
    process.stdout.write(`${count} commandes enregistrées pour ${scope}.\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
