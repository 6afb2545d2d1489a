/**
 * Oui or Non first when a pay question states what is paid: an amount against the legal minimum
 * just computed (« il me paie 900 €, c'est légal ? »), a rate offered or a result to check against
 * the minimum rate (« on veut me passer à 53 % », « ça fait bien 60,95 % ? »).
 */

import { formatEnglishMonth, formatFrenchDate, formatFrenchMonth, MONTH_PATTERN, monthOf, MONTHS, Money, toIsoDate, yearOf, type IsoDate } from '../../rules/index.ts';
import { tr, type AnswerContext } from '../context.ts';
import type { Entities } from '../entities.ts';
import { isNegated, isYesNoQuestion } from '../question-kind.ts';
import { PAY_CHECKED } from '../cues.ts';
import { fold } from '../normalize.ts';
import type { Reply } from '../reply.ts';

/** A reply already headed by a verdict: one Oui/Non per reply, the first check that applies. */
function headedByVerdict(r: Reply): boolean {
  return /^(Oui|Non|Yes|No)\b/.test(r.title);
}

/**
 * « il me paie 900 €, c'est légal ? »: the answer starts with Oui or Non and the reason — the
 * amount said against the legal minimum just computed, for the same period (month or hour).
 */
export function withPayVerdict(ctx: AnswerContext, r: Reply, paid: Entities['paid']): Reply {
  if (!paid) return r;
  const money = (n: number) => Money.euros(n).format();
  // Contract not said: a verdict only when both contracts' minimums agree.
  const byFamily = r.data.byFamily as Record<string, { monthlyGross: number }> | undefined;
  if (r.kind === 'clarify' && byFamily && paid.per === 'month') {
    const minima = Object.values(byFamily).map((f) => f.monthlyGross);
    if (minima.length === 0) return r;
    const below = minima.filter((m) => paid.euros + 0.005 < m).length;
    const verdict =
      below === 0
        ? tr(ctx, `Oui : ${money(paid.euros)} brut par mois atteint le minimum légal, quel que soit le contrat.`, `Yes: ${money(paid.euros)} gross a month meets the legal minimum, whatever the contract.`)
        : below === minima.length
          ? tr(ctx, `Non : ${money(paid.euros)} brut par mois est en dessous du minimum légal, quel que soit le contrat.`, `No: ${money(paid.euros)} gross a month is below the legal minimum, whatever the contract.`)
          : tr(ctx, `Ça dépend du contrat : ${money(paid.euros)} brut par mois suffit pour l'un, pas pour l'autre.`, `It depends on the contract: ${money(paid.euros)} gross a month is enough for one, not the other.`);
    return { ...r, title: verdict, blocks: [r.title, ...r.blocks] };
  }
  if (r.kind !== 'computation') return r;
  const minimum = paid.per === 'hour' ? (r.data.hourlyGross ?? r.data.hourly) : r.data.monthlyGross;
  if (typeof minimum !== 'number') return r;
  // A net amount (« je touche 1 200 € net »): net is at most gross, so a net at the gross minimum or above says Oui;
  // below it, the gross may still be enough — no Non, the gross asked for.
  if (paid.net) {
    const over = paid.euros + 0.005 >= minimum;
    const line = over
      ? tr(ctx, `Oui : ${money(paid.euros)} net par mois, c’est déjà au moins le minimum légal, qui est un brut (${money(minimum)}) : le brut, plus élevé que le net, l’est aussi.`, `Yes: ${money(paid.euros)} net a month already reaches the legal minimum, which is gross (${money(minimum)}): the gross, higher than the net, does too.`)
      : tr(ctx, `Le minimum légal est un montant brut (${money(minimum)}) : comparez-le à votre salaire brut (bulletin de paie) ; ${money(paid.euros)} net ne suffit pas à conclure, le brut étant plus élevé que le net.`, `The legal minimum is a gross amount (${money(minimum)}): compare it with your gross pay (payslip); ${money(paid.euros)} net is not enough to tell, gross being higher than net.`);
    return { ...r, title: line, blocks: [r.title, ...r.blocks], data: { ...r.data, paid: paid.euros, paidNet: true, ...(over ? { paidEnough: true } : {}) } };
  }
  const unit = paid.per === 'hour' ? tr(ctx, 'de l’heure', 'an hour') : tr(ctx, 'brut par mois', 'gross a month');
  const enough = paid.euros + 0.005 >= minimum;
  const verdict = enough
    ? tr(ctx, `Oui : ${money(paid.euros)} ${unit}, c’est au moins le minimum légal (${money(minimum)}).`, `Yes: ${money(paid.euros)} ${unit} is at least the legal minimum (${money(minimum)}).`)
    : tr(ctx, `Non : ${money(paid.euros)} ${unit}, c’est moins que le minimum légal (${money(minimum)}) ; il manque ${money(minimum - paid.euros)}.`, `No: ${money(paid.euros)} ${unit} is below the legal minimum (${money(minimum)}), ${money(minimum - paid.euros)} short.`);
  return { ...r, title: verdict, blocks: [r.title, ...r.blocks], data: { ...r.data, paid: paid.euros, paidEnough: enough } };
}

