# testset15 — dialogues (data).  Built into YAML by gen.py.
from lib import pay_group, money, pc, dt

S, H, T = 'student', 'hr', 'tutor'
DIALOGUES = []


def D(role, topic, *turns):
    DIALOGUES.append({'as': role, 'topic': topic, 'turns': list(turns)})


def t(q, lang='fr', **kw):
    d = {'q': q, 'lang': lang}
    d.update(kw)
    return d


def ty(q, lang='fr', **kw):
    return t(q, lang, startsWith={'fr': 'Oui', 'en': 'Yes'}[lang], **kw)


def tn(q, lang='fr', **kw):
    return t(q, lang, startsWith={'fr': 'Non', 'en': 'No'}[lang], **kw)


CAUSSANEL = ['Caussanel']

# 1. clarification answered in words, then contract type changes
D(S, 'pay',
  t("combien je vais gagner par mois moi ?", kind='clarify'),
  t("M2 en apprentissage, je suis né le 8 août 2003", expectAny=[pc(61), pay_group(61)]),
  t("et si j'étais en contrat pro ?", expectAny=[pc(80), pay_group(80)]))

# 2. clarification (formation/contract) then next question on the same subject
D(S, 'dates',
  t("c quand la date limite pour commencer mon contrat ?", kind='clarify'),
  t("contrat pro, je suis en M2 cette année (2026/2027)", expectAny=[dt(2026, 12, 3)]),
  t("et il peut finir au plus tard quand ?", expectAny=[dt(2027, 11, 3)]))

# 3. HR: one detail changes at each turn (year, then age)
D(H, 'pay',
  t("Nous accueillons une apprentie en M1, elle a dix-neuf ans. Quel salaire minimum ?", expectAny=[pc(43), pay_group(43)]),
  t("Et l'an prochain en M2, si elle a toujours moins de 21 ans ?", expectAny=[pc(51)]),
  t("Et si entre-temps elle a eu 21 ans ?", expectAny=[pc(61)]))

# 4. sick leave: what to do, then to whom
D(S, 'absences',
  t("jsuis en M1, g été malade mardi et c'était un jour de cours", expectAny=[['arrêt', 'arret']]),
  t("et je l'envoie à qui mon arrêt ?", expectAny=[['entreprise', 'employeur', 'organisme', 'RH', 'employer']]),
  t("et ma boite elle le transmet à qui ensuite ?", expectAny=[CAUSSANEL, ['secrétariat', 'secretariat']]))

# 5. starts out of scope, then comes back
D(S, 'sites',
  t("tu connais un bon kebab à Aix ?", scope='out'),
  t("ok sinon les cours du M1 à Aix c'est sur quel site ?", expect=['Forbin']),
  t("et pour le M2 ?", expectAny=[['Marseille'], ['Bois']]))

# 6. tutor: rhythm M2 then M1
D(T, 'rythme',
  t("Mon alternant de M2 est en entreprise quels jours ?", expect=['lundi', 'mardi', 'mercredi']),
  t("Et s'il était en M1 ?", expect=['mercredi', 'jeudi', 'vendredi']))

# 7. English, the year then the contract type change
D(S, 'pay',
  t("How much will I earn as a first-year master apprentice aged 22?", lang='en', expectAny=[pc(53), pay_group(53)]),
  t("And in the second year, still aged 22?", lang='en', expectAny=[pc(61)]),
  t("And on a professionalisation contract instead?", lang='en', expectAny=[pc(80)]))

# 8. HR contacts: CFA then its phone then the SFCA
D(H, 'contacts',
  t("Qui contacter pour une question sur un contrat d'apprentissage déjà signé ?", expect=['CFA']),
  t("Vous avez leur numéro ?", expectAny=[['04.91.14.04.50', '0491140450', '+33491140450', '04-91-14-04-50']]),
  t("Et pour un contrat de professionnalisation, c'est qui et quel numéro ?",
    expect=['SFCA'], expectAny=[['04.91.14.08.70', '0491140870', '+33491140870', '04-91-14-08-70']]))

