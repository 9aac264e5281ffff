"""Words that tell what kind of name follows or precedes them.

Role words, honorifics, organisation heads and common given names are
general knowledge of news English (and the first names of the region the
demo archive covers); they are evidence a rule weighs, never a list of
the people an archive happens to mention.
"""

import re

# Titles and roles written before a name: "President Putin", "Culture Minister Latushko".
TITLES = frozenset(
    """president presidents prime minister ministers chancellor spokesman spokeswoman spokesperson
    secretary chairman chairwoman chairperson chair
    leader ambassador governor mayor senator deputy judge
    prosecutor king queen prince princess pope patriarch metropolitan general colonel major
    captain lieutenant commander chief head director premier vice acting former ex presidential
    opposition exiled jailed imprisoned candidate press foreign defence defense interior culture
    justice finance economy health education emergency sport sports agriculture energy labour
    labor trade transport envoy commissioner speaker lawmaker mp congressman congresswoman
    sheikh emir archbishop bishop father sister brother cardinal rabbi imam
    mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lady lord
    президент премьер-министр министр председатель пресс-секретарь глава лидер посол спикер
    губернатор мэр депутат генпрокурор замминистра вице-премьер зампред замглавы
    секретарь госсекретарь генсек советник помощник руководитель директор начальник
    вице-президент вице-спикер сенатор прокурор судья канцлер премьер генерал командующий
    прэзідэнт міністр старшыня кіраўнік сакратар пасол
    prezident ministr staršynia kiraŭnik sakratar pasoł""".split()
)
# Honorifics that also say the gender.
# ("m." is French Monsieur, a title only in French prose: see `recognise._monsieur`.)
MASCULINE_HONORIFICS = frozenset({"mr", "mr.", "m.", "sir", "lord", "king", "prince", "brother"})
FEMININE_HONORIFICS = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "dame", "lady", "queen", "princess", "sister"}
)