// « ce serait au moins le SMIC ? », « moins que le SMIC ? », « would it be at least the minimum wage? »: the minimum computed against the SMIC.
const AT_LEAST_SMIC = /\b(?:au moins|at least|no less than|pas moins que) (?:le |du |au |the )?(?:smic|minimum wage)\b/;
const BELOW_SMIC = /\b(?:moins que|moins du|en dessous du|en dessous de|au dessous du|sous le|inferieur au|inferieure au|below|under|less than) (?:le |the )?(?:smic|minimum wage)\b/;

/**
 * « et si elle avait 26 ans, ce serait au moins le SMIC ? »: the minimum rate computed against 100 % of the SMIC, Oui or Non
 * (the branch minimum aside: the question compares with the SMIC).
 */
export function withSmicComparisonVerdict(ctx: AnswerContext, r: Reply, folded: string, text: string): Reply {
  if (r.kind !== 'computation' || headedByVerdict(r) || typeof r.data.rate !== 'number' || !isYesNoQuestion(ctx.typed ?? text, fold(ctx.typed ?? text)) || isNegated(folded)) return r;
  const atLeast = AT_LEAST_SMIC.test(folded);
  if (!atLeast && !BELOW_SMIC.test(folded)) return r;
  const rate = r.data.rate;
  const reached = rate + 0.005 >= 100;
  const yes = atLeast ? reached : !reached;
  const line = reached
    ? tr(ctx, `${yes ? 'Oui' : 'Non'} : le taux minimum est de ${rate} % du SMIC, soit au moins le SMIC.`, `${yes ? 'Yes' : 'No'}: the minimum rate is ${rate} % of the SMIC, at least the SMIC.`)
    : tr(ctx, `${yes ? 'Oui' : 'Non'} : le taux minimum est de ${rate} % du SMIC, moins que le SMIC (l'organisme peut payer plus).`, `${yes ? 'Yes' : 'No'}: the minimum rate is ${rate} % of the SMIC, below the SMIC (the employer may pay more).`);
  return { ...r, title: line, blocks: [r.title, ...r.blocks], data: { ...r.data, yesNo: yes ? 'oui' : 'non' } };
}

