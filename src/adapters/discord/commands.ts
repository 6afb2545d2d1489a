/**
 * The Discord slash commands: the same names and arguments as the other doors, as typed options,
 * in French with English localisations. Registered by `npm run discord:deploy`.
 */
import { InteractionContextType, SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

const en = (name: string) => ({ 'en-US': name, 'en-GB': name });

const FORMATIONS = [
  { name: 'L3I (licence 3 informatique)', value: 'L3I' },
  { name: 'M1', value: 'M1' },
  { name: 'M2', value: 'M2' },
  { name: 'Master (contrat de 2 ans)', value: 'Master' },
];
const CONTRACTS = [
  { name: 'Apprentissage (CAPP)', value: 'CAPP' },
  { name: 'Professionnalisation (CPRO)', value: 'CPRO' },
  { name: 'Stage en alternance (CSTAGEALT)', value: 'stage' },
];

function formationAndContract(b: SlashCommandBuilder) {
  return b
    .addStringOption((o) =>
      o.setName('formation').setNameLocalizations(en('programme')).setDescription('L3I, M1, M2 ou Master').setDescriptionLocalizations(en('L3I, M1, M2 or two-year Master')).setRequired(true).addChoices(...FORMATIONS),
    )
    .addStringOption((o) =>
      o.setName('contrat').setNameLocalizations(en('contract')).setDescription('Type de contrat').setDescriptionLocalizations(en('Contract type')).setRequired(true).addChoices(...CONTRACTS),
    );
}

export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const contratDates = formationAndContract(
    new SlashCommandBuilder().setName('contrat-dates').setNameLocalizations(en('contract-dates')).setDescription('Dates et fenêtres de début et de fin de contrat (tableau 5 du guide)').setDescriptionLocalizations(en('Contract start and end windows (guide, table 5)')),
  )
    .addStringOption((o) => o.setName('annee').setNameLocalizations(en('year')).setDescription('Année universitaire, ex. 2026/2027').setDescriptionLocalizations(en('Academic year, e.g. 2026/2027')).setAutocomplete(true))
    .addStringOption((o) => o.setName('debut').setNameLocalizations(en('start')).setDescription('Date de début proposée (jj/mm/aaaa), pour la vérifier').setDescriptionLocalizations(en('Proposed start date (dd/mm/yyyy), to check it')))
    .addStringOption((o) => o.setName('fin').setNameLocalizations(en('end')).setDescription('Date de fin proposée (jj/mm/aaaa)').setDescriptionLocalizations(en('Proposed end date (dd/mm/yyyy)')));

  const salaireMin = formationAndContract(
    new SlashCommandBuilder().setName('salaire-min').setNameLocalizations(en('minimum-pay')).setDescription('Salaire minimum brut d’un(e) alternant(e)').setDescriptionLocalizations(en("A work-study student's minimum gross pay")),
  )
    .addIntegerOption((o) => o.setName('age').setNameLocalizations(en('age')).setDescription('Âge (ou donnez la date de naissance)').setDescriptionLocalizations(en('Age (or give the birth date)')).setMinValue(14).setMaxValue(80))
    .addStringOption((o) => o.setName('naissance').setNameLocalizations(en('birth-date')).setDescription('Date de naissance (jj/mm/aaaa)').setDescriptionLocalizations(en('Birth date (dd/mm/yyyy)')))
    .addNumberOption((o) => o.setName('smc').setNameLocalizations(en('branch-minimum')).setDescription('Salaire minimum mensuel de la branche ou de l’entreprise (SMC, €), s’il y en a un').setDescriptionLocalizations(en('Branch minimum monthly wage (€), if any')).setMinValue(1).setMaxValue(100000))
    .addStringOption((o) => o.setName('date').setNameLocalizations(en('date')).setDescription('Date du calcul (jj/mm/aaaa), aujourd’hui par défaut').setDescriptionLocalizations(en('Date of the computation (dd/mm/yyyy), today by default')))
    .addNumberOption((o) => o.setName('taux-precedent').setNameLocalizations(en('previous-rate')).setDescription('Apprentissage : % du SMIC de la dernière année du contrat précédent (D6222-29)').setDescriptionLocalizations(en('Apprenticeship: % of the SMIC in the last year of the previous contract')).setMinValue(1).setMaxValue(100))
    .addIntegerOption((o) => o.setName('majorations').setNameLocalizations(en('increases')).setDescription('Apprentissage : nombre de majorations de 15 points (D6222-30)').setDescriptionLocalizations(en('Apprenticeship: number of 15-point increases')).setMinValue(0).setMaxValue(4));

  const contact = new SlashCommandBuilder()
    .setName('contact')
    .setNameLocalizations(en('contact'))
    .setDescription('Qui contacter, et dans quel ordre')
    .setDescriptionLocalizations(en('Who to contact, in which order'))
    .addStringOption((o) => o.setName('besoin').setNameLocalizations(en('need')).setDescription('Votre besoin en quelques mots').setDescriptionLocalizations(en('Your need in a few words')).setRequired(true).setAutocomplete(true).setMaxLength(200));

  const aide = new SlashCommandBuilder().setName('aide').setNameLocalizations(en('help')).setDescription('Ce que l’assistant sait faire').setDescriptionLocalizations(en('What the assistant can do'));

  const arret = new SlashCommandBuilder()
    .setName('arret-maladie')
    .setNameLocalizations(en('sick-note'))
    .setDescription('Transmettre l’arrêt de travail d’un(e) alternant(e) (entreprise)')
    .setDescriptionLocalizations(en("Send a work-study student's sick note (company)"));

  const absence = new SlashCommandBuilder()
    .setName('absence')
    .setNameLocalizations(en('absence'))
    .setDescription('Demander une absence en formation')
    .setDescriptionLocalizations(en('Ask for an absence from training'))
    .addStringOption((o) =>
      o
        .setName('type')
        .setNameLocalizations(en('type'))
        .setDescription('Raisons professionnelles ou autre raison')
        .setDescriptionLocalizations(en('Professional or other reasons'))
        .setRequired(true)
        .addChoices({ name: 'Raisons professionnelles', value: 'professionnelle' }, { name: 'Autre raison', value: 'autre' }),
    );

  const demandes = new SlashCommandBuilder()
    .setName('demandes')
    .setNameLocalizations(en('requests'))
    .setDescription('Suivre ses demandes ; traiter celles du personnel')
    .setDescriptionLocalizations(en('Follow your requests; staff handle them'))
    .addSubcommand((s) =>
      s
        .setName('liste')
        .setNameLocalizations(en('list'))
        .setDescription('Les demandes, en attente d’abord')
        .setDescriptionLocalizations(en('Requests, pending first'))
        .addStringOption((o) => o.setName('type').setDescription('Type').addChoices({ name: 'Arrêt de travail', value: 'arret' }, { name: 'Absence professionnelle', value: 'absence-pro' }, { name: 'Absence autre raison', value: 'absence-autre' }))
        .addStringOption((o) => o.setName('statut').setNameLocalizations(en('status')).setDescription('Statut').addChoices({ name: 'En attente', value: 'en-attente' }, { name: 'Reçu', value: 'recu' }, { name: 'Accusé', value: 'accuse' }, { name: 'Acceptée', value: 'acceptee' }, { name: 'Refusée', value: 'refusee' }))
        .addStringOption((o) => o.setName('formation').setDescription('Formation').addChoices(...FORMATIONS.slice(0, 3)))
        .addBooleanOption((o) => o.setName('retard').setNameLocalizations(en('late')).setDescription('Seulement les demandes en retard')),
    )
    .addSubcommand((s) => s.setName('voir').setNameLocalizations(en('show')).setDescription('Le détail d’une demande').setDescriptionLocalizations(en('One request')).addIntegerOption((o) => o.setName('numero').setNameLocalizations(en('number')).setDescription('Numéro').setRequired(true).setMinValue(1)))
    .addSubcommand((s) => s.setName('document').setDescription('Le document d’une demande').setDescriptionLocalizations(en("A request's document")).addIntegerOption((o) => o.setName('numero').setNameLocalizations(en('number')).setDescription('Numéro').setRequired(true).setMinValue(1)))
    .addSubcommand((s) =>
      s
        .setName('decider')
        .setNameLocalizations(en('decide'))
        .setDescription('Approuver ou refuser une absence')
        .setDescriptionLocalizations(en('Approve or reject an absence'))
        .addIntegerOption((o) => o.setName('numero').setNameLocalizations(en('number')).setDescription('Numéro').setRequired(true).setMinValue(1))
        .addStringOption((o) => o.setName('decision').setDescription('Décision').setRequired(true).addChoices({ name: 'Approuver', value: 'approuver' }, { name: 'Refuser', value: 'refuser' }))
        .addStringOption((o) => o.setName('raison').setNameLocalizations(en('reason')).setDescription('Raison (obligatoire pour un refus)').setMaxLength(1000)),
    )
    .addSubcommand((s) => s.setName('accuser').setNameLocalizations(en('acknowledge')).setDescription('Accuser réception d’un arrêt').setDescriptionLocalizations(en('Acknowledge a sick note')).addIntegerOption((o) => o.setName('numero').setNameLocalizations(en('number')).setDescription('Numéro').setRequired(true).setMinValue(1)))
    .addSubcommand((s) =>
      s
        .setName('export')
        .setDescription('Export CSV d’une période')
        .setDescriptionLocalizations(en('CSV export of a period'))
        .addStringOption((o) => o.setName('du').setNameLocalizations(en('from')).setDescription('Premier jour (jj/mm/aaaa)').setRequired(true))
        .addStringOption((o) => o.setName('au').setNameLocalizations(en('to')).setDescription('Dernier jour (jj/mm/aaaa)').setRequired(true)),
    )
    .addSubcommand((s) => s.setName('notifications').setDescription('Vos messages').setDescriptionLocalizations(en('Your messages')));

  // Every command works in the server and in the bot's DMs (not in other people's group DMs).
  // None is hidden by default_member_permissions: /demandes serves students too (their own
  // requests), and who may decide is the bot's own check on the configured staff, not a
  // server permission that a moderator could hold.
  return [contratDates, salaireMin, contact, aide, arret, absence, demandes].map((b) => b.setContexts(InteractionContextType.Guild, InteractionContextType.BotDM).toJSON());
}