# Lower-case role words just before a name: "spokesman Dmitry Peskov", "adviser Franak Viacorka".
ROLE_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|press secretary|secretary|adviser|advisor|aide|blogger"
    r"|candidate|leader|president|minister|lawyer|attorney|activist|journalist|reporter"
    r"|wife|husband|son|daughter|mother|father|brother|sister|opponent|rival|ally|colleague"
    r"|politician|chairman|chairwoman|chief|head|ambassador|envoy|diplomat|banker|economist"
    r"|analyst|director|manager|figure|dissident|prisoner|protester|defendant|co-defendant"
    r"|musician|flutist|singer|rapper|writer|poet|artist|athlete|player|coach|teacher|doctor"
    r"|nurse|student|priest|bishop|official|governor|mayor|senator|deputy|lawmaker|judge"
    r"|prosecutor|commander|general|officer|founder|owner|businessman|businesswoman|tycoon"
    r"|oligarch|billionaire|mr\.?|ms\.?|mrs\.?)"
    r"(?: of [^,.;]{1,40})?,?\s+$",
    re.IGNORECASE,
)
# Words just before a name that go with a person as readily as with a company ("talks
# with X", "a contract with X", "named X"): evidence only for a name shaped like a surname.
WEAK_ROLE_BEFORE = re.compile(r"\b(?:named|called|by|with|says|said|told)\s+$", re.IGNORECASE)
# Verbs of saying right after a name: "Peskov said", "Peskov told reporters".
SPEECH_AFTER = re.compile(
    r"^(?:’s|'s)?,?\s+(?:has |had |was |also |then |later )?(?:said|says|told|added|wrote|writes"
    r"|stated|noted|stressed|emphasi[sz]ed|explained|replied|argued|warned|insisted|claimed"
    r"|declared|announced|asked|urged|called|commented|tweeted|posted)\b"
)
# A name between "the" and the kind of body it names: "the Viasna human rights centre",
# "the Nexta opposition channel". Person names used this way ("the Lukashenko regime")
# go with other nouns.
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# Nouns for the kinds of body a name may name, as a regular expression.
_ORGANIZATION_NOUNS = (
    r"(?:channel|site|website|portal|outlet|newspaper|paper|magazine|daily|weekly|broadcaster"
    r"|agency|centre|center|group|company|firm|bank|airline|party|movement|organi[sz]ation"
    r"|foundation|association|union|network|platform|messenger|service|operator|producer"
    r"|maker|manufacturer|carrier|charity)"
)
ORGANIZATION_NOUN_AFTER = re.compile(rf"^(?: [a-z][\w-]*){{0,3}}? {_ORGANIZATION_NOUNS}s?\b")
# A name after the kind of body it names: "the independent news site Zerkalo", "the
# Russian group Memorial", "the state company Lithuanian Railways".
# Before a name these name the works, not the town it stands in ("the refinery Naftan";
# "the Astravets nuclear plant" is in Astravets), and a sports club or team.
_WORKS_NOUNS = r"(?:plant|factory|refinery|mine|works|mill|club|team)"
ORGANIZATION_NOUN_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) (?:[\w-]+ ){{0,3}}?"
    rf"(?:{_ORGANIZATION_NOUNS}|{_WORKS_NOUNS})\s+$"
)
# A name set beside the kind of body it is: "Belsat, a Polish-funded broadcaster, ...";
# not "Babaryka, a former banker" nor "X, a party member" (the noun must end the phrase).
ORGANIZATION_APPOSITIVE = re.compile(
    rf"^,\s+(?:a|an|the)\s+(?:(?!of\b)[\w-]+\s+){{0,3}}?{_ORGANIZATION_NOUNS}"
    r"(?=[,.;:)]|\s+(?:that|which|based|owned|funded|run)\b)"
)
# A party named by the side it takes: "the governing Law and Justice", "the opposition
# Civic Platform" (a person there has a noun between: "the opposition leader X").
PARTY_SIDE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[\w-]+ )?(?:ruling|governing|opposition|pro-government)\s+$"
)
# After two words joined by "and", the kind of body they name, an acronym in parentheses
# maybe between: "Law and Justice (PiS) party", "the Peace and Progress movement".
BODY_AFTER_AND = re.compile(
    rf"^(?: \([^()\s]{{2,8}}\))?(?: [a-z][\w-]*){{0,3}}? {_ORGANIZATION_NOUNS}s?\b"
)
# Words that put a place after them, whatever its shape ("born in Kopys", "grew up near
# Shklov", "the village of Kuznica", "the Black Sea resort of Sochi").
PLACE_WORDS_BEFORE = re.compile(
    r"\b(?:(?:born|based|stationed|located|raised|grew up|lives|lived) (?:in|at|near)"
    r"|(?:village|town|city|region|district|province|settlement|port|resort|hamlet|oblast"
    r"|township|suburb) of)\s+$"
)
# A place right before the kind of place it is: "the Kuźnica crossing", "Siauliai airport".
PLACE_NOUN_AFTER = re.compile(
    r"^ (?:border )?(?:crossing|checkpoint|airport|air base|airbase|district|region|oblast"
    r"|(?:nuclear |hydroelectric )?(?:power )?(?:plant|station))\b"
)
# The world's news agencies and broadcasters, named as sources ("told Reuters", "according
# to Interfax"): organisations, whatever verb of saying stands near them. Casefolded.
NEWS_OUTLETS = frozenset(
    """reuters afp tass itar-tass interfax bbc cnn dw bloomberg pap bns belta ukrinform unian
    rfe/rl euronews xinhua kyodo yonhap anadolu efe ansa dpa sputnik meduza""".split()
) | frozenset(
    {
        "ria novosti",
        "deutsche welle",
        "al jazeera",
        "radio liberty",
        "radio free europe",
        "associated press",
        "agence france-presse",
        "financial times",
    }
)
WHO_AFTER = re.compile(r"^,\s+(?:who|whose|a|an|the|\d+)\b")

# Which of two relatives sharing a surname a name means: a word after the surname
# ("Babaryka Jr.", "Navalny senior"), "the elder" or "the younger" before it, or a
# family relation around it ("the son of ... X" names the parent, "his son X" the child).
GENERATION_WORDS = {"jr": "junior", "jr.": "junior", "junior": "junior", "sr": "senior",
                    "sr.": "senior", "senior": "senior"}  # fmt: skip