/** « ma boîte veut me passer à 53 %, elle a le droit ? »: the rate offered against the minimum rate computed. */
export function withRateVerdict(ctx: AnswerContext, r: Reply, e: Entities, folded: string, text: string): Reply {
  if (r.kind !== 'computation' || headedByVerdict(r) || r.data.paid !== undefined || typeof r.data.rate !== 'number' || !isYesNoQuestion(text, folded) || isNegated(folded)) return r;
  const minimum = r.data.rate;
  // « 53 % × 1,15 = 60,95 % ? »: the person's own result, right or not.
  if (e.claimedRate !== undefined) {
    const right = Math.abs(e.claimedRate - minimum) < 0.01;
    const verdict = right
      ? tr(ctx, `Oui : le taux minimum est bien de ${minimum} %.`, `Yes: the minimum rate is indeed ${minimum} %.`)
      : tr(ctx, `Non : le taux minimum est de ${minimum} %, pas ${String(e.claimedRate).replace('.', ',')} %.`, `No: the minimum rate is ${minimum} %, not ${e.claimedRate} %.`);
    return { ...r, title: verdict, blocks: [r.title, ...r.blocks] };
  }
  const offered = e.paidRate;
  if (offered === undefined) return r;
  // « je touche 53 % du SMIC ? » with nothing to check asks what the rate is: the minimum's, said against it.
  if (RATE_RECEIVED.test(folded) && !PAY_CHECKED.test(folded)) {
    const right = Math.abs(offered - minimum) < 0.01;
    const verdict = right
      ? tr(ctx, `Oui : le taux minimum est bien de ${minimum} %.`, `Yes: the minimum rate is indeed ${minimum} %.`)
      : tr(ctx, `Non : le taux minimum est de ${minimum} %, pas ${String(offered).replace('.', ',')} % (l'organisme peut payer plus que le minimum).`, `No: the minimum rate is ${minimum} %, not ${offered} % (the employer may pay more than the minimum).`);
    return { ...r, title: verdict, blocks: [r.title, ...r.blocks] };
  }
  const enough = offered + 0.005 >= minimum;
  const verdict = enough
    ? tr(ctx, `Oui : ${offered} %, c’est au moins le taux minimum (${minimum} %).`, `Yes: ${offered} % is at least the minimum rate (${minimum} %).`)
    : tr(ctx, `Non : ${offered} %, c’est moins que le taux minimum (${minimum} %).`, `No: ${offered} % is below the minimum rate (${minimum} %).`);
  return { ...r, title: verdict, blocks: [r.title, ...r.blocks], data: { ...r.data, paidRate: offered, paidEnough: enough } };
}

// « je touche 53 % ? », « I get 53%? »: the rate one receives, stated; « c'est bon ? », « c'est légal ? » (PAY_CHECKED) check it instead.
const RATE_RECEIVED = /\b(touche|touches|touchent|gagne|gagnes|gagnent|percois|percoit|earn|earns|get|gets|receive|receives)\b/;

// « je passe à 100 % dès décembre ? », « à 53 % à partir de février ? »: a rate and the month it is asked from.
const RATE_FROM_MONTH = new RegExp(`(\\d{1,3}(?:[.,]\\d{1,2})?) ?%.*?\\b(?:des|a partir de|a partir du mois de|en|au mois de|from|in|starting)\\s+(${MONTH_PATTERN})\\b`);

/**
 * « je passe à 100 % dès décembre ? »: the rate asked against the contract's own timeline (age bands,
 * M1 → M2): Oui when that rate applies by the first of the month asked, Non with the date it does.
 */
export function withRateFromMonthVerdict(ctx: AnswerContext, r: Reply, folded: string, text: string): Reply {
  const rows = r.data.timeline as Array<{ from: IsoDate; rate: number }> | undefined;
  // (On the text as typed, folded: the words drop « % ».)
  const asked = RATE_FROM_MONTH.exec(fold(text));
  if (r.kind !== 'computation' || headedByVerdict(r) || !rows || !asked || !isYesNoQuestion(text, folded) || isNegated(folded)) return r;
  const rate = Number(asked[1]!.replace(',', '.'));
  const month = MONTHS.get(asked[2]!)!;
  const from = firstOfMonthAsked(ctx, month);
  const reached = rows.find((row) => row.rate + 0.005 >= rate);
  if (!reached) return r;
  const verdict = reached.from <= from
    ? tr(ctx, `Oui : le taux minimum est de ${reached.rate} % dès le ${formatFrenchDate(reached.from)}.`, `Yes: the minimum rate is ${reached.rate} % from ${formatFrenchDate(reached.from)}.`)
    : tr(ctx, `Non : le taux minimum passe à ${reached.rate} % le ${formatFrenchDate(reached.from)}, pas avant.`, `No: the minimum rate becomes ${reached.rate} % on ${formatFrenchDate(reached.from)}, not before.`);
  return { ...r, title: verdict, blocks: [r.title, ...r.blocks] };
}