type Options = {
  getString(name: string): string | null;
  getInteger(name: string): number | null;
  getNumber(name: string): number | null;
  getBoolean(name: string): boolean | null;
  getSubcommand(required?: boolean): string | null;
};

const quote = (v: string) => (/\s/.test(v) ? `"${v.replace(/"/g, "'")}"` : v);

/** Typed options → the argument string the core's commands read (one grammar for every door). */
export function commandArgs(name: string, o: Options): string {
  const parts: string[] = [];
  const add = (v: string | number | null | undefined) => {
    if (v !== null && v !== undefined && String(v).trim()) parts.push(String(v).trim());
  };
  switch (name) {
    case 'contrat-dates':
      add(o.getString('formation'));
      add(o.getString('contrat'));
      add(o.getString('annee') ?? o.getString('debut'));
      if (!o.getString('annee')) add(o.getString('fin'));
      break;
    case 'salaire-min': {
      add(o.getString('formation'));
      add(o.getString('contrat'));
      add(o.getInteger('age') ?? o.getString('naissance'));
      const smc = o.getNumber('smc');
      if (smc !== null) add(`smc=${smc}`);
      const date = o.getString('date');
      if (date) add(`date=${date}`);
      const previous = o.getNumber('taux-precedent');
      if (previous !== null) add(`taux-precedent=${previous}`);
      const increases = o.getInteger('majorations');
      if (increases !== null) add(`majorations=${increases}`);
      break;
    }
    case 'contact':
      add(o.getString('besoin'));
      break;
    case 'demandes': {
      const sub = o.getSubcommand(false);
      const n = () => o.getInteger('numero');
      if (sub === 'liste') {
        for (const key of ['type', 'statut', 'formation'] as const) {
          const v = o.getString(key);
          if (v) add(`${key}=${v}`);
        }
        const late = o.getBoolean('retard');
        if (late !== null) add(`retard=${late ? 'oui' : 'non'}`);
      } else if (sub === 'voir') add(n());
      else if (sub === 'document') (add(n()), add('document'));
      else if (sub === 'decider') {
        add(n());
        add(o.getString('decision'));
        const reason = o.getString('raison');
        if (reason) add(`raison=${quote(reason)}`);
      } else if (sub === 'accuser') (add(n()), add('accuser'));
      else if (sub === 'export') (add('export'), add(`du=${o.getString('du')}`), add(`au=${o.getString('au')}`));
      else if (sub === 'notifications') add('notifications');
      break;
    }
  }
  return parts.join(' ');
}