# 9. breaking a contract: clarification, then answer, then follow-up yes/no
D(S, 'rupture',
  t("je veux arrêter mon alternance, comment on fait ?", kind='clarify'),
  t("c'est un contrat d'apprentissage", expect=['bordereau'], expectAny=[CAUSSANEL, ['CFA']]),
  ty("je pourrai en signer un autre après ?", expectAny=[['apprentissage']]))

# 10. director, then e-mail, then previous director
D(S, 'contacts',
  t("c'est qui le directeur de la MIAGE ?", expect=['Thuillier']),
  t("son mail ?", expect=['etienne.thuillier@univ-amu.fr']),
  t("et l'an dernier c'était qui ?", expect=['Ramadour']))

# 11. hours: M1, M2, then "and in English"
D(S, 'heures',
  t("combien d'heures de formation en M1 ?", expect=['544']),
  t("et en M2 ?", expect=['512']),
  t("and in English please: how many of those M2 hours are actual teaching hours?", lang='en', expect=['436']))

# 12. HR: net pay depends on the signature date
D(H, 'net',
  t("Le guide dit que le salaire net d'un apprenti est égal au brut. C'est toujours vrai ?",
    expectAny=[['2025']]),
  t("Notre contrat a été signé le 20 août 2026, l'apprenti est payé 61 % du SMIC.", expectAny=[pc(50), ['CSG']]),
  t("Et pour un contrat signé en janvier 2025 ?", expectAny=[pc(79)]))

# 13. repeating: clarification, M1, then M2
D(S, 'redoublement',
  t("je risque de redoubler, mon contrat il devient quoi ?", kind='clarify'),
  t("je suis en M1, en apprentissage", expect=['OPCO']),
  t("et si c'était le M2 ?", expectAny=[['prorog', 'prolong']]))

# 14. tutor: visits, remote, then the livret
D(T, 'tuteurs',
  t("Quand ont lieu les visites du tuteur universitaire ?", expectAny=[['janvier', 'février', 'fevrier'], ['avril', 'mai']]),
  ty("Elles peuvent se faire à distance ?"),
  t("Et de mon côté, qu'est-ce que je dois remplir dans le livret ?", expectAny=[['objecti'], ['grille', 'évaluation', 'evaluation']]))

# 15. internship gratification then a computation
D(S, 'gratification',
  t("stage en alternance : la gratification minimum c'est combien de l'heure en ce moment ?",
    expectAny=[['4,50', '4.50', '4,5', '4.5']]),
  t("je fais 7h par jour et j'ai 15 jours de présence ce mois-ci, ça me fait combien au minimum ?",
    expectAny=[['472,50', '472.50', '472,5', '472.5']]))

# 16. RNCP: M2 number, validity, then another sheet
D(S, 'rncp',
  t("c koi le numéro RNCP du M2 miage ?", expect=['39490']),
  t("et la fiche est valable jusqu'à quand ?", expectAny=[['31/08/2029', '31-08-2029', '31 août 2029', '2029-08-31', 'August 31, 2029', '31 August 2029']]),
  t("et la fiche 35284 de Ionis-STM, elle est encore valable ?", expectAny=[['10-02-2026', '10/02/2026', '10 février 2026', '2026-02-10', 'February 10, 2026', '10 February 2026']]))

# 17. HR English: start window by contract type
D(H, 'dates',
  ty("Can our apprentice's contract start before the training begins?", lang='en', expectAny=[['3 months', 'three months']]),
  t("And for a professionalisation contract?", lang='en', expectAny=[['2 months', 'two months']]),
  tn("And can an alternance internship agreement start before the training?", lang='en'))

# 18. birthday next month
D(S, 'pay',
  t("je suis né le 10 décembre 2005, M2 en apprentissage. je touche combien là ?", expectAny=[pc(51), pay_group(51)]),
  t("et je passe à 61% à partir de quand ?", expectAny=[dt(2027, 1, 1)]))