/** The timeline's rates in order, each once where it changes (« 51 % », « 61 % »). */
function ratesOf(rows: Array<{ rate: number }>): string[] {
  return rows.filter((row, i) => i === 0 || row.rate !== rows[i - 1]!.rate).map((row) => `${String(row.rate).replace('.', ',')} %`);
}

/** The first day of a month asked, the next one from today (« dès décembre » in November is this December). */
function firstOfMonthAsked(ctx: AnswerContext, month: number): IsoDate {
  return toIsoDate(yearOf(ctx.today) + (month < monthOf(ctx.today) ? 1 : 0), month, 1) as IsoDate;
}

// « dès novembre », « à partir du 1er décembre », « from March »: a change asked from a month, or a day of it.
const CHANGE_FROM = new RegExp(`\\b(?:des|a partir du mois de|a partir de|a partir du|from|starting)\\s+(?:le |du |the )?(?:(\\d{1,2})(?:er)? )?(${MONTH_PATTERN})\\b`);

/** The day a change is asked from (« dès le 1er décembre », « dès janvier »: its first day), the next one from today. */
function changeAskedFrom(ctx: AnswerContext, folded: string): IsoDate | undefined {
  const m = CHANGE_FROM.exec(folded);
  if (!m) return undefined;
  const first = firstOfMonthAsked(ctx, MONTHS.get(m[2]!)!);
  return m[1] ? (toIsoDate(yearOf(first), monthOf(first), Number(m[1])) as IsoDate) : first;
}

/** « Non : le taux minimum passe à 61 % le 01/01/2027, pas avant. »: a change asked by a day that comes later. */
function notBefore(ctx: AnswerContext, r: Reply, change: { from: IsoDate; rate: number }): Reply {
  const line = tr(ctx, `Non : le taux minimum passe à ${change.rate} % du SMIC le ${formatFrenchDate(change.from)}, pas avant.`, `No: the minimum rate becomes ${change.rate} % of the SMIC on ${formatFrenchDate(change.from)}, not before.`);
  return { ...r, title: line, blocks: [r.title, ...r.blocks], data: { ...r.data, yesNo: 'non' } };
}

// « à partir de quand », « il passe à 53 % quand ? », « mon salaire change quand ? »: the date of a change asked.
const CHANGE_WHEN = /\b(a partir de quand|des quand|depuis quand|quand|quelle date|when|what date|from when)\b/;
const CHANGE_VERB = /\b(passe|passer|passerai|passera|change|changer|changera|augmente|augmenter|augmentera|bouge|bouger|evolue|evoluer|applique|appliquer|go up|goes up|increase|increases|change|changes|rise|rises|apply|applies|(touche|toucherai|touchera|gagne|gagnerai|gagnera|paye|paie|payera|paid|earn|earns) (plus|davantage|more))\b/;
const RATE_ASKED = /(\d{2,3}(?:[.,]\d+)?) ?%/;
const AMOUNT_AFTER_CHANGE = /\b(passe|passera|passerai|passer|monte|montera|augmente|augmentera|go up|goes up|will go up|increase|rise)\b.{0,20}\b(a combien|combien|quel montant|quel taux|how much|to what)\b|\b(combien|how much)\b.{0,30}\b(apres|ensuite|after|then)\b/;

/**
 * « il passe à 53 % à partir de quand ? », « mon salaire change quand ? »: the computed timeline's
 * change heads the reply — the first row at the rate asked, or else the first row at another rate.
 */