# (Matched at the end of a name, so none of these opens with "^".)
GENERATION_AFTER = re.compile(
    r" (junior|senior|jr\.|sr\.)(?![\w-])(?! (?:officials?|advis[eo]rs?|aides?|officers?|members?"
    r"|managers?|partners?|figures?|ministers?|leaders?|staff|level|analysts?|editors?|diplomats?"
    r"|researchers?|fellows?|citizens?|doctors?|lecturers?|students?|school|college|high)\b)",
    re.IGNORECASE,
)
_CHILD = r"(?:son|daughter|grandson|granddaughter|child)s?"
_PARENT = r"(?:father|mother|grandfather|grandmother|parent)s?"
GENERATION_BEFORE = (
    (re.compile(r"\bthe (?:elder|older)\s+$", re.IGNORECASE), "senior"),
    (re.compile(r"\bthe younger\s+$", re.IGNORECASE), "junior"),
    (re.compile(rf"\b{_CHILD} of (?:the )?(?:[a-z][\w-]* ){{0,4}}$"), "senior"),
    (re.compile(rf"\b{_PARENT} of (?:the )?(?:[a-z][\w-]* ){{0,4}}$"), "junior"),
    (re.compile(rf"\b{_CHILD},?\s+$"), "junior"),
    (re.compile(rf"\b{_PARENT},?\s+$"), "senior"),
)
GENERATION_AFTER_NAME = (
    (re.compile(rf"(?:’s|'s)?,\s+(?:[\w-]+\s+){{0,3}}?{_CHILD} of\b"), "junior"),
    (re.compile(rf",\s+(?:[\w-]+\s+){{0,3}}?{_PARENT} of\b"), "senior"),
    (re.compile(rf"(?:’s|'s)\s+(?:[a-z]+\s+)?{_CHILD}\b"), "senior"),
    (re.compile(rf"(?:’s|'s)\s+(?:[a-z]+\s+)?{_PARENT}\b"), "junior"),
)
# A kinship word right before a full name introduces a relative of someone the article
# names ("his son Pavel X", "her husband, Oleg X", "сыном Павлом X"): papers point at him
# later by his given name or "the younger", so a bare surname is then someone else's.
# Not "the son of X" (X there is the parent, named for who he is) nor "a farmer, X".
_KIN = (
    r"sons?|daughters?|wife|husband|widow(?:er)?|brothers?|sisters?|father|mother|parents"
    r"|grand(?:son|daughter|father|mother)s?|step(?:son|daughter)s?|nephew|niece|cousin"
    r"|сын|сына|сыном|дочь|дочерью|жена|жену|женой|муж|мужа|мужем|брат|брата|братом|сестра"
    r"|сестру|отец|отца|мать|вдова|дачка|жонка|бацька"
    r"|syn|syna|synem|córka|córkę|żona|żonę|mąż|męża|ojciec|siostra"
    r"|sohn|tochter|ehefrau|ehemann|bruder|schwester|vater|mutter"
)
KINSHIP_BEFORE = re.compile(rf"(?<![\w-])(?:{_KIN}),?\s+$", re.IGNORECASE)

# Heads of organisation names: "Central Election Commission", "Ministry of Foreign Affairs".
ORGANIZATION_HEADS = frozenset(
    """commission committee council ministry ministries union parliament party court office
    agency service services assembly government bank organization organisation front movement
    association foundation institute university college academy guard army navy police forces
    militia church company corporation corp group fund network center centre bureau department
    administration secretariat board duma senate congress cabinet presidium headquarters team
    club federation alliance coalition league society authority authorities commissariat
    directorate inspectorate prosecutor's tribunal chamber parliament's bloc community mission
    observatory watch inc ltd plc news times post journal gazette telegraph radio television
    tv press media staff olympics games championship championships cup
    amt amtes amts ministerium ministeriums""".split()
)  # German ones last: "das Auswärtige Amt", "des Auswärtigen Amtes"
# First words of bodies' names that no person's or place's name opens with: "National
# Anti-Crisis Management", "Federal Security Service".
ORGANIZATION_OPENERS = frozenset({"national", "federal", "international"})
# Last words of the names of streets, squares and other places in a town: "Independence
# Avenue", "Victory Square", "Nemiga Street", "Pobediteley Prospekt", "Gorky Park".
# The first of them name a street, which may lend its name to what stands on it
# ("Okrestina Street", the detention centre "Okrestina").
STREET_HEADS = frozenset("street avenue square boulevard prospekt prospect lane road".split())
PLACE_HEADS = STREET_HEADS | frozenset(
    """highway bridge park quay embankment district region oblast province raion
    airport""".split()
)
# Words before a place's head that make it an enterprise's: "Hi-Tech Park", "Industrial
# Park", "Science Park" are bodies that run the firms in them, not green spaces.
ENTERPRISE_MODIFIERS = frozenset(
    """hi-tech high-tech tech technology technologies techno industrial industry science
    scientific research innovation innovations software business logistics""".split()
)
# Words for broadcasters: a number after a name they go with is part of the name
# ("the state channel Belarus 1", "the broadcaster Rossiya 24", "Channel 5").
MEDIA_NOUNS = frozenset("channel broadcaster station network tv television radio".split())

