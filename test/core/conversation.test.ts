import { describe, expect, test } from 'vitest';
import { createAssistant, MemoryConversationStore, renderPlainText, type Reply } from '../../src/core/index.ts';
import type { Role } from '../../src/knowledge/index.ts';
import { realKnowledge } from '../support/knowledge.ts';

const NOW = new Date('2026-11-24T11:00:00Z');

function dialogue(conversation: string, role: Role = 'student', store = new MemoryConversationStore()) {
  const assistant = createAssistant(realKnowledge(), { conversations: store });
  return async (text: string, now = NOW): Promise<Reply> => assistant.handle({ text, user: { id: 'u', role }, channel: { kind: 'dm' }, now, conversation });
}

describe('a conversation remembers the last question for 30 minutes', () => {
  test('GIVEN a pay question without age WHEN the next message gives the age THEN the amount', async () => {
    const say = dialogue('c1');
    expect((await say('combien on est payé en apprentissage en L3I ?')).kind).not.toBe('fallback');
    const r = await say('20 ans');
    expect(r.kind).toBe('computation');
    expect(r.data.monthlyGross).toBeDefined();
  });

  test('GIVEN a computed pay WHEN « et en contrat pro ? » THEN the same question for a professionalisation contract', async () => {
    const say = dialogue('c2');
    const first = await say("j'ai 22 ans, apprenti en M1, quel est mon salaire minimum ?");
    const second = await say('et en contrat pro ?');
    expect(second.kind).toBe('computation');
    expect(renderPlainText(second)).toContain('professionnalisation');
    expect(second.data.monthlyGross).not.toEqual(first.data.monthlyGross);
  });

  test('GIVEN a computed pay WHEN « et à 27 ans ? » THEN recomputed for that age only', async () => {
    const say = dialogue('c3');
    await say('salaire mini contrat de professionnalisation M2 22 ans');
    const r = await say('et à 27 ans ?');
    expect(renderPlainText(r)).toContain('27 ans');
    expect(renderPlainText(r)).toContain('professionnalisation');
  });

  test('GIVEN « Quel contrat et quel âge ? » WHEN the answer is « 1, j’ai 24 ans » THEN option 1 with that age', async () => {
    const say = dialogue('c4');
    const ask = await say('combien je vais gagner ?');
    expect(ask.kind).toBe('clarify');
    const r = await say("1, j'ai 24 ans en M2");
    expect(r.kind).toBe('computation');
    expect(renderPlainText(r)).toContain('apprentissage');
  });

  test('GIVEN a clarification WHEN an option label is typed THEN that option', async () => {
    const say = dialogue('c5');
    const ask = await say('combien je vais gagner ?');
    const label = ask.actions[1]!.label;
    const r = await say(label.toLowerCase());
    expect(renderPlainText(r).toLowerCase()).toContain('professionnalisation');
  });

  test('GIVEN close readings of a question THEN the likeliest is answered, the others offered, and « 2 » picks the second', async () => {
    const say = dialogue('c-alt');
    const first = await say('calendrier alternant M2');
    expect(first.kind).toBe('answer');
    expect(renderPlainText(first)).toContain('lundi');
    const offered = first.actions.filter((a) => a.id.startsWith('topic:'));
    expect(offered.length).toBeGreaterThan(0);
    const second = await say('1');
    expect(second.data.entryId).toBe(offered[0]!.id.slice('topic:'.length));
  });

  test('GIVEN a question back on the formation WHEN « L3 » alone follows THEN the option about the L3I', async () => {
    const say = dialogue('c-l3');
    expect((await say('je suis en entreprise quels jours ?')).kind).toBe('clarify');
    expect((await say('L3')).data.entryId).toBe('rythme-l3i');
  });

  test('GIVEN a pay question asked back for the age WHEN « 22 » alone follows THEN the minimum at 22', async () => {
    const say = dialogue('c-bare-age');
    await say('salaire apprenti');
    await say('M1');
    expect(renderPlainText(await say('22'))).toContain('989,52');
  });

  test('GIVEN a topic WHEN « and who is … ? » is sure of another entry THEN that entry, with the formation said before', async () => {
    const say = dialogue('c-own-question');
    await say('my apprentice is in M2, which days is she with us?');
    expect(renderPlainText(await say('and who is the secretary for her year?'))).toContain('SALMI');
  });

  test('GIVEN a topic WHEN a pay question with its details follows THEN the computation, not a topic its words find', async () => {
    const say = dialogue('c-new-pay');
    await say('quel est le rythme en M2 ?');
    expect((await say('apprenti M2 23 ans salaire')).kind).toBe('computation');
  });

  test('GIVEN a code of the glossary WHEN « et DFC ? » follows THEN that other code', async () => {
    const say = dialogue('c-code');
    expect((await say('c’est quoi DDF ?')).data.entryId).toBe('sigle-ddf');
    expect((await say('et DFC ?')).data.entryId).toBe('sigle-dfc');
  });

  test('GIVEN a contact that depends on the formation WHEN the formation follows THEN that one person', async () => {
    const say = dialogue('c-secr');
    const first = await say('qui est ma secrétaire pédagogique ?');
    expect(first.kind).toBe('clarify');
    expect(renderPlainText(await say('M2'))).toMatch(/^Secrétariat pédagogique de Marseille.*SALMI/);
  });

  test('GIVEN a topic WHEN « et … ? » asks another rule of the same entry THEN that entry again, not the next best', async () => {
    const say = dialogue('c-other-rule');
    await say('le télétravail c’est combien au maximum ?');
    const next = await say('et les cours, on peut les suivre à distance ?');
    expect(next.data.entryId).toBe('presentiel-teletravail');
  });

  test('GIVEN one entry per formation and a subject each speaks of THEN their sentences side by side, and « 2 » picks one', async () => {
    const say = dialogue('c-each');
    const first = await say('pendant les vacances, je suis où ?');
    expect(first.kind).toBe('answer');
    expect(renderPlainText(first)).toMatch(/L3I[\s\S]*M1[\s\S]*M2/);
    expect((await say('2')).data.entryId).toBe('rythme-m1');
  });

  test('GIVEN a question WHEN a yes/no follow-up with words of its own comes (« et la 2e en juin ? ») THEN it gets its verdict; a details-only one keeps the last kind', async () => {
    const say = dialogue('c-yn-follow', 'tutor');
    await say('quand ont lieu les visites du tuteur universitaire ?');
    expect(renderPlainText(await say('et la deuxième visite peut-elle être en juin pour un M1 ?')).split('\n')[0]).toMatch(/^Non/);
    const rhythm = dialogue('c-open-follow');
    await rhythm('quel est le rythme en M2 ?');
    expect(renderPlainText(await rhythm('et en M1 ?')).split('\n')[0]).not.toMatch(/^(Oui|Non)/);
  });

  test('GIVEN an English question asked back THEN the options are in English, and « 2 » picks the second', async () => {
    const say = dialogue('c-en-menu');
    const first = await say('can my company pay me less than the minimum?');
    const offered = first.actions.filter((x) => x.id.startsWith('topic:'));
    expect(offered.length).toBeGreaterThan(1);
    for (const a of offered) expect(a.label).not.toMatch(/^(Salaire|Gratification|Comment|Apprentissage)/);
    expect((await say('2')).data.entryId).toBe(offered[1]!.id.slice('topic:'.length));
  });

  test('GIVEN a contact answer WHEN « et j’ai combien de temps pour l’envoyer ? » THEN the deadline, not the same answer', async () => {
    const say = dialogue('c6', 'hr');
    const first = await say("à qui on envoie l'arrêt maladie de notre apprenti ?");
    const second = await say("et on a combien de temps pour l'envoyer ?");
    expect(second.data.entryId).not.toBe(first.data.entryId);
    expect(renderPlainText(second)).toContain('10 jours ouvrables');
  });

  test('GIVEN an answer in French WHEN « and in English? » THEN the same answer in English', async () => {
    const say = dialogue('c7');
    await say('salaire apprenti M2 23 ans');
    const r = await say('and in English?');
    expect(r.lang).toBe('en');
    expect(r.kind).toBe('computation');
  });

  test('GIVEN a topic that depends on the formation WHEN « et en M1 ? » THEN the same topic for the M1, not the M2 again', async () => {
    const say = dialogue('c10');
    const first = await say('c quoi les jours en entreprise en M2 ?');
    const second = await say('et en M1 ?');
    expect(second.data.entryId).toBeDefined();
    expect(second.data.entryId).not.toBe(first.data.entryId);
    expect(String(second.data.entryId)).toContain('m1');
  });

  test('GIVEN a pay question WHEN an out-of-scope question with a place comes next THEN it is not read as a follow-up', async () => {
    const say = dialogue('c11');
    await say('salaire apprenti M2 23 ans');
    const r = await say('il pleut à Aix aujourd’hui ?');
    expect(r.kind).toBe('fallback');
  });

  test('GIVEN a previous subject WHEN a new full question comes THEN it starts afresh', async () => {
    const say = dialogue('c8');
    await say('salaire apprenti M2 23 ans');
    const r = await say('quel est le rythme en M2 ?');
    expect(renderPlainText(r)).toMatch(/lundis/);
  });

  test('GIVEN a subject WHEN a short question about « it » follows THEN it is read with the subject (« elle est obligatoire ? »)', async () => {
    const say = dialogue('c-pronoun');
    expect((await say("c'est quoi la pré-rentrée du M2 ?")).data.entryId).toBe('m2-inscription');
    const r = await say('elle est obligatoire ?');
    expect(r.data.entryId).toBe('m2-inscription');
    expect(renderPlainText(r)).toMatch(/^Oui/);
  });

  test('GIVEN a pay question asking the age WHEN « plus de 26 ans » (not only details) THEN the amount for that band', async () => {
    const say = dialogue('c-band');
    expect((await say('combien je toucherai en contrat pro ?')).kind).toBe('clarify');
    const r = await say('plus de 26 ans');
    expect(r.kind).toBe('computation');
    expect(renderPlainText(r)).toContain('1 867,02');
  });

  test('GIVEN an entry covering every formation WHEN « et en M2 ? » THEN that entry again, not a menu', async () => {
    const say = dialogue('c-same-entry');
    expect((await say("combien d'heures de cours en L3I ?")).data.entryId).toBe('volumes-horaires');
    const r = await say('et en M2 ?');
    expect(r.kind).toBe('answer');
    expect(renderPlainText(r)).toContain('512');
  });

  test('GIVEN a message not understood THEN the next follow-up still reads against the question before it', async () => {
    const say = dialogue('c-keep');
    expect((await say('la L3I c’est où ?')).data.entryId).toBe('sites-formation');
    expect((await say('the weather in Paris?')).kind).toBe('fallback');
    const r = await say('et le M2 ?');
    expect(renderPlainText(r)).toContain('Maurice Bourdet');
  });

  test('GIVEN a question WHEN an elliptical one follows (« c’est payé ? ») THEN it completes the last one when its entry knows the words', async () => {
    const say = dialogue('c-elliptic');
    await say('c’est quoi le numéro RNCP du master MIAGE ?');
    const r = await say('valable jusqu’à quand ?');
    expect(r.kind).not.toBe('fallback');
  });

  test('GIVEN a question with one entry per formation and none said THEN which formation is asked, and « en M2 » answers it', async () => {
    const say = dialogue('c-which-formation');
    const first = await say("c'est quoi le rythme ?");
    expect(first.kind).toBe('clarify');
    expect(first.actions.map((a) => a.label)).toEqual(["Rythme de l'alternance en L3I", "Rythme de l'alternance en M1", "Rythme de l'alternance en M2"]);
    const r = await say('en M2');
    expect(r.data.entryId).toBe('rythme-m2');
  });

  test('GIVEN « ma boîte peut me faire commencer quand au plus tôt ? » THEN the formation, then the contract are asked, then the dates', async () => {
    const say = dialogue('c-contract-dates');
    expect((await say('ma boite peut me faire commencer quand au plus tot ?')).data.missing).toEqual(['formation']);
    expect((await say('M2')).data.missing).toEqual(['family']);
    const r = await say('apprentissage');
    expect(r.kind).toBe('computation');
    expect(renderPlainText(r)).toContain("contrat d'apprentissage");
  });

  test('GIVEN a subject WHEN a short question complete in itself comes (« au fait, le téléphone du CFA ? ») THEN it starts afresh', async () => {
    const say = dialogue('c-by-the-way');
    expect((await say('je suis malade demain, je fais quoi ?')).data.entryId).toBe('absence-maladie');
    const r = await say("au fait c'est quoi le tel du CFA ?");
    expect(renderPlainText(r)).toContain('04.91.14.04.50');
  });

  test('GIVEN computed contract dates WHEN « et en contrat de pro, on peut démarrer quand ? » (words of its own) THEN computed for the formation and year said before', async () => {
    const say = dialogue('c-dates-pro', 'hr');
    const june = new Date('2025-06-15T10:00:00Z');
    expect((await say('Date limite de début de contrat pour un apprenti en L3I 2025/2026 ?', june)).kind).toBe('computation');
    const r = await say('et en contrat de pro, on peut commencer au plus tôt quand ?', june);
    expect(r.kind).toBe('computation');
    expect(renderPlainText(r)).toContain('L3I MIAGE 2025/2026 — contrat de professionnalisation');
    expect(renderPlainText(r)).toContain('01/07/2025');
  });

  test('GIVEN the SMIC WHEN « et le smic belge ? » follows THEN out of scope, not the French SMIC again', async () => {
    const say = dialogue('c-smic-be');
    await say("c'est combien le smic ?");
    const r = await say('et le smic belge ?');
    expect(r.kind).toBe('fallback');
    expect(renderPlainText(r)).not.toContain('1 867,02');
  });

  test('GIVEN a topic WHEN « à qui … , c’est qui la direction ? » finds a person alone THEN that person, not the topic again, and « et son mail ? » keeps it', async () => {
    const say = dialogue('c-direction', 'hr');
    await say('Peut-on exceptionnellement garder notre alternant en entreprise un jour de cours ?');
    const who = await say('À qui la demande doit-elle être adressée, c’est qui la direction ?');
    expect(renderPlainText(who)).toContain('THUILLIER');
    expect(who.title).not.toMatch(/^Non/);
    expect(renderPlainText(await say('et son mail ?'))).toContain('etienne.thuillier@univ-amu.fr');
  });

  test('GIVEN 31 minutes of silence THEN the follow-up is not read against the old question', async () => {
    const say = dialogue('c9');
    await say('salaire apprenti M2 23 ans');
    const r = await say('et en contrat pro ?', new Date(NOW.getTime() + 31 * 60_000));
    expect(r.kind).not.toBe('computation');
  });

  test('GIVEN two conversations THEN neither sees the other', async () => {
    const store = new MemoryConversationStore();
    await dialogue('x', 'student', store)('salaire apprenti M2 23 ans');
    const r = await dialogue('y', 'student', store)('et en contrat pro ?');
    expect(r.kind).not.toBe('computation');
  });
});