export function withNextChangeLine(ctx: AnswerContext, r: Reply, folded: string, text: string): Reply {
  const rows = r.data.timeline as Array<{ from: IsoDate; rate: number; monthlyGross: number; provisional?: boolean }> | undefined;
  if (r.kind !== 'computation' || headedByVerdict(r) || !rows || rows.length < 2 || !CHANGE_VERB.test(folded)) return r;
  // « elle aura 21 ans en janvier, ça change ? »: whether the rate changes over the contract computed, Oui or Non.
  // (Asked as a follow-up, « ça change ? » after « on la paie combien ? »: the message as typed is the yes/no question.)
  const typed = ctx.typed ?? text;
  // (« et je passerai à 61 % du SMIC ? »: whether the timeline reaches that rate — Oui with the date, or Non.)
  const rateAsked = RATE_ASKED.exec(fold(typed));
  if (rateAsked && !CHANGE_WHEN.test(fold(typed)) && isYesNoQuestion(typed, fold(typed)) && !isNegated(fold(typed))) {
    const rate = Number(rateAsked[1]!.replace(',', '.'));
    const reached = rows.find((row) => Math.abs(row.rate - rate) < 0.005);
    // (« dès le 1er décembre ? », « dès janvier ? »: by that day — Non when it comes later.)
    const by = changeAskedFrom(ctx, fold(typed));
    if (reached && by && reached.from > by) return notBefore(ctx, r, reached);
    const line = reached
      ? tr(ctx, `Oui : le taux minimum passe à ${reached.rate} % du SMIC le ${formatFrenchDate(reached.from)} (${reached.provisional ? 'au moins ' : ''}${Money.euros(reached.monthlyGross).format()} brut par mois).`, `Yes: the minimum rate becomes ${reached.rate} % of the SMIC on ${formatFrenchDate(reached.from)} (${reached.provisional ? 'at least ' : ''}${Money.euros(reached.monthlyGross).format()} gross a month).`)
      : tr(ctx, `Non : le taux minimum ne passe pas à ${String(rate).replace('.', ',')} % sur la période calculée (${ratesOf(rows).join(' puis ')}).`, `No: the minimum rate does not become ${rate} % over the period computed (${ratesOf(rows).join(' then ')}).`);
    return { ...r, title: line, blocks: [r.title, ...r.blocks], data: { ...r.data, yesNo: reached ? 'oui' : 'non' } };
  }
  if (!CHANGE_WHEN.test(folded) && isYesNoQuestion(typed, fold(typed)) && !isNegated(fold(typed)) && !RATE_ASKED.test(fold(text))) {
    const next = rows.find((row) => row.rate !== rows[0]!.rate);
    // (« il a eu 26 ans le 17, on le passe au SMIC dès novembre ? »: the change asked from a month — Non when it comes later.)
    const by = changeAskedFrom(ctx, folded);
    if (next && by && next.from > by) return notBefore(ctx, r, next);
    const line = next
      ? tr(ctx, `Oui : le taux minimum passe de ${rows[0]!.rate} % à ${next.rate} % du SMIC le ${formatFrenchDate(next.from)} (${next.provisional ? 'au moins ' : ''}${Money.euros(next.monthlyGross).format()} brut par mois).`, `Yes: the minimum rate goes from ${rows[0]!.rate} % to ${next.rate} % of the SMIC on ${formatFrenchDate(next.from)} (${next.provisional ? 'at least ' : ''}${Money.euros(next.monthlyGross).format()} gross a month).`)
      : tr(ctx, `Non : le taux minimum reste de ${rows[0]!.rate} % du SMIC sur la période calculée ci-dessous (pas de changement de tranche d'âge ni d'année de contrat) ; le montant suit le SMIC, revalorisé au 1er janvier.`, `No: the minimum rate stays at ${rows[0]!.rate} % of the SMIC over the period computed below (no change of age band or contract year); the amount follows the SMIC, raised on 1 January.`);
    return { ...r, title: line, blocks: [r.title, ...r.blocks], data: { ...r.data, yesNo: next ? 'oui' : 'non' } };
  }
  // (« il passera à combien ? »: the amount after the change, asked without « quand », is that change too.)
  if (!CHANGE_WHEN.test(folded) && !AMOUNT_AFTER_CHANGE.test(folded)) return r;
  const asked = RATE_ASKED.exec(fold(text));
  const rate = asked ? Number(asked[1]!.replace(',', '.')) : undefined;
  const change = rate !== undefined ? rows.find((row) => row.rate + 0.005 >= rate) : rows.find((row) => row.rate !== rows[0]!.rate);
  if (!change || change === rows[0]) return r;
  const amount = Money.euros(change.monthlyGross).format();
  const line = tr(
    ctx,
    `Le taux minimum passe à ${change.rate} % le ${formatFrenchDate(change.from)} (${change.provisional ? 'au moins ' : ''}${amount} brut par mois).`,
    `The minimum rate becomes ${change.rate} % on ${formatFrenchDate(change.from)} (${change.provisional ? 'at least ' : ''}${amount} gross a month).`,
  );
  return { ...r, title: line, blocks: [r.title, ...r.blocks] };
}