# Acronyms of bodies whose English acronym is not their transliteration: Russian,
# Belarusian and Ukrainian ones (КГБ is KGB letter for letter; ЦИК is not "TsIK" but CEC),
# and those the press of the region's languages (German, French, Polish, Lithuanian,
# Latvian) gives the international organisations it names most: OSZE, OBWE, ESBO and EDSO
# are the OSCE, l'OTAN is NATO, l'ONU and ONZ the UN. General knowledge, as a dictionary.
ACRONYMS_IN_ENGLISH = {
    "ЦИК": "CEC", "ЦВК": "CEC", "ЕС": "EU", "ЄС": "EU", "ООН": "UN", "ОБСЕ": "OSCE",
    "СНГ": "CIS", "ОДКБ": "CSTO", "ЕАЭС": "EAEU", "МВФ": "IMF", "ВОЗ": "WHO", "ПАСЕ": "PACE",
    "МОК": "IOC", "МИД": "MFA", "МЗС": "MFA", "ВТО": "WTO", "ЕСПЧ": "ECHR", "МУС": "ICC",
    "АБСЕ": "OSCE", "ОБСЄ": "OSCE", "OSZE": "OSCE", "OBWE": "OSCE", "ESBO": "OSCE",
    "EDSO": "OSCE", "OTAN": "NATO", "ONU": "UN", "ONZ": "UN", "UNO": "UN", "JTO": "UN",
    "UE": "EU", "FMI": "IMF", "IWF": "IMF", "MFW": "IMF", "OMS": "WHO", "GUS": "CIS",
    "WNP": "CIS", "APCE": "PACE", "CEDH": "ECHR", "EGMR": "ECHR", "ETPC": "ECHR",
    "БДИПЧ": "ODIHR", "OIDDH": "ODIHR",
}  # fmt: skip

# Names of institutions in Russian by stem (see `names.russian_stem`), whichever case the
# text puts them in ("в Кремле", "Кремля", "в Генпрокуратуре"), and in the region's Latin
# scripts as written (lower case: German "der Kreml", Polish "Kremla"), and the English name
# they join.
INSTITUTIONS_IN_ENGLISH = {
    "кремл": "Kremlin",
    "госдум": "State Duma",
    "государственн дум": "State Duma",
    "генпрокуратур": "Prosecutor General's Office",
    **dict.fromkeys(("kreml", "kremla", "kremlu", "kremlem", "kremlowi"), "Kremlin"),
}
# Russian names of bodies are written with one capital: "Центральная избирательная
# комиссия", "Верховный суд", "Следственного комитета". Their head nouns, as stems.
RUSSIAN_BODY_HEADS = (
    "комисси", "комитет", "министерств", "совет", "суд", "парти", "служб", "управлени",
    "прокуратур", "дум", "собрани", "фонд", "союз", "агентств", "академи", "университет",
    "банк", "правительств", "администраци", "палат", "движени", "ассоциаци", "федераци",
)  # fmt: skip