describe('conversations shared through the store, and questions left unanswered', () => {
  test('GIVEN two assistants (two processes) on one store WHEN the follow-up reaches the other THEN it is still read against the question', async () => {
    const { SqliteStore } = await import('../../src/store/index.ts');
    const { StoredConversationStore } = await import('../../src/core/index.ts');
    const store = new SqliteStore(':memory:');
    const one = createAssistant(realKnowledge(), { conversations: new StoredConversationStore(store) });
    const two = createAssistant(realKnowledge(), { conversations: new StoredConversationStore(store) });
    const msg = (text: string) => ({ text, user: { id: 'u', role: 'student' as const }, channel: { kind: 'dm' as const }, now: NOW, conversation: 'shared' });
    await one.handle(msg('salaire apprenti M2 23 ans'));
    const r = await two.handle(msg('et en contrat pro ?'));
    expect(r.kind).toBe('computation');
    expect(renderPlainText(r)).toContain('professionnalisation');
  });

  test('GIVEN a yes/no answer WHEN « et en M1 ? » THEN the same question for the M1, with its own Oui/Non', async () => {
    const say = dialogue('c-yn');
    expect((await say('si je redouble mon M2 je garde mon contrat ?')).title).toMatch(/^Oui/);
    expect((await say('et en M1 ?')).title).toMatch(/^Non/);
  });

  test('GIVEN a broken apprenticeship WHEN « je peux signer un contrat pro derrière ? » THEN Non, read with what came before', async () => {
    const say = dialogue('c-after');
    expect(renderPlainText(await say('je veux rompre mon contrat d’apprentissage'))).toContain('bordereau');
    expect((await say('je peux signer un contrat pro derrière ?')).title).toMatch(/^Non/);
  });

  test('GIVEN the gratification WHEN « in English: is it mandatory for a 6-month internship? » THEN that question, in English, with its Yes', async () => {
    const say = dialogue('c-en-more');
    await say('la gratification minimale d’un stage en alternance ?');
    const r = await say('in English: is it mandatory for a 6-month work-study internship?');
    expect(r.lang).toBe('en');
    expect(r.title).toMatch(/^Yes/);
  });

  test('GIVEN the OPCO explained WHEN « et c’est bien lui qui paie la formation ? » THEN Oui, the pronoun read with the last question', async () => {
    const say = dialogue('c-cleft');
    await say('l’OPCO c’est quoi exactement ?');
    expect((await say('et c’est bien lui qui paie la formation ?')).title).toMatch(/^Oui/);
  });

  test('GIVEN a person named WHEN « et son mail ? » THEN that person’s e-mail, not another entry’s', async () => {
    const say = dialogue('c-mail');
    expect(renderPlainText(await say('c ki la secretaire des M2 ?'))).toContain('SALMI');
    const r = renderPlainText(await say('et son tel ?'));
    expect(r).toContain('SALMI');
    expect(r).not.toContain('BRESSET');
  });

  test('GIVEN the tutor’s visits WHEN « la première c’est quand ? » THEN read with them; the weather is still out of scope', async () => {
    const say = dialogue('c-next');
    await say('combien de visites du tuteur universitaire par an ?');
    expect(renderPlainText(await say('la deuxième c’est quand ?'))).toContain('avril');
    const weather = await say('quel temps fait-il à Marseille aujourd’hui ?');
    expect(weather.kind).toBe('fallback');
  });

  test('GIVEN this year’s director WHEN « et l’an prochain ? » THEN next year’s', async () => {
    const say = dialogue('c-year');
    const march = new Date('2026-03-10T11:00:00Z');
    expect(renderPlainText(await say('qui dirige la miage ?', march))).toContain('RAMADOUR');
    expect(renderPlainText(await say("et l'année prochaine ?", march))).toContain('THUILLIER');
  });

  test('GIVEN a question on one RNCP fiche WHEN « et la 39490 ? » THEN the same question on that fiche', async () => {
    const say = dialogue('c-fiche');
    await say('la fiche RNCP 42008 est valable jusqu’à quand ?');
    expect(renderPlainText(await say('et la 39490 ?'))).toContain('31/08/2029');
  });

  test('GIVEN a pay computed for an age WHEN « et si 26 ? » or « and if 21? » THEN computed again for that age', async () => {
    const say = dialogue('c-age-again');
    await say('salaire minimum en contrat pro ?');
    expect(renderPlainText(await say('23 ans'))).toContain('1 493,61');
    expect(renderPlainText(await say('et si 26 ?'))).toContain('1 867,02');
    const en = dialogue('c-age-again-en');
    await en('minimum pay in a professionalisation contract, 19 years old?');
    expect(renderPlainText(await en('and if 21?'))).toContain('1 493,61');
  });

  test('GIVEN « mon net est égal à mon brut ? » WHEN the details come with the signing date (« contrat signé en février 2025 ») THEN the same question with them', async () => {
    const say = dialogue('c-net-details');
    await say('mon net est égal à mon brut ?');
    expect(renderPlainText(await say('apprenti M1, 22 ans, contrat signé en février 2025'))).toMatch(/79 %/);
  });

  test('GIVEN an age said earlier WHEN « combien je serai payé ? » THEN computed with it (from 30, a professionalisation contract); with no age anywhere, not', async () => {
    const say = dialogue('c-carry');
    await say("j'ai 32 ans et je veux faire le M2 en alternance, c'est quel contrat ?");
    const pay = renderPlainText(await say('combien je serai payé ?'));
    expect(pay).toContain('1 867,02');
    expect(pay).toContain('contrat de professionnalisation');
    const en = dialogue('c-carry-en', 'tutor');
    await en('my apprentice is in M2, which days is she with us?');
    expect(renderPlainText(await en("and what's the minimum pay if she's 25?"))).toContain('1 138,88');
  });

  test('GIVEN « j’ai droit à des jours de révision ? » (one entry per contract, answering differently) THEN the contract asked back; « contrat pro » picks it', async () => {
    const say = dialogue('c-per-contract');
    const first = await say("j'ai droit à des jours de révision ?");
    expect(first.kind).toBe('clarify');
    expect(first.actions.map((a) => a.label)).toEqual(['Apprentissage', 'Contrat de professionnalisation']);
    expect(renderPlainText(await say('contrat pro'))).toContain('60 jours ouvrables');
  });

  test('GIVEN an answer on revision leave in a professionalisation contract WHEN « ils sont payés ? » THEN its verdict on that subject', async () => {
    const say = dialogue('c-about-it');
    await say('en contrat pro, j’ai droit à des jours de révision ?');
    expect(renderPlainText(await say('ils sont payés ?'))).toMatch(/^Non/);
  });

  test('GIVEN paid holidays asked (« combien de jours … ») WHEN « j’ai 32 ans, c’est quel contrat ? » THEN the contract the age allows — no pay computed from the count', async () => {
    const say = dialogue('c-count-not-pay');
    await say("combien de jours de congés payés j'ai en tant qu'apprenti ?");
    const r = await say("j'ai 32 ans et je veux faire le M2 en alternance, c'est quel contrat ?");
    expect(r.kind).toBe('answer');
    expect(renderPlainText(r)).toMatch(/^À 32 ans, l'alternance se fait en contrat de professionnalisation/);
  });

  test('GIVEN the tutor’s visits WHEN « et ça peut se faire à distance ? » THEN the same subject', async () => {
    const say = dialogue('c-ca');
    await say('combien de visites du tuteur universitaire par an ?');
    expect(renderPlainText(await say('et ça peut se faire à distance ?'))).toMatch(/distanciel/);
  });

  test('GIVEN the logbook in English WHEN « and is the comments sheet mandatory? » THEN answered on the logbook', async () => {
    const say = dialogue('c-sheet', 'tutor');
    await say('What do I have to fill in the work-study booklet?');
    expect(renderPlainText(await say('and is the comments sheet mandatory?'))).toMatch(/^No/);
  });

  test('GIVEN whom to contact for one subject WHEN « et pour une rupture ? », « et si je veux rompre mon contrat ? » THEN whom to contact for the new subject', async () => {
    const say = dialogue('c-who-next');
    await say('qui contacter pour un arrêt maladie ?');
    const rupture = await say('et pour une rupture ?');
    expect(rupture.data.entryId).toBe('alt-rupture');
    expect(renderPlainText(rupture)).toContain('CAUSSANEL');
    const other = dialogue('c-who-next-2');
    await other('à qui je m’adresse pour ma convention de stage ?');
    expect(renderPlainText(await other('et si je veux rompre mon contrat ?'))).toContain('CAUSSANEL');
  });

  test('GIVEN an answer WHEN « je dépose ça où ? » (« ça » after a verb of doing or sending) THEN the same subject, its entry kept when another is as close', async () => {
    const say = dialogue('c-ca-verb');
    await say('je dois signer une fiche de mission ?');
    expect((await say('je dépose ça où ?')).data.entryId).toBe('validation-mission');
    const hr = dialogue('c-ca-verb-hr', 'hr');
    await hr('à qui envoyer l’arrêt maladie de notre alternante ?');
    expect(renderPlainText(await hr('elle est en M2, on envoie ça à quelles adresses ?'))).toContain('feg-miage-marseille@univ-amu.fr');
  });

  test('GIVEN the people to contact WHEN « what is their phone number? » THEN the same entry, its phone given; a detail it lacks is said missing', async () => {
    const say = dialogue('c-their-phone', 'hr');
    await say('Our apprentice’s contract is signed; who handles administrative questions about it now?');
    expect(renderPlainText(await say('What is their phone number?'))).toContain('04.91.14.04.50');
    const other = dialogue('c-their-phone-2');
    await other('qui contacter pour faire valider ma mission ?');
    expect((await other('c’est quoi son numéro de téléphone ?')).kind).toBe('fallback');
  });

  test('GIVEN a computed pay WHEN « and if he were 27? », « et s’il avait 26 ? » THEN that age instead', async () => {
    const say = dialogue('c-if-were', 'hr');
    await say('minimum pay of a 22-year-old M1 apprentice?');
    expect((await say('And if he were 27?')).data.rate).toBe(100);
    const switched = dialogue('c-if-were-en');
    await switched('je suis en M2 en apprentissage, j’ai 23 ans, je touche combien ?');
    expect((await switched('And if I were 27?')).lang).toBe('en');
    const fr = dialogue('c-if-were-fr');
    await fr('salaire apprenti M2 22 ans');
    expect((await fr('et s’il avait 26 ?')).data.rate).toBe(100);
  });

  test('GIVEN the MIAGE’s RNCP sheet WHEN « jusqu’à quand est-il valide ? » (a pronoun after its verb) THEN the same subject, its date, no Oui/Non', async () => {
    const say = dialogue('c-inverted');
    await say('c’est quoi le numéro RNCP du master MIAGE ?');
    const r = await say('jusqu’à quand est-il valide ?');
    expect(renderPlainText(r)).toContain('31/08/2029');
    expect(r.data.yesNo).toBeUndefined();
  });

  test('GIVEN a Oui or a Non WHEN « même si … ? » names a case the answer does not speak of THEN the same verdict, no exception said; a case it speaks of is read as usual', async () => {
    const say = dialogue('c-even-if');
    await say('ma mission est validée, je peux en faire valider une autre mieux payée ?');
    const r = await say('même si elle est dans ma ville ?');
    expect(r.title).toMatch(/^Non : les documents ne font pas d'exception pour ce cas/);
    const opco = dialogue('c-even-if-opco');
    await opco('je redouble mon M1, mon contrat continue ?');
    expect((await opco('même si l’OPCO est d’accord ?')).title).not.toMatch(/exception pour ce cas/);
  });

  test('GIVEN an answer WHEN « et il y a combien d’étudiants ? » (impersonal « il y a », a word of its own) THEN that question, not the last answer again', async () => {
    const say = dialogue('c-next-own');
    await say('c’est quoi le taux de réussite du M2 ?');
    expect((await say('et il y a combien d’étudiants à peu près ?')).data.entryId).toBe('m2-effectif');
    const en = dialogue('c-next-own-en');
    await en('what is the pass rate of the M2?');
    expect((await en('and roughly how many students are there?')).data.entryId).toBe('m2-effectif');
  });

  test('GIVEN whom to contact for a problem WHEN « et si on veut mettre fin au contrat ? » THEN whom to contact to end it', async () => {
    const say = dialogue('c-end-contract', 'hr');
    await say('notre apprentie ne vient plus, on contacte qui ?');
    expect(renderPlainText(await say('et si on veut carrément mettre fin au contrat ?'))).toContain('CAUSSANEL');
  });

  test('GIVEN a subject WHEN « je contacte qui ? je suis en apprentissage » (whom, and details only) THEN whom for that subject, not a contact found on those words alone', async () => {
    const say = dialogue('c-who-details');
    await say('je suis étudiant étranger, il y a des démarches en plus pour mon alternance ?');
    const r = await say('je contacte qui ? je suis en apprentissage');
    expect(r.data.entryId).toBe('etudiants-etrangers');
    expect(renderPlainText(r)).toContain('FORMASUP');
  });

  test('GIVEN a rule whose answer says how WHEN « et je demande comment ? » finds nothing else THEN that answer again, not a fallback', async () => {
    const say = dialogue('c-how-same');
    await say('mon entreprise veut que je rate les cours jeudi pour un salon pro, c’est possible ?');
    expect((await say('et je demande comment ?')).data.entryId).toBe('absence-professionnelle');
  });

  test('GIVEN an M1 apprentice’s pay WHEN « et l’année prochaine ? » THEN the M2’s rate (the contract’s 2nd year) on the next rentrée, its SMIC said unknown', async () => {
    const say = dialogue('c-next-year');
    expect((await say('apprentissage M1 22 ans combien ?')).data.rate).toBe(53);
    const next = await say('et l’année prochaine ?');
    expect(next.data.rate).toBe(61);
    expect(renderPlainText(next)).toMatch(/pas encore connu/);
    expect(renderPlainText(next)).toContain('2027/2028');
  });

  test('GIVEN the age asked back WHEN « M2, 23 » or « contrat pro 24 » (a number beside details) THEN that age', async () => {
    const say = dialogue('c-age-beside');
    await say('What’s the minimum pay for an apprentice?');
    const r = await say('M2, 23');
    expect(r.kind).toBe('computation');
    expect(r.data.rate).toBe(61);
    const other = dialogue('c-age-beside-2');
    await other('combien je touche ?');
    expect((await other('contrat pro 24')).data.rate).toBe(80);
  });

  test('GIVEN « je suis malade demain » WHEN « je fais quoi ? » (no subject word, only a question) THEN the same subject', async () => {
    const say = dialogue('c-subjectless');
    await say('je suis malade demain');
    const r = await say('je fais quoi ?');
    expect(r.kind).toBe('answer');
    expect(r.data.entryId).toBe('absence-maladie');
  });

  test('GIVEN whom to send a sick note to WHEN « et en combien de temps ? » THEN the deadline, not a new subject whose contact is asked', async () => {
    const say = dialogue('c-how-long');
    await say('je dois envoyer mon arrêt à qui ?');
    expect(renderPlainText(await say('et en combien de temps ?'))).toContain('48 h');
  });

  test('GIVEN the tutor’s visits WHEN « et elles se font où ? » (a pronoun and a question, no word of its own) THEN the same subject', async () => {
    const say = dialogue('c-pronoun-only', 'tutor');
    await say('combien de visites du tuteur universitaire ?');
    expect((await say('et elles se font où ?')).data.entryId).toBe('tuteur-universitaire');
  });

  test('GIVEN an apprentice’s pay WHEN « elle aura 20 ans en janvier, ça change ? » THEN Non (the band stays 18–20); with a birth date, « ça va changer ? » gets Oui and the date', async () => {
    const say = dialogue('c-change', 'hr');
    await say('notre apprentie en L3I a 19 ans, on la paie combien ?');
    expect(renderPlainText(await say('elle aura 20 ans en janvier, ça change ?'))).toMatch(/^Non/);
    const other = dialogue('c-change-2');
    await other('apprenti M1, né le 10 mars 2005, combien ?');
    expect(renderPlainText(await other('ça va changer ?'))).toMatch(/^Oui : le taux minimum passe de 53 % à 61 %/);
  });

  test('GIVEN the M1’s rhythm WHEN « et les semaines bloquées c’est quand ? » (words its answer says) THEN the same answer, not another entry', async () => {
    const say = dialogue('c-said-before');
    await say('c’est quoi le rythme ?');
    await say('M1');
    expect((await say('et les semaines bloquées c’est quand ?')).data.entryId).toBe('rythme-m1');
  });

  test('GIVEN « mon net sera égal à mon brut ? » (nothing sets the rate) THEN asked back; the details THEN Non from the rate and the signing date', async () => {
    const say = dialogue('c-net');
    expect((await say('Mon net sera égal à mon brut ?')).kind).toBe('clarify');
    expect(renderPlainText(await say('apprentie M2, 22 ans, contrat signé en juin 2025'))).toMatch(/^Non : le net est inférieur au brut au minimum de 61 %/);
    expect(renderPlainText(await say('et si j’avais signé en février 2025 ?'))).toMatch(/^Oui/);
  });

  test('GIVEN an answer in English WHEN « in French please » THEN the same question in French; after a code’s meaning, « et le SMIC il est à combien ? » gives the amount', async () => {
    const say = dialogue('c-french');
    await say('What is the rhythm in M2?');
    const fr = await say('in French please');
    expect(fr.data.entryId).toBe('rythme-m2');
    expect(renderPlainText(fr)).toMatch(/^Rythme de l'alternance en M2/);
    const other = dialogue('c-smic-amount');
    await other('c quoi le SMC');
    expect(renderPlainText(await other('et le SMIC il est à combien ?'))).toContain('1 867,02');
  });

  test('GIVEN two secretariats offered WHEN « la deuxième » THEN the second; its mail asked next THEN the same card', async () => {
    const say = dialogue('c-ordinal');
    await say('qui est mon secrétariat ?');
    expect(renderPlainText(await say('la deuxième'))).toContain('SALMI');
    expect(renderPlainText(await say('son mail ?'))).toContain('feg-miage-marseille@univ-amu.fr');
  });

  test('GIVEN details said with nothing asked (« je suis né le 12 février 2004, apprenti M1 ») THEN noted, questions offered; « combien ? » THEN the pay', async () => {
    const say = dialogue('c-noted');
    const noted = await say('je suis né le 12 février 2004, apprenti M1');
    expect(noted.kind).toBe('clarify');
    expect(renderPlainText(noted)).toMatch(/^Noté : contrat d'apprentissage, M1 MIAGE, né\(e\) le 12\/02\/2004/);
    expect((await say('combien ?')).data.rate).toBe(53);
  });

  test('GIVEN a subject WHEN only an aspect is asked next (« il faut faire la demande quand ? », « à qui ? », « combien de temps ? ») THEN that aspect of the same subject; the weather THEN no continuation', async () => {
    const hr = dialogue('c-aspect', 'hr');
    await hr('mon alternant veut rater les cours pour un salon le 10 décembre, c’est possible ?');
    expect(renderPlainText(await hr('il faut faire la demande quand ?'))).toContain('10 jours ouvrables');
    const who = await hr('à qui ?');
    expect(who.data.entryId).toBe('delai-absence-professionnelle');
    expect(renderPlainText(who)).toMatch(/À contacter :\n- M. Etienne THUILLIER/);
    const say = dialogue('c-aspect-2');
    await say('je suis malade demain, je fais quoi ?');
    expect((await say('j’ai combien de temps ?')).data.entryId).toBe('delai-arret-etudiant');
    expect((await say('quel temps fait-il à Marseille ?')).kind).toBe('fallback');
  });

  test('GIVEN an amount paid to check with no details (« je suis payé 900 €, c’est normal ? ») THEN the contract and age asked; the details THEN Non with the minimum', async () => {
    const say = dialogue('c-paid');
    expect((await say('je suis payé 900 €, c’est normal ?')).kind).toBe('clarify');
    expect(renderPlainText(await say('je suis en M1 apprenti, 22 ans'))).toMatch(/^Non : 900,00 € brut par mois.*989,52 €/);
  });

  test('GIVEN a subject WHEN the next question names it by a pronoun (« je dois le rendre quand ? », « je l’envoie à qui ? ») THEN the same subject', async () => {
    const say = dialogue('c-pronoun');
    await say('c’est quoi le livret ?');
    expect((await say('je dois le rendre quand ?')).data.entryId).toBe('livret-alternance');
    // (« si ma boîte le transmet pas à temps ? »: a noun before the pronoun, the same subject.)
    const { OBJECT_PRONOUN } = await import('../../src/core/cues.ts');
    expect(OBJECT_PRONOUN.test('et si ma boite le transmet pas a temps a la fac')).toBe(true);
    expect(OBJECT_PRONOUN.test('et c est ou les cours')).toBe(false);
    const other = dialogue('c-pronoun-2');
    await other('mon arrêt maladie');
    expect(renderPlainText(await other('je l’envoie à qui ?'))).toMatch(/organisme d'accueil/);
    // (« et c'est où les cours ? »: « les » is an article there, the question its own.)
    const place = dialogue('c-pronoun-3');
    await place('combien d’heures de formation en M2 ?');
    expect(renderPlainText(await place('et c’est où les cours ?'))).toMatch(/Marseille/);
  });

  test('GIVEN a question back WHEN the details come with a word every entry says (« je suis en M1, alternant ») THEN the question answered with them', async () => {
    const say = dialogue('c-details-common');
    expect((await say('je dois être dans ma boite quels jours ?')).kind).toBe('clarify');
    expect((await say('je suis en M1, alternant')).data.entryId).toBe('rythme-m1');
    // (« sur le site d'Aix » is where one is, a detail.)
    const where = dialogue('c-details-site');
    await where('c’est qui mon secrétariat ?');
    expect(renderPlainText(await where('M1 sur le site d’aix'))).toMatch(/BRESSET/);
  });

  test('GIVEN two things just talked about WHEN « je peux choisir entre les deux ? » THEN about them', async () => {
    const say = dialogue('c-both');
    await say('les cours du M2 ils ont lieu où ?');
    await say('et pour le M1 ?');
    expect((await say('je peux choisir entre les deux ?')).data.entryId).toBe('sites-formation');
  });

  test('GIVEN only an aspect asked first (« je dois contacter qui ? », « la formation commence quand ? ») THEN the subject or formation asked back; the answer to it THEN the question answered', async () => {
    const say = dialogue('c-aspect-first');
    expect((await say('je dois contacter qui ?')).title).toBe('À quel sujet ?');
    const when = dialogue('c-training-first');
    expect((await when('la formation commence quand ?')).title).toBe('Quelle formation ?');
    expect(renderPlainText(await when('le M2'))).toMatch(/03\/09\/2026/);
    const length = dialogue('c-length-first');
    expect((await length('mon contrat va durer combien de temps ?')).title).toBe('Quelle formation ?');
  });

  test('GIVEN another programme just talked about WHEN the next question names none THEN that programme’s entry answers', async () => {
    const say = dialogue('c-programme');
    await say('le mastère spécialisé systèmes d’information industriels, c’est quelle école ?');
    expect((await say('il y a combien de blocs de compétences ?')).data.entryId).toBe('icam-ms-sii-blocs');
    const en = dialogue('c-programme-en');
    await en('how many skill blocks does the RNCP 35284 have?');
    expect((await en('and how long do you need to spend in a company?')).data.entryId).toBe('ionis-emsi-entreprise-6-mois');
  });

  test('GIVEN a question the bot cannot answer THEN the text, kind, candidates and door are recorded, not who asked; staff list and export them', async () => {
    const { SqliteStore } = await import('../../src/store/index.ts');
    const { RequestService } = await import('../../src/requests/index.ts');
    const { requestRules, actors } = await import('../support/requests.ts');
    const store = new SqliteStore(':memory:');
    const requests = new RequestService(store, requestRules());
    const { QuestionLog } = await import('../../src/core/index.ts');
    const questionLog = new QuestionLog(store, (e) => { throw e; });
    const assistant = createAssistant(realKnowledge(), { requests, questionLog });
    await assistant.handle({ text: 'la cantine ferme à quelle heure ?', user: { id: 'slack:U999', role: 'student', name: 'Jeanne' }, channel: { kind: 'channel' }, now: NOW, conversation: 'slack:C1:1.2' });
    await questionLog.flush();
    const [logged] = await store.listQuestions({});
    expect(logged).toMatchObject({ door: 'slack', kind: 'fallback', text: 'la cantine ferme à quelle heure ?' });
    expect(JSON.stringify(logged)).not.toMatch(/U999|Jeanne/);

    const staff = (text: string) => assistant.handle({ text, user: { id: actors.responsable.id, role: 'staff', staffFunctions: ['responsable-alternance'] }, channel: { kind: 'dm' }, now: NOW });
    const list = await staff('/demandes questions');
    expect(renderPlainText(list)).toContain('la cantine ferme');
    const file = await staff('/demandes questions export');
    expect(file.attachment?.bytes.toString('utf8')).toContain('"la cantine ferme à quelle heure ?"');
    const refused = await assistant.handle({ text: '/demandes questions', user: { id: 'u', role: 'student' }, channel: { kind: 'dm' }, now: NOW });
    expect(refused.kind).toBe('error');
  });

  test('GIVEN a minimum computed WHEN the next message asks « pareil ? » for other details THEN Oui or Non with both amounts', async () => {
    const say = dialogue('c-same-as-before', 'hr');
    await say('une apprentie de 24 ans en M1, on la paie combien au minimum ?');
    const other = await say('et en contrat de professionnalisation ce serait pareil ?');
    expect(other.title).toBe("Non : c'est 1 493,61 € (80 %) brut par mois, contre 989,52 € (53 %) pour la question précédente.");
    const smic = dialogue('c-smic-same');
    await smic('le smic mensuel brut aujourd hui ?');
    expect((await smic('et en janvier 2026 c était le même ?')).title).toMatch(/^Non : c'est 1 823,03 €/);
  });

  test('GIVEN a minimum computed WHEN « and if I were 26, at least the SMIC? » THEN the new age decides the Oui', async () => {
    const say = dialogue('c-smic-compare');
    await say('minimum pay for an M2 apprentice aged 22?');
    expect((await say('and if I were 26, would it be at least the SMIC?')).title).toMatch(/^Yes: the minimum rate is 100 %/);
  });

  test("GIVEN « je dois faire quoi ? » WHEN the follow-up asks « je l'envoie moi-même ? » THEN its own modal is read, no Oui of a necessity", async () => {
    const say = dialogue('c-own-modal');
    await say("je suis malade aujourd'hui et c'est un jour de cours, je dois faire quoi ?");
    expect((await say("je l'envoie aussi moi-même à la MIAGE ?")).title).not.toMatch(/^Oui/);
  });

  test('GIVEN the latest start asked WHEN « et le 10 décembre ça passe ? » THEN Non, the date checked', async () => {
    const say = dialogue('c-date-follow-up');
    await say("je rentre en M2 sans avoir été alternant en M1, mon contrat d'apprentissage peut commencer au plus tard quand ?");
    expect((await say('et le 10 décembre ça passe ?')).title).toMatch(/^Non — Dates à corriger \(début le 10\/12\/2026\)/);
  });

  test('GIVEN contract dates asked WHEN a month alone follows (« fin octobre 2027 c\'est bon ? », « et en janvier ça passe ? ») THEN checked against the window', async () => {
    const end = dialogue('c-month-end');
    await end("mon contrat d'apprentissage de M2 2026/2027 doit se terminer entre quelles dates ?");
    expect((await end("fin octobre 2027 c'est bon alors ?")).title).toMatch(/^Oui : le contrat peut finir entre le 03\/09\/2027 et le 03\/11\/2027/);
    const start = dialogue('c-month-start');
    await start("mon contrat d'apprentissage de M2 2026/2027 peut commencer quand ?");
    expect((await start('et en janvier ça passe ?')).title).toMatch(/^Non : le contrat peut commencer entre le 03\/06\/2026 et le 03\/12\/2026/);
  });
});