// The apprentice net-pay rule (LEGAL-UPDATES; L6243-2 as amended by loi 2025-199 art. 23, D6243-5):
// contracts signed from 2025-03-01 are exempt up to 50 % of the SMIC (CSG/CRDS above it); signed
// before, up to 79 % (and no CSG/CRDS at all).
const NEW_NET_RULE_FROM = '2025-03-01';
const EQUAL_ASKED = /\b(egal|egale|egaux|pareil|meme|identique|same|equal|equals)\b|=/;
const LESS_ASKED = /\b(inferieur|moins|plus bas|lower|less)\b/;
const CSG_ASKED = /\b(csg|crds)\b/;
const CONTRIBUTIONS_ASKED = /\b(cotisations?|contributions?)\b/;
const NONE_OF = /\b(aucune?|pas de|zero|sans|no|none|without) (?:\w+ ){0,2}?(cotisations?|contributions?|csg|crds)\b/;

/**
 * « M1, 19 ans, contrat signé en juillet 2025 : mon net sera égal à mon brut ? »: the minimum rate just
 * computed against the threshold of the contract's signing date (said, else a contract signed under the
 * current rule). Undefined when the question is not one of these (net equal to gross, lower, CSG, contributions).
 */
/** Whether a question asks how net pay compares with gross (equal, lower, CSG, contributions): what netPayVerdict answers. */
export function netPayAsked(text: string): boolean {
  const folded = fold(text);
  return CSG_ASKED.test(folded) || CONTRIBUTIONS_ASKED.test(folded) || LESS_ASKED.test(folded) || EQUAL_ASKED.test(folded);
}

export function netPayVerdict(ctx: AnswerContext, rate: number, signed: IsoDate | undefined, text: string, paid = false, signedMonth = false): { answer: 'oui' | 'non'; because: string; becauseEn: string } | undefined {
  const folded = fold(text);
  const before = signed !== undefined && signed < NEW_NET_RULE_FROM;
  const threshold = before ? 79 : 50;
  const equal = rate <= threshold;
  // (A month said without its day, « signé en janvier 2025 », is said back as that month.)
  const when = signed && signedMonth ? tr(ctx, `contrat signé en ${formatFrenchMonth(signed)}`, `contract signed in ${formatEnglishMonth(signed)}`) : signed ? tr(ctx, `contrat signé le ${formatFrenchDate(signed)}`, `contract signed on ${formatFrenchDate(signed)}`) : tr(ctx, 'contrat signé depuis le 01/03/2025', 'contract signed since 01/03/2025');
  const rule = before
    ? tr(ctx, 'ancienne règle : cotisations exonérées jusqu’à 79 % du SMIC, pas de CSG/CRDS', 'former rule: contributions waived up to 79 % of the SMIC, no CSG/CRDS')
    : tr(ctx, 'cotisations exonérées jusqu’à 50 % du SMIC, CSG/CRDS sur la part au-delà', 'contributions waived up to 50 % of the SMIC, CSG/CRDS on the part above');
  // (The rate said as paid, « je suis à 53 % », or the minimum computed for the age and formation.)
  const at = paid ? tr(ctx, `à ${rate} % du SMIC (${when} ; ${rule})`, `at ${rate} % of the SMIC (${when}; ${rule})`) : tr(ctx, `au minimum de ${rate} % du SMIC (${when} ; ${rule})`, `at the minimum of ${rate} % of the SMIC (${when}; ${rule})`);
  const fact = equal ? tr(ctx, `le net est égal au brut ${at}`, `net equals gross ${at}`) : tr(ctx, `le net est inférieur au brut ${at}`, `net is lower than gross ${at}`);
  const say = (yes: boolean) => ({ answer: yes ? ('oui' as const) : ('non' as const), because: `${fact}.`, becauseEn: `${fact}.` });
  // (« aucune cotisation à prélever ? », « pas de CSG ? »: whether there are none — the other way round.)
  const none = NONE_OF.test(folded);
  if (CSG_ASKED.test(folded)) return say(none !== (!before && !equal));
  if (CONTRIBUTIONS_ASKED.test(folded)) return say(none !== !equal);
  if (LESS_ASKED.test(folded)) return say(!equal);
  if (EQUAL_ASKED.test(folded)) return say(equal);
  return undefined;
}