# French names of bodies are written with one capital too: "Organisation pour la sécurité
# et la coopération en Europe", "Cour européenne des droits de l'homme". Their head nouns,
# the small words that join their words, and the endings of the adjectives after a noun.
FRENCH_BODY_HEADS = (
    "Organisation", "Office", "Agence", "Conseil", "Commission", "Comité", "Cour", "Parlement",
    "Ministère", "Union", "Assemblée", "Banque", "Fonds", "Fédération", "Parti", "Mouvement",
    "Institut", "Tribunal", "Fondation", "Association", "Ligue", "Syndicat", "Haut-Commissariat",
)  # fmt: skip
FRENCH_SMALL_WORDS = ("pour", "sur", "de", "des", "du", "la", "le", "les", "et", "en", "aux", "au")
FRENCH_ADJECTIVE_ENDINGS = (
    "al", "ale", "ales", "aux", "el", "elle", "éen", "éenne", "ien", "ienne", "ique", "iques",
    "aire", "aires", "ais", "aise", "ois", "oise", "é", "ée", "és", "ées", "unies", "unis",
    "iste", "istes", "if", "ive", "ant", "ante", "ent", "ente",
)  # fmt: skip
# Institutions named after their seat: "the Kremlin", "the White House".
# Company names built on a trade: Belgazprombank, Gazprom, Rosneft, Aeroflot.
ORGANIZATION_ENDINGS = (
    "bank", "prom", "neft", "gaz", "energo", "atom", "flot", "stroy", "telecom", "holding",
)  # fmt: skip

# Words before a place, not a person ("near Okrestina", "in Zhodino").
PLACE_BEFORE = frozenset("in at near towards toward outside inside into".split())

INSTITUTIONS = frozenset(
    {
        "kremlin",
        "кремль",
        "кремля",
        "кремле",
        "кремлю",
        "кремлем",
        "кремлём",
        "white house",
        "pentagon",
        "elysee",
        "élysée",
        "downing street",
        "bundestag",
        "bundesrat",
        "kreml",
        "seimas",
        "saeima",
        "riigikogu",
        "state duma",
        "verkhovna rada",
        "knesset",
        "vatican",
        "quai d'orsay",
        "foggy bottom",
    }
)
# Connectors that stay inside an organisation's name: "Organization for Security and ...".
# German ones too, where every noun is capitalised: "Organisation für Sicherheit und
# Zusammenarbeit in Europa".
NAME_CONNECTORS = frozenset(
    {"of", "for", "and", "on", "in", "the", "de", "du", "des", "&", "für", "und"}
)
# Those that open the rest of a body's name after its head: "Ministry of ...", "... für".
NAME_OPENERS = frozenset({"of", "for", "of the", "for the", "für", "für die", "für den"})
# Particles inside a surname, written in lower case: "Ursula von der Leyen", "Marine Le Pen".
NAME_PARTICLES = ("von", "van", "der", "den", "de", "di", "da", "del", "della", "du", "le", "la")

# Capitalised words that open sentences or headings but are never names.
NOT_NAMES = frozenset(
    """the a an according however during after before in on at for but and or when while since
    as if this that these those it he she they we i you his her their our its my your today
    yesterday tomorrow now also still meanwhile earlier later last next some many most all both
    each every no not other such several what who why how where which asked speaking there here
    then even only just under over with without from by to of former new more less about among
    between despite although though because so than once again instead finally first second
    third another any few one two three four five six seven eight nine ten hundreds thousands
    dozens millions tens mass massive major minor big small large great good bad dear thank
    thanks please yes okay well nothing something everything anything nobody somebody everybody
    reportedly officially unofficially currently recently previously afterward afterwards
    photo file video read share related follow subscribe sign log click watch listen more
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Compound adjectives built on a name: "Poland-based", "Kremlin-backed", "Soviet-era",
# "Oscar-winning".
COMPOUND_ADJECTIVE = re.compile(
    r"-(?:based|born|led|backed|owned|run|era|style|funded|controlled|friendly|linked"
    r"|leaning|made|affiliated|aligned|oriented|appointed|installed|sponsored|winning"
    r"|nominated)$"
)
# Words for a prize and its winners, in the languages of the region's press. A prize is
# no actor (not a person, an organisation or a place: the committee that awards it is),
# and the name it bears is not a mention of its namesake: "the Nobel laureate X", "the
# Sakharov Prize for Freedom of Thought", "Pulitzer Prize-winning", "Нобелевской премии".
AWARD_WORDS = frozenset(
    """prize prizes award awards laureate laureates medal medals trophy winner winners
    премия премии премию премией лауреат лауреата лауреатом лаўрэат прэмія прэміі
    nagroda nagrody nagrodę nagrodą laureat laureatka preis preisträger preisträgerin
    prix lauréat lauréate""".split()
)
WEEKDAYS_AND_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar februar
    märz juni juli oktober dezember""".split()
)  # German ones too, its "Mai" aside (a given name)