# 19. found a company: steps, password, delay
D(S, 'validation',
  t("g trouvé une alternance !! je fais quoi maintenant ?", expectAny=[['validation'], ['miage-aix-marseille.fr']]),
  t("et le mot de passe du formulaire je l'ai où ?", expect=CAUSSANEL),
  t("ça prend combien de temps la validation ?", expectAny=[['10 jours', 'dix jours', '10 working days']]),
  t("et une fois validée, il reste quoi à faire avant le début du contrat ?",
    expectAny=[['URSSAF'], ['médical', 'medical'], ['convention de formation', 'CACTUS']]))

# 20. tutor: absence for professional reasons, then a date check
D(T, 'absences',
  t("On voudrait que notre alternant manque une journée de cours pour un rendez-vous client. Comment faire ?",
    expectAny=[['10 jours', 'dix jours']]),
  tn("C'est pour jeudi de la semaine prochaine, c'est encore faisable si je fais la demande aujourd'hui ?"))

# 21. SFCA: what it is, then its e-mail
D(S, 'contacts',
  t("c'est quoi le SFCA ?", expectAny=[['Formation Continue']]),
  t("leur mail c'est quoi ?", expect=['feg-fc@univ-amu.fr']))

# 22. out of scope (ordinary tax), then the apprentice-specific question
D(S, 'pay',
  t("tu peux m'aider à remplir ma déclaration d'impôts ?", scope='out'),
  t("ok mais mon salaire d'apprenti il est imposable ?", expectAny=[['SMIC']]))

# 23. HR: breaking a professionalisation contract, then a new one
D(H, 'rupture',
  t("Nous voulons rompre le contrat de professionnalisation de notre alternant. Quelle procédure ?",
    expect=['DDETS', 'OPCO']),
  tn("Pourra-t-il ensuite signer un contrat d'apprentissage dans une autre entreprise ?"))

# 24. tracks: which one, a yes/no, then who is in charge
D(S, 'fiche-M2',
  t("quel parcours du M2 pour faire de la data et du big data ?", expectAny=[['I²D', 'I2D', '2ID']]),
  tn("et dans ce parcours y a un cours d'IoT ?", expect=['ISIE']),
  t("c qui le responsable du parcours données ?", expect=['Chifu']))

# 25. English then French
D(S, 'contacts',
  t("Who is the work-study coordinator at the MIAGE?", lang='en', expect=CAUSSANEL),
  t("What's his email address?", lang='en', expect=['jean.caussanel@univ-amu.fr']),
  t("et en français : il s'occupe de quoi exactement ?", expectAny=[['validation']]))

# 26. HR: 26th birthday in January
D(H, 'pay',
  t("Notre apprenti de M2 a 25 ans et fêtera ses 26 ans le 3 janvier. Combien le payer en ce moment ?",
    expectAny=[pc(61), pay_group(61)]),
  t("Et à partir de quand passe-t-il à 100 % du SMIC ?", expectAny=[dt(2027, 2, 1)]))

# 27. gratification 2025 vs 2026
D(S, 'gratification',
  t("la gratification minimale de stage c'était combien de l'heure en 2025 ?", expectAny=[['4,35', '4.35']]),
  t("et en 2026 ?", expectAny=[['4,50', '4.50', '4,5', '4.5']]))

# 28. tutor: sick note forwarding, then which secretariat
D(T, 'absences',
  t("Mon alternant m'a remis son arrêt maladie qui couvre deux jours de cours. Je dois en faire quoi ?",
    expectAny=[['10 jours', 'dix jours'], CAUSSANEL]),
  t("Il est en M2, c'est quel secrétariat ?", expectAny=[['Salmi', 'feg-miage-marseille']]))

# 29. HR English, then a contact follow-up
D(H, 'statuts',
  t("We only sign professionalisation contracts. Can we still take a MIAGE work-study student aged 24?", lang='en',
    startsWith='Yes'),
  t("What is the minimum pay for that student in the M1?", lang='en', expectAny=[pc(80), pay_group(80)]),
  t("Who handles those contracts at the university?", lang='en', expect=['SFCA']))