// The guide (§4.2.1, avantages sociaux): an apprentice's family keeps the family allowances while the pay
// does not exceed 55 % of the SMIC.
const FAMILY_ALLOWANCE_MAX_RATE = 55;

/**
 * « apprenti en L3I à 19 ans, mes parents gardent les allocations familiales ? »: the rate paid (said) or the
 * minimum for the age and formation, against the 55 % ceiling. Above it, Non whatever is paid; at or below
 * the minimum, Oui while the pay stays under the ceiling.
 */
export function familyAllowanceVerdict(ctx: AnswerContext, rate: number, paid: boolean, text: string): { answer: 'oui' | 'non'; because: string; becauseEn: string } {
  // (« … vont perdre les allocs ? » asks the other way round: Oui when they are lost.)
  const lossAsked = ALLOWANCE_LOST.test(fold(text));
  const flip = (answer: 'oui' | 'non') => (lossAsked ? (answer === 'oui' ? 'non' : 'oui') : answer);
  const at = paid ? tr(ctx, `payé(e) à ${rate} % du SMIC`, `paid ${rate} % of the SMIC`) : tr(ctx, `payé(e) au minimum ${rate} % du SMIC`, `paid at least ${rate} % of the SMIC`);
  if (rate > FAMILY_ALLOWANCE_MAX_RATE) {
    const because = tr(ctx, `${at}, l'apprenti(e) dépasse le plafond de ${FAMILY_ALLOWANCE_MAX_RATE} % du SMIC au-delà duquel la famille ne perçoit plus les allocations familiales.`, `${at}, the apprentice is above the ${FAMILY_ALLOWANCE_MAX_RATE} % of the SMIC ceiling beyond which the family no longer receives family allowances.`);
    return { answer: flip('non'), because, becauseEn: because };
  }
  const because = tr(ctx, `${at}, l'apprenti(e) reste sous le plafond de ${FAMILY_ALLOWANCE_MAX_RATE} % du SMIC : la famille garde les allocations familiales tant que le salaire ne le dépasse pas.`, `${at}, the apprentice stays under the ${FAMILY_ALLOWANCE_MAX_RATE} % of the SMIC ceiling: the family keeps the allowances as long as the pay does not exceed it.`);
  return { answer: flip('oui'), because, becauseEn: because };
}
const ALLOWANCE_LOST = /\b(perd|perds|perdre|perdent|perdra|perdront|perdu|perdus|lose|loses|losing|lost|supprime|supprimees|sucre|sucrees|plus droit|no longer)\b/;

// « … exonéré ? », « tax-free? » asks the other way round from « … imposable ? », « je paie des impôts ? ».
const EXEMPTION_ASKED = /\b(exonere|exoneree|exoneres|exonerees|exoneration|exempt|exempted|exemption|tax free|non imposable)\b/;

/**
 * « je touche 1 250 € par mois en apprentissage, je dois payer des impôts ? »: the guide (§4.2.1) exempts an
 * apprentice's pay from income tax up to the annual amount of the SMIC (prorated to the months worked). A monthly
 * pay at most the year's lowest monthly SMIC stays under it: Non. Above its highest every month, only the excess is
 * taxable: Oui, for that part. In between, the months decide: no verdict.
 */