# Nationality and region adjectives: not names, but they may precede one
# ("Belarusian President ..."). Most end in -ian, -ean, -ese or -ish.
DEMONYM_ENDING = re.compile(r"^[A-Z][a-z]{2,}(?:ians?|eans?|ese|ish)$")
DEMONYMS = frozenset(
    """Western Eastern Northern Southern Soviet Dutch French Greek Swiss Thai Czech Slovak
    Kazakh Uzbek Tajik Kyrgyz Turkmen German British American European African Asian Arab
    Israeli Iraqi Pakistani Saudi Yemeni Kuwaiti Qatari Emirati Omani Bahraini Afghan
    Nepali Bangladeshi Iranian Chinese Japanese Korean Filipino Irish Welsh Scottish""".split()
)

# Common given names, across the languages of international news. Spelling
# variants are matched through `names.skeleton`, so one spelling of each will do.
GIVEN_NAMES = frozenset(
    """alexander alexandra alexei aleksei alexey alena alina alla anastasia anatoly andrei andrey
    andriy anna anton antonina arkady artem artyom bogdan boris daria darya denis dmitry dmitri
    dzmitry eduard elena evgeny evgenia fyodor galina gennady georgy grigory igor ilya inna irina
    ivan kirill konstantin ksenia larisa leonid lidia lidiya lyudmila maksim maxim margarita maria
    maryia marina mikhail mikola mykola nadezhda natalia natalya nikita nikolai nikolay nina oksana
    oleg olga pavel pavlo petr pyotr raman roman ruslan sergei sergey siarhei serhiy stanislav
    stepan svetlana sviatlana taras tatiana tatsiana valentin valentina valery valeriy vasily
    vadim veronika viktor viktar vitaly vladimir vladislav volodymyr vyacheslav yaroslav yevgeny
    yulia yuliya yuri yury zinaida zmitser franak ales ihar uladzimir ryhor katsiaryna maryna
    yauhen andrzej tomasz piotr pawel krzysztof jan jakub marek michal lukasz agnieszka katarzyna
    malgorzata ewa joanna gitanas gabrielius ingrida vytautas dalia algirdas egils krisjanis
    andrius mindaugas giedrius saulius arvydas andris janis edgars volha mikolaj wlodzimierz
    grzegorz yakov
    kaja juri emmanuel francois jean pierre marie charles louis nicolas olaf angela ursula
    annalena friedrich josep jens antonio charles joe donald barack hillary kamala mike
    john james robert michael william david richard joseph thomas christopher daniel paul mark
    george steven kenneth andrew edward brian kevin jason jeffrey ryan gary timothy jose larry
    frank scott eric stephen justin brandon benjamin samuel gregory patrick jack dennis jerry
    tyler aaron henry adam peter nathan zachary kyle walter harold carl arthur gerald roger
    keith lawrence terry sean christian albert joe ethan austin jesse willie billy bryan bruce
    jordan ralph roy noah dylan eugene wayne alan juan gabriel logan randy vincent philip bobby
    johnny bradley mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
    lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda
    pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth
    heather diane virginia julie joyce victoria kelly christina lauren joan evelyn judith megan
    cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean
    alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa
    sophia marie diana brittany natalie isabella charlotte rose alexis kayla claire recep tayyip
    ali mohammed muhammad ahmed hassan hussein omar abdullah khalid mahmoud ibrahim yusuf mustafa
    benjamin naftali yair isaac moshe xi li wang zhang narendra rahul imran nawaz shinzo fumio
    kim moon yoon luiz jair javier pedro carlos luis jorge miguel manuel francisco rafael
    mateusz volodymyr petro leonid arseniy yulia vitali vitaliy wladimir dmytro oleksandr
    oleksiy mykhailo kyrylo sofia sofiya""".split()
)

# Honorific forms at the start of a mention: "Mr. Lukashenko".
HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?$")
INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.$")