export function incomeTaxVerdict(ctx: AnswerContext, paid: NonNullable<Entities['paid']>, smic: { year: number; lowest: number; highest?: number }, text: string): { answer: 'oui' | 'non'; because: string; becauseEn: string } | undefined {
  if (paid.per !== 'month') return undefined;
  const money = (n: number) => Money.euros(n).format();
  const under = paid.euros <= smic.lowest + 0.005;
  if (!under && (smic.highest === undefined || paid.euros <= smic.highest + 0.005)) return undefined;
  const exemption = EXEMPTION_ASKED.test(fold(text));
  const taxed = !under;
  const because = under
    ? tr(ctx, `${money(paid.euros)} par mois ne dépasse pas le SMIC mensuel (${money(smic.lowest)} brut au plus bas en ${smic.year}) : sur l'année, le salaire reste sous le montant annuel du SMIC, jusqu'où le salaire d'un(e) apprenti(e) est exonéré d'impôt sur le revenu.`, `${money(paid.euros)} a month does not exceed the monthly SMIC (${money(smic.lowest)} gross at its lowest in ${smic.year}): over the year the pay stays under the annual SMIC, up to which an apprentice's pay is exempt from income tax.`)
    : tr(ctx, `${money(paid.euros)} par mois dépasse le SMIC mensuel (${money(smic.highest!)} brut au plus haut en ${smic.year}) : seule la part du salaire annuel au-delà du montant annuel du SMIC est imposable et doit être déclarée.`, `${money(paid.euros)} a month is above the monthly SMIC (${money(smic.highest!)} gross at its highest in ${smic.year}): only the part of the annual pay above the annual SMIC is taxable and must be declared.`);
  return { answer: taxed !== exemption ? 'oui' : 'non', because, becauseEn: because };
}

// « on doit calculer son % sur le SMC ? », « is it based on the branch minimum? »
const SMC_BASE_ASKED = /\b(sur le smc|sur la base du smc|du smc|au smc|a partir du smc|sur le minimum (de la |de )?branche|sur la grille (de la )?branche|on the smc|based on the smc|of the smc)\b/;

/**
 * « apprenti de 19 ans, SMC de 2 200 €, on calcule son % sur le SMC ? »: the band just computed says whether
 * its rate applies to the branch minimum (apprentices from 21 on the higher of SMIC and SMC, a professionalisation
 * contract from 26 on 85 % of the SMC; otherwise the SMIC alone).
 */
export function withSmcBaseVerdict(ctx: AnswerContext, r: Reply, folded: string, text: string): Reply {
  const band = r.data.ageBand as { smcShare?: number; label: string; labelEn?: string } | undefined;
  if (r.kind !== 'computation' || headedByVerdict(r) || !band || !SMC_BASE_ASKED.test(fold(text)) || !isYesNoQuestion(text, folded) || isNegated(folded)) return r;
  const onSmc = r.data.base === 'SMC';
  const label = ctx.lang === 'en' ? (band.labelEn ?? band.label) : band.label;
  // (A professionalisation contract from 26: the higher of the SMIC and 85 % of the SMC.)
  const smc = band.smcShare !== undefined && band.smcShare < 100 ? tr(ctx, `${band.smcShare} % du SMC`, `${band.smcShare} % of the SMC`) : tr(ctx, 'du SMC', 'the SMC');
  const verdict = band.smcShare === undefined
    ? tr(ctx, `Non : pour la tranche « ${label} », le minimum se calcule sur le SMIC seul ; le SMC ne compte pas pour cette tranche.`, `No: for the ${label} band, the minimum is a share of the SMIC alone; the SMC does not count for this band.`)
    : onSmc
      ? tr(ctx, `Oui : pour la tranche « ${label} », le minimum se calcule sur le plus élevé du SMIC et ${smc.startsWith('du') ? smc : `de ${smc}`}, ici le SMC.`, `Yes: for the ${label} band, the minimum is based on the higher of the SMIC and ${smc}, here the SMC.`)
      : tr(ctx, `Non : pour la tranche « ${label} », le minimum se calcule sur le plus élevé du SMIC et ${smc.startsWith('du') ? smc : `de ${smc}`}, ici le SMIC (le SMC dit est plus bas).`, `No: for the ${label} band, the minimum is based on the higher of the SMIC and ${smc}, here the SMIC (the SMC given is lower).`);
  return { ...r, title: verdict, blocks: [r.title, ...r.blocks] };
}