# Common words that open sentences in Russian, Belarusian, Ukrainian, Polish and German
# (adverbs, prepositions, pronouns, conjunctions): capitalised there, they are no name's
# first word, though the story may not write them in small letters elsewhere.
SENTENCE_OPENERS = frozenset(
    """накануне вчера сегодня завтра позже ранее затем потом теперь тогда сейчас также
    однако впрочем между кроме после перед после во в на по при из за для до от у к с со
    он она они оно мы вы я его ее её их это этот эта эти тот та те там тут здесь где когда
    как что кто почему зачем несмотря согласно кстати поэтому кроме помимо еще ещё уже
    напомним отметим известно вместе позднее летом зимой весной осенью утром вечером ночью
    муж мужа жена жены сын сына дочь брат брата сестра отец отца мать вдова
    напярэдадні учора сёння заўтра пазней потым цяпер таксама аднак пасля ён яна яны мы
    гэта там тут дзе калі як што хто таму паводле ужо яшчэ
    напередодні сьогодні завтра пізніше потім тепер також однак після він вона вони це
    тоді де коли як що хто тому згідно вже ще
    wczoraj dziś dzisiaj jutro później potem teraz także również jednak wcześniej według
    po przed podczas we na ze do od dla przy za on ona oni one my to ten ta te tam
    tu gdzie kiedy jak co kto dlatego już jeszcze wtedy natomiast mąż męża żona syn córka
    gestern heute morgen später danach dann jetzt auch jedoch zuvor laut nach vor während
    in im am an auf aus bei mit von zu zum zur für er sie es wir das dies diese dieser
    dort hier wo wann wie was wer deshalb bereits noch damals außerdem unterdessen
    inzwischen zudem allerdings trotzdem dennoch bisher seine seinen seinem
    seiner ihre ihren ihrem ihrer unser unsere jego jej ich wieczorem rano rankiem nocą latem
    zimą wiosną jesienią abends morgens nachts увечары раніцай ноччу""".split()
)
# First words of the names of state bodies in Polish, Russian, Belarusian, Ukrainian and
# German, in any case ("Kancelarii Premiera", "Ministerstwa Spraw Zagranicznych",
# "Канцелярии президента"): a name opening with one is an organisation's.
INSTITUTION_OPENER = re.compile(
    r"^(?:kancelari[aięą]|ministerstw(?:[aoieu]|em|ie)?|urz[ąę]d(?:u|em|zie|y|ów)?"
    r"|sejm(?:u|ie|em)?|senat(?:u|em|cie)?|trybunał(?:u|em|owi)?|prokuratur(?:a|y|ze|ę|ą)"
    r"|канцеляри[яиюей]|министерств(?:[оау]|ом|е)|міністэрств(?:[аоу]|ам|е)"
    r"|міністерств(?:[оау]|ом|і)|ведомств(?:[оау]|ом|е)|управлени(?:[еяю]|ем)"
    r"|генпрокуратур(?:[аыеу]|ой)"
    r"|ministerium(?:s)?|bundesamt(?:s|es)?|kanzleramt(?:s|es)?)$"
)

# German prose capitalises every noun, so there a capital says little. Endings of German
# common nouns, alone or with a plural ending ("Entscheidung", "Ergebnisse", "Sanktionen",
# "Nachfolgerin"): a word with one is a noun, not a name, whatever its capital.
GERMAN_NOUN_ENDING = re.compile(
    r"[a-zäöüß]{3}(?:ung|heit|keit|schaft|ion|tät|nis|ismus|erei|erin)(?:en|e|se|nen)?$"
)
# Very frequent nouns of German news, matched as a compound's last part ("Pressekonferenz",
# "Bundesregierung"), and the determiners and pronouns that open a noun phrase there.
GERMAN_NEWS_NOUNS = (
    "haft", "urteil", "urteile", "konferenz", "angaben", "menschen", "jahre", "jahren",
    "stimmen", "sprecher", "regime", "prozent", "gericht", "wahlen", "polizei", "gefängnis",
    "führung", "behörden", "minister", "ministerin",
)  # fmt: skip
GERMAN_DETERMINERS = frozenset(
    """der die das den dem des ein eine einen einem einer eines sein seine seinen seinem
    seiner ihr ihre ihren ihrem ihrer kein keine unser unsere jeder jede dieser diese""".split()
)
# Heads of German compounds that name a kind of body: the name after one is that body's
# ("die Menschenrechtsorganisation X", "der Oppositionspartei Y").
GERMAN_BODY_NOUNS = (
    "organisation", "partei", "verband", "zentrum", "bewegung", "gewerkschaft", "stiftung",
    "gruppe", "agentur", "zeitung", "sender", "portal", "bündnis", "initiative", "netzwerk",
)  # fmt: skip
