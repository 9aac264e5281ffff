"""Patterns for the shapes of web boilerplate and news structure, in one place.

They describe kinds of lines found on news sites in general (ad slots of
WordPress ad plugins, share bars, comment forms of blog engines, paywall and
app promotions, wire-service credit lines, photo-agency credits), not the text
of any particular article. Rules in `rules.py` combine them with the shape and
position of a line, so no single word removes a line on its own.
"""

import re

_I = re.IGNORECASE

# Ad slots left behind by ad plugins and page builders: "[ad_1]", "Advertisement",
# "Реклама"; several on one line ("Advertisement · Scroll to continue").
_AD_SLOT = (
    r"(?:\[/?\s*ads?[_\- ]?\d*\s*\]|ads?|advertisement|advertising|sponsored(?: content)?"
    r"|promoted(?: content)?|story continues(?: below(?: advertisement)?)?"
    r"|continue reading below|scroll (?:down )?to continue(?: with content)?"
    r"|реклама|рэклама|reklama|reklāma|anzeige|werbung)\s*:?"
)
AD_MARKER = re.compile(rf"^{_AD_SLOT}(?:\s*[·•|/\-–—]\s*{_AD_SLOT})*$", _I)

# Networks and apps where outlets run channels.
_CHANNELS = (
    r"telegram|twitter|x|facebook|instagram|youtube|tiktok|vk|vkontakte|viber|whatsapp"
    r"|linkedin|threads|bluesky|mastodon|google news"
)
SOCIAL_NETWORKS = (
    r"facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|telegram|viber|vk|vkontakte"
    r"|odnoklassniki|ok|email|e-mail|mail|print|messenger|tumblr|flipboard|threads|bluesky"
    r"|mastodon|copy|copy link|copy url|link|link copied|copied|sms|gmail|вконтакте|одноклассники"
)
# "Share on facebook", "Share this article", or a bar of network names.
SHARE_WIDGET = re.compile(
    rf"^(?:(?:share|tweet|post|send|pin|give|gift|udostępnij|dalintis|dalīties|поделиться"
    rf"|падзяліцца|поділитися|teilen)(?: (?:it|this|this article|this story"
    rf"|the article|full article|the full article|page|this page|post|link"
    rf"|this (?:live )?(?:blog|coverage)|this live page|this video"
    rf"|(?:в|у) (?:соцсетях|социальных сетях|сацсетках|соцмережах)))?"
    rf"(?:(?: (?:on|via|to|with)|\s*:)?\s*(?:(?:{SOCIAL_NETWORKS})[\s|,/·•]*)+)?"
    rf"|(?:(?:{SOCIAL_NETWORKS})[\s|,/·•]*)+(?:this (?:page|article|story))?"
    rf"|permalink|short ?link"
    # German sets the verb last: "Artikel teilen".
    rf"|(?:artikel|beitrag|seite|video) teilen)$",
    _I,
)
# A prompt to pass the story on: "Like this story? Share it with a friend!"
SHARE_PROMPT = re.compile(
    r"^(?:(?:like|liked|enjoy|enjoyed|love|found) (?:this|the) (?:story|article|post)\?\s*)?"
    r"share (?:it|this(?: story| article| post)?) with (?:a friend|friends|your friends)[.!]?$"
    r"|^(?:podobał ci się (?:ten )?artykuł\?\s*)?udostępnij (?:go|ten artykuł|artykuł)"
    r"(?: znajomym)?[.!]?$",
    _I,
)

# "Comments", "Комментарии (14)": the header a comments section opens with.
_COMMENTS = r"(?:comments?|комментари[йия]\w*|каментар\w*|коментар\w*|komentar\w*|komentār\w*)"
COMMENTS_HEADER = re.compile(rf"^(?:\d+ {_COMMENTS}|{_COMMENTS}(?: \(?\d+\)?)?)$", _I)
# Comment forms of blog engines and news sites.
COMMENT_FORM = re.compile(
    r"\b(?:(?:leave|post|add|write|submit|cancel) (?:a |your )?(?:reply|comment)s?"
    r"|your email address will not be published|required fields are marked"
    r"|comment data is processed|to reduce spam|log ?in to (?:comment|reply)"
    r"|your e-?mail(?: address)? will (?:not|never) be|(?:required )?fields? marked (?:with )?\*"
    r"|save my name,? email|notify me of (?:new|follow-up) (?:comments|posts)"
    r"|(?:оставить|написать|добавить|пакінуць|залишити) (?:свой |ваш )?(?:комментари|каментар"
    r"|коментар)\w*"
    rf"|^\d+ (?:{_COMMENTS}|replies)$|^{_COMMENTS}(?: \(\d+(?=\)$)|(?: \d+)?$)"
    r"|^sort (?:by|comments)\b"
    # The form shut: "Comments are closed.", "Commenting has been disabled", "Комментарии закрыты".
    r"|^(?:comments|commenting)(?: \w+){0,3} (?:is|are|has been|have been)(?: now)?"
    r" (?:closed|disabled|turned off)"
    r"|^(?:комментари|комментирование|каментар|коментар)\w* (?:\w+ )?(?:закрыт|отключен|адключан"
    r"|зачынен|вимкнен|закрит)\w*"
    r"|^(?:show|load|view) (?:more )?comments|^(?:reply|ответить|адказаць|відповісти)$)\b",
    _I,
)

# Copyright and reuse notices: "© 2021 ...", "without the written consent of ...".
COPYRIGHT_NOTICE = re.compile(
    r"(?:©|\(c\)\s*\d{4}|^copyright\b|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b"
    r"|\bwithout (?:the )?(?:prior |express )?(?:written )?"
    r"(?:consent|permission|authori[sz]ation)\b"
    r"|\b(?:reproduction|republication|redistribution|reprinting|copying)\b[^.]{0,40}"
    r"\b(?:prohibited|forbidden|not (?:allowed|permitted))\b"
    r"|\bnot (?:allowed|permitted) to (?:publish|reproduce|quote|copy|republish)"
    r"|\bmay not be (?:published|reproduced|redistributed|rewritten|copied)\b"
    r"|\bused with (?:the )?permission of\b|\bвсе права защищены\b"
    r"|\b(?:alle rechte vorbehalten|wszelkie prawa zastrzeżone|visos teisės saugomos"
    r"|visas tiesības aizsargātas|всі права захищені|усе правы абаронены"
    r"|tous droits réservés)\b"
    # "Полное или частичное копирование материалов запрещено", "Kopiowanie materiałów ...".
    r"|\b(?:копирование|перепечатка|воспроизведение|kopiowanie|przedruk|rozpowszechnianie)"
    r"\s+(?:\w+\s+){0,2}(?:материал|materiał)\w*\b"
    r"|\bбез (?:письменного |предварительного )*(?:разрешения|согласия)\b)",
    _I,
)

# An outlet's notes on what it publishes: whose views a column holds, how an
# interview was edited, what it earns from links, what standards it keeps. Each names
# the author, the reader's purchase or the outlet ("our"), so a story's "do not reflect
# the government's views" is not one.
DISCLAIMER = re.compile(
    r"\bviews (?:and opinions )?expressed\b.{0,60}\b(?:the authors?|the writers?|author'?s'?"
    r"|writer'?s|contributors?|(?:his|her|their) own)\b"
    r"|\b(?:has|have) been (?:lightly )?(?:edited|condensed)(?: and (?:edited|condensed))?"
    r" for (?:length|clarity|brevity)\b"
    r"|\bmay (?:be compensated|earn (?:an? )?(?:small )?(?:affiliate )?commission)\b"
    r".{0,60}\b(?:purchase|buy|links?)\b"
    # The standards it holds itself to: "Our Standards: The Example Wire Trust Principles."
    r"|^our (?:editorial )?(?:standards|principles|guidelines)\b",
    _I,
)

# A press release's notes to journalists: whom to ask ("For media inquiries, contact ...",
# "Media contact:", "Контакты для СМИ:", "Contact: press@..."), when they may publish ("For
# immediate release", "Embargoed until ..."), and the mark that ends it ("###", "-ENDS-").
PRESS_CONTACT = re.compile(
    r"^(?:for immediate release|embargoed until\b|embargo\s*:"
    r"|(?:contacts?|kontakt|kontakty|контакты|кантакты|контакти)\s*:\s*(?:\S+@|\+?\d)"
    r"|for (?:further |more |all )?(?:media|press) (?:inquiries|enquiries|information|questions)"
    r"|(?:media|press) (?:contacts?|inquiries|enquiries)\s*:|notes? (?:to|for) editors\b"
    r"|контакты для (?:сми|прессы)|кантакты для (?:смі|прэсы)|контакти для (?:змі|преси)"
    r"|kontakty? dla (?:mediów|prasy)|pressekontakt|kontakt für (?:die )?(?:medien|presse)"
    r"|contacts? (?:presse|médias?)|kontaktai žiniasklaidai)"
    r"|^(?:#{3,}|[-–—]+\s*(?:ends?|30)\s*[-–—]+|ends)$",
    _I,
)

# Where the story ran in print: "A version of this article appears in print on ...",
# "Газета «Пример» №185 от 12.10.2021, стр. 6". It dates the paper, not the web page.
PRINT_EDITION = re.compile(
    r"^a version of this (?:article|story|review|column) appear(?:s|ed) in print\b"
    r"|\bappeared in (?:the )?print edition\b"
    r"|^(?:газета|журнал|часопіс)\s+(?:«[^»]{2,40}»)?,?\s*№\s*\d+",
    _I,
)

# Cookie and privacy banners.
COOKIE_NOTICE = re.compile(
    r"\b(?:(?:we|this (?:site|website)) uses? cookies|cookie (?:policy|settings|preferences)"
    r"|accept (?:all )?cookies|privacy (?:policy|settings)|terms of (?:use|service)"
    r"|we value your privacy|privacy notice|(?:store|access|use|set)s? (?:\S+ ){0,6}cookies"
    r"|cookies? and (?:similar technologies|process personal data))\b"
    # The banner's buttons, alone on their lines.
    r"|^(?:accept|accept all|reject|reject all|decline|i agree|agree|got it|ok|okay"
    r"|manage (?:preferences|options|settings|consent)|more options"
    # A consent box's own: "Manage your privacy", "Save preferences", "Only necessary cookies".
    r"|manage (?:your )?privacy(?: settings)?|(?:save|confirm) (?:my |your )?(?:preferences"
    r"|settings|choices|selection)|allow all(?: cookies)?|(?:accept |allow )?(?:only )?"
    r"(?:necessary|essential) cookies(?: only)?)$",
    _I,
)

# Imperative calls to action that open promotional lines: "Sign up", "Download".
CALL_TO_ACTION = re.compile(
    r"^(?:sign (?:up|in)|log ?in|subscribe|register|join|download|get|start|try|read"
    r"|follow|click|tap|watch|listen|unlock|upgrade|become|support|donate|install"
    r"|подписаться|падпісацца|підписатися"
    r"|discover|explore|claim|enjoy|continue reading|learn more|want more"
    r"|подпишитесь|подписывайтесь|поддержите|падпісвайцеся|падтрымайце|підпишіться"
    r"|підписуйтесь|підтримайте|присоединяйтесь|далучайцеся|приєднуйтесь"
    r"|dołącz|obserwuj|subskrybuj|zapisz się|zaprenumeruj|wesprzyj|pobierz|śledź"
    r"|abonnieren sie|folgen sie|unterstützen sie|melden sie sich|laden sie)\b",
    _I,
)

# Paywall, membership and app-store vocabulary.
PROMOTION = re.compile(
    r"\b(?:subscri(?:be|ber|bers|ption|ptions)|members?(?:hip)?|sign (?:up|in)|log ?in"
    r"|account|apps?|premium|newsletter\w*|inbox|unlimited|ad-free|paywall|free trial"
    r"|trial|offer|curated|titles|download|app store|google play|access|feedback"
    r"|donat(?:e|ion|ions)|contribution|supporters?|e-?mail address|follow us"
    r"|(?:is|are) (?:now )?on (?:telegram|whatsapp|viber|instagram|youtube|tiktok)"
    # "Dołącz do nas na Facebooku", "Folgen Sie uns auf Telegram".
    rf"|(?:nas|uns|нас|нам) (?:na|auf|в|у) (?:{_CHANNELS})\w*"
    r"|подписк\w*|рассылк\w*|канал\w*|подпишитесь|подписывайтесь|поддерж\w*|падпісвайцеся"
    r"|падтрым\w*|підпишіться|підписуйтесь|підтрим\w*)\b",
    _I,
)
# "Already a member?", "14 days free", "Fourteen days free".
STRONG_PROMOTION = re.compile(
    r"\balready (?:a |an )?(?:member|subscriber|registered)\b"
    r"|\b(?:days?|weeks?|months?) (?:for )?free\b|\bfree for \w+ (?:days?|weeks?|months?)\b"
    r"|\bfree trial\b|\bbecome (?:a |an |our |the )?(?:member|supporter|patron|subscriber)s?\b"
    r"|\bjoin our community\b|\bsupport us\b"
    r"|\b(?:support|fund) (?:the )?(?:independent|our) (?:\w+ )?(?:journalism|work|reporting"
    r"|newsroom|media|press)\b"
    r"|\bneeds? your support\b|\bconsider (?:becoming|supporting|donating)\b"
    r"|\brel(?:y|ies) on (?:its |our )?(?:readers|donations|supporters)\b"
    r"|\b(?:monthly|one-time|regular|recurring) (?:donation|contribution)s?\b"
    # "Follow Example TV on Telegram", "Присоединяйтесь к нам в Telegram и Viber!": a
    # channel's plug, the whole line.
    # "Читайте нас у Telegram: t.me/example": the plug with its link.
    rf"|^(?:follow|join|read|присоединяйтесь|далучайцеся|приєднуйтесь|читайте|чытайце"
    rf"|следите за|сачыце за|стежте за)"
    rf" (?:us|к нам|да нас|до нас|\S+(?: \S+){{0,2}}) (?:on|in|в|у|ў) (?:{_CHANNELS})"
    rf"(?:(?:,| and| и| і| та) (?:{_CHANNELS}))*(?:\s*[:—–-]\s*\S+)?[.!]?$"
    # A paywall's teaser where the story is cut: "This article is for subscribers only."
    r"|^(?:this|the) (?:article|story|content|material) is (?:only )?(?:available )?"
    r"(?:for|to) (?:paying )?(?:subscribers|members)(?: only)?\b"
    r"|^to (?:continue|keep) reading\b|^(?:этот|данный) материал доступен только"
    r"|^чтобы (?:продолжить чтение|дочитать|читать дальше)"
    # A tip line: "Send us your photos", "присылайте фото и видео нашему боту".
    r"|\bsend us (?:your )?(?:photos?|videos?|tips?|stories|news)\b"
    r"|\b(?:присылайте|дасылайце|надсилайте|пишите|пішыце|пишіть)\b[^.!?]{0,40}"
    r"(?:\bнаш\w* [^.!?]{0,20}?(?:бот|редакци|рэдакцы|редакці)|\bфото и видео|\bфота і відэа"
    r"|\bфото і відео)",
    _I,
)
# "Support the Guardian", "Support The Example Times": a donation button naming the
# outlet; "Donate", "Підтримати": the button alone.
SUPPORT_BUTTON = re.compile(
    r"^(?:Support|Donate to|Contribute to) (?:us|the \w+|[A-Z][\w.]+(?: [A-Z][\w.]+){0,2})$"
    r"|^(?:Support|Donate|Contribute|Subscribe|Поддержать|Падтрымаць|Підтримати|Подписаться"
    r"|Падпісацца|Підписатися)$"
)
# The reader addressed: English, and the plural "you" of Russian, Belarusian, Ukrainian.
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|вы|ви|вас|вам|ваш\w*)\b", _I)
# The outlet speaking of itself, outside quotes: "our coverage", "we work without ads".
FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|[Мм]ы|нас|[Нн]аш\w*|[Мм]и)\b")

_VIEWS = r"(?:views|просмотр\w*|прагляд\w*|перегляд\w*)"
_COUNT = r"\d[\d\s,.]*[kmкм]?"
_LIKES = r"(?:likes?|нравится|падабаецца|подобається|lubię to|patinka|patīk)"
# The salutation opening the outlet's letter to its readers: "Dear readers,".
READER_SALUTATION = re.compile(
    r"^(?:dear|уважаемые|дорогие|шаноўныя|дарагія|шановні|дорогі)\s+(?:readers?|friends"
    r"|subscribers|читатели|чытачы|читачі|друзья|сябры|друзі|подписчики)[,!:.]?$",
    _I,
)

# An email newsletter's greeting and farewell, spoken by the outlet around its stories:
# "Good morning. This week we look at ...", "That's all for this week. Thanks for reading."
NEWSLETTER_GREETING = re.compile(
    r"^(?:good (?:morning|afternoon|evening)|hello|hi(?: there)?|welcome(?: back)?"
    r"|доброе утро|добрый день|добрай раніцы|добры дзень|доброго ранку|добрий день"
    r"|dzień dobry|labas rytas|labdien)\b",
    _I,
)
NEWSLETTER_FAREWELL = re.compile(
    r"\b(?:thanks? (?:you )?for reading|that'?s (?:all|it) for (?:today|this week|now)"
    r"|see you (?:next \w+|tomorrow|on \w+day)|until next (?:time|week))\b",
    _I,
)
# A web archive's or a search engine's cache banner over the page it saved.
ARCHIVE_BANNER = re.compile(
    r"^(?:this is google'?s cache of\b.*|it is a snapshot of the page as it appeared on\b.*"
    r"|full version|text-only version|view source"
    r"|tip: to quickly find your search term on this page\b.*"
    r"|the wayback machine\s*-\s*https?://\S+|\d+ captures|about this capture)$",
    _I,
)
# An email's own links: "View in browser", "Unsubscribe", "Forward to a friend".
EMAIL_CONTROL = re.compile(
    r"^(?:view (?:this email )?(?:in (?:your |a )?browser|online)|unsubscribe\b.*"
    r"|forward (?:this (?:email )?)?to a friend|update (?:your )?(?:email )?preferences"
    r"|manage (?:your )?subscription|was this (?:email )?forwarded to you\?.*"
    r"|you(?: are|'re) receiving this (?:email|newsletter)\b.*)$",
    _I,
)

# The page's own controls and reader tools, alone on a line: panels, audio players,
# reading time, live-blog filters, a notice that a widget needs JavaScript.
PAGE_CONTROL = re.compile(
    r"^(?:close(?: panel)?|open panel|about sharing|reuse this content|live|live feed"
    r"|(?:press play to )?listen to (?:this|the) (?:article|story)"
    r"|voiced by artificial intelligence"
    r"|(?:\d+(?:\s*[–-]\s*\d+)?|one|two|three|four|five) min(?:ute)?s?(?: read)?"
    # "Reading time: 2 min", "Время чтения: 3 мин".
    r"|(?:(?:estimated )?read(?:ing)? time|время чтения|час чытання|час читання|czas czytania)"
    r"\s*:?\s*(?:\d+(?:\s*[–-]\s*\d+)?)\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|хв(?:іл\w*|ил\w*)?)\.?"
    r"|(?:show|hide) (?:key events only|all"
    r"|more|less)|key events|(?:please )?(?:turn on|enable) javascript\b.*"
    # A syndicated story's age and reading time: "• 3h • 2 min read".
    r"|(?:[•·]\s*)?\d+\s*(?:h|d|hrs?|days?)(?: ago)?\s*[•·]\s*\d+ min(?:ute)?s? read"
    r"|save (?:this )?(?:articles?|stor(?:y|ies))\b.*\b(?:later|reading list)"
    r"|(?:copy|paste|copy/paste)\b.*\bembed\b.*|font size|text size"
    r"|get short url|short url|embed from \w+(?: \w+)?"
    # View counters: "Views: 1,245", "12.3K views 14:05", "Просмотров: 1 245".
    rf"|{_VIEWS}\s*:?\s*{_COUNT}|{_COUNT}\s*{_VIEWS}(?:\s+\d{{1,2}}:\d{{2}})?"
    # Like counters: "Нравится 12", "Like (5)", "12 likes".
    rf"|{_LIKES}\s*:?\s*\(?{_COUNT}\)?|{_COUNT}\s*likes?"
    # An embedded video player's buttons: "Watch later", "Tap to unmute", "0:00 / 2:14".
    r"|watch later|watch on youtube|tap to unmute|you'?re signed out|up next|more videos"
    r"|include playlist|shopping|info|cancel|confirm"
    r"|\d{1,2}:\d{2}(?::\d{2})? / \d{1,2}:\d{2}(?::\d{2})?"
    # A counter alone ("128", "23 441"); never a year or a date, which may head an entry.
    r"|\d{1,3}(?:[ ,.]\d{3})*(?:[.,]\d)?[kmкм]?"
    # A list's markers for screen readers: "list of 4 items", "list 1 of 4", "end of list".
    r"|list of \d+ items|list \d+ of \d+|end of list"
    # A translation widget: "Translated from Russian. Original text", "Rate this translation".
    r"|(?:(?:machine|automatically) )?translated (?:from|into) \w+"
    r"(?: by (?:google|deepl|bing|microsoft|yandex|machine|ai)[\w ]{0,20})?"
    r"(?:\.?\s*(?:(?:show|see|view) )?original(?: text| article)?)?"
    r"|(?:show|see|view) original(?: text)?|original text|rate this translation"
    r"|was this translation helpful\??|(?:powered by|translated by) google(?: translate)?"
    # A note on reporting typos: "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter".
    r"|.*\bctrl ?\+ ?enter\b.*)[.:]?$",
    _I,
)
# Notices an embedded video player prints, whatever their length.
PLAYER_NOTICE = re.compile(
    r"^(?:if playback doesn'?t begin shortly|videos you watch may be added to the tv'?s watch"
    r"|an error occurred while retrieving sharing information"
    r"|your browser does not support (?:the )?(?:video|audio)"
    r"|this video is (?:unavailable|no longer available|private))",
    _I,
)

# A live blog's entry time alone on its line: "14:02", "2.41pm", "12:41 BST", "1h ago",
# "Posted at 14:05".
ENTRY_TIME = re.compile(
    r"^(?:[Pp]osted (?:at )?)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?"
    r"|\d{1,2}\s*(?:min|mins|minutes?|h|hrs?|hours?) ago)$"
)

# Site navigation: section lists, "Related stories", breadcrumbs.
NAVIGATION = re.compile(
    r"^(?:(?:all|more|latest|top|related|other|recent|popular|trending|breaking|recommended"
    r"|featured|most read|most popular)(?: \w+)? (?:news|stories|articles|posts|videos"
    r"|headlines|topics|reads)\b"
    r"|(?:our|editor'?s'?|editors'?) picks?|read (?:more|also|next)\b|see also\b"
    r"|most (?:read|popular|viewed|shared|commented)$"
    r"|you (?:may|might) (?:also )?(?:like|be interested)|back to (?:top|home)"
    r"|(?:next|previous) (?:article|story|post)|home|menu|search|skip to (?:main )?content"
    r"|more from\b|more on this\b|related(?: (?:topics|subjects|content|coverage|articles))?$"
    r"|continue reading\b|keep reading$|about the author$|об авторе$|пра аўтара$|про автора$"
    r"|explore more on these topics|\w+ recommends$|post navigation"
    r"|читайте также|читайте також|чытайце таксама|čytajcie taksama|(?:ещё|еще) по теме"
    r"|(?:czytaj|zobacz) (?:także|też|więcej)|(?:taip pat )?skaitykite(?: taip pat)?"
    r"|(?:lasi|lasiet) arī|mehr zum thema"
    r"|все новости|последние новости|апошнія навіны|останні новини|сообщить об ошибке"
    r"|новости партн[её]ров|материалы по теме|самое (?:читаемое|популярное)$"
    r"|najważniejsze wiadomości$|najczęściej czytane$|najnowsze wiadomości$"
    r"|das könnte sie (?:auch )?interessieren|lesen sie (?:auch|mehr)\b|meistgelesen$"
    r"|zum seitenanfang$|nach oben$)",
    _I,
)
# A label over a list of headlines of other stories: "Related coverage", "Читайте также".
LINK_LIST_LABEL = re.compile(
    r"^(?:related(?: \w+)?|read (?:also|next|more)|see also|more on this(?: story| topic)?"
    r"|keep reading|more from [^:]{2,40}"
    r"|you (?:may|might) also like|читайте также|читайте також|чытайце таксама"
    r"|(?:czytaj|zobacz) (?:także|też|więcej)|(?:taip pat )?skaitykite(?: taip pat)?"
    r"|(?:lasi|lasiet) arī|mehr zum thema"
    r"|(?:ещё|еще) по теме|материалы по теме|новости партн[её]ров"
    r"|das könnte sie (?:auch )?interessieren|lesen sie (?:auch|mehr))\s*:?$",
    _I,
)
# A labelled list of topics or tags: "Keywords Belarus, EU", "Tags: sanctions", "Теги".
TOPIC_LIST = re.compile(
    r"^(?:related (?:topics|subjects)|keywords|tags|topics|categories|теги|темы)\b:?(?:\s|$)"
    # A channel post's hashtags alone: "#Гомель #задержания".
    r"|^#\w*[^\W\d]\w*(?:[\s,]+#\w*[^\W\d]\w*)*$",
    _I,
)
# An aggregator's link to the story on its outlet's site, which names the outlet.
_READ_ORIGINAL = r"read the (?:full|original|whole) (?:story|article|report) (?:at|on)"
READ_ORIGINAL = re.compile(rf"^{_READ_ORIGINAL} (?P<outlet>[^.]{{2,60}})\.?$", _I)
# A link to another story, labelled: "Read also: ...", "Читайте также: ...".
# An address alone, or labelled ("Permalink https://...").
# A link annotated for screen readers ("Our Standards, opens new tab") is one too. A list
# may set a bullet before the label ("• Related: ...").
LINK_LINE = re.compile(
    r"^(?:[•·▪►▶*–—-]\s*)?(?:read (?:more|also|next)|see also|also read|related(?: \w+)?|more"
    r"|watch|listen"
    r"|читайте также|читайте також|чытайце таксама|читайте|czytaj (?:także|też|więcej)"
    r"|zobacz (?:także|też)|(?:taip pat )?skaitykite(?: taip pat)?|(?:lasi|lasiet) arī"
    r"|lesen sie (?:auch|mehr))\s*:"
    r"|^(?:\w+(?: \w+)?\s*:?\s*)?https?://\S+$"
    # A call to follow or read more, ending with its address: "Follow ... at https://...".
    r"|^(?:follow|read|watch|listen|see|find|visit)\b.{0,120}\bhttps?://\S+$"
    rf"|^{_READ_ORIGINAL}\b"
    r"|^.{1,120}?,? opens (?:in )?(?:a )?new (?:tab|window)$",
    _I,
)
BREADCRUMB = re.compile(r"^[^.!?]{1,80}(?:\s[>»/|›]\s[^.!?]{1,80}){2,}$")

# Photo captions: a leading label or a trailing photo credit.
CAPTION_LABEL = re.compile(
    r"^(?:(?:file|handout|archive|stock) )?(?:photo|image|picture|pictured|video|illustration"
    r"|caption|photograph|image source|фото|фота|foto|bild"
    # Polish and Lithuanian (abbreviated too): "Zdjęcie:", "Fot. A. Name/Agencja", "Nuotr.".
    r"|fot|nuotr|zdjęcie|zdjęcia|zdj)s?\s*[:.,\-–—]\s|^FILE\s*[-–—]\s"
    # A gallery's photo with its counter: "Slide 1 of 3: Lava flows ...".
    r"|^(?:slide|photo|image|picture|фото|слайд) \d{1,3} (?:of|из|з) \d{1,3}\s*[:.\-–—]\s",
    _I,
)
# "... near the border. © Example Agency / A. Name": a photo's owner and its photographer.
_COPYRIGHT_PHOTO_CREDIT = (
    r"©\s*[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}\s*/\s*[A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,3}$"
)
COPYRIGHT_PHOTO_CREDIT = re.compile(_COPYRIGHT_PHOTO_CREDIT)
PHOTO_CREDIT = re.compile(
    # "In pictures: ..." titles a photo story; it credits no one.
    r"(?:(?<![Ii]n )\b(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture|[Ff]oto|[Фф]ото|[Фф]ота)s?"
    r"(?: by|:)\s*[^.]{2,80}\.?\)?$|\b(?:[Ff]ot|[Nn]uotr)\.\s*[^.]{2,80}\.?\)?$"
    r"|\w/[^/]+ via [A-Z][A-Za-z]+$|\bvia [A-Z]{3,}$"
    r"|\b[A-Z]{2,}(?: Photo)?/[A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,3}(?:, File)?\.?\)?$"
    r"|/(?:[A-Z]{2,}|Getty Images|Shutterstock)\.?\)?$"
    rf"|{_COPYRIGHT_PHOTO_CREDIT}"
    # "... outside the court [File: Stringer/Agency]"
    r"|\[[^\[\]]{0,40}/[^\[\]]{2,40}\]$)"
)

# Where a photo came from, when a credit names no owner: "Фото: архив магазина", "Photo:
# handout", "Фото: пресс-служба МВД". Such credits are in lower case, unlike a name.
PHOTO_SOURCE = re.compile(
    r"^(?:handout|screenshot|courtesy|social media|press service|supplied"
    r"|архив|архіў|архів|пресс-служб|прэс-служб|прес-служб|скриншот|скрыншот|скріншот"
    r"|соцсет|сацсетк|соцмереж|из соцсетей|из архива|з архіва|з архіву|личный архив"
    r"|archiwum|materiały prasowe|archiv|privat)\w*",
    _I,
)
# A caption's label alone on its line: the caption's text is the next line.
CAPTION_ONLY_LABEL = re.compile(r"^(?:image|media|photo|video) caption\s*[,:]?$", _I)
# An image's file name or address alone on its line: "minsk-fans-2021.jpg".
IMAGE_FILE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*)?$", _I)
# A photo gallery's counter over each photo's caption: "1 / 12", "Photo 3 of 12", "Фото 2 из 5".
GALLERY_COUNTER = re.compile(
    r"^(?:(?:photo|image|slide|picture|фото|фота|слайд)\s*)?\d{1,3}\s*(?:/|of|из|з)\s*\d{1,3}$",
    _I,
)

# The signature under a post embedded from a social network: "— A. Name (@handle) date".
EMBED_SIGNATURE = re.compile(r"^[—–-]+\s*[^()]{1,60}\(@\w{1,30}\)(?:\s+[\w ,.:]{1,40})?$")

# "(Example TV with AFP)": the outlet, and the agencies it drew on; it names the source.
_OUTLET_WITH_AGENCY = (
    r"^\((?P<outlet>[A-Z][\w.' -]{1,30}) with [A-Z]{2,6}(?:(?:,| and) [A-Z]{2,6})*\)$"
)
OUTLET_WITH_AGENCY = re.compile(_OUTLET_WITH_AGENCY)
# Credit lines of wire services: "(Reporting by ...; Editing by ...)", and other notes on
# the article that are not its story.
CREDIT_LINE = re.compile(
    r"^\(?\s*(?:additional |further |live )?(?:reporting|writing|written|editing|edited|compiled"
    r"|updates|coverage"
    r"|translated|translation|research|produced|graphics|text|photos?|photographs?|pictures"
    r"|images|photography|video|interviews?)"
    r"(?: and \w+)?(?: from \w+)?(?: (?:into|to) \w+)? by\b"
    # A translator's credit by its label: "Перевод: А. Имя", "Tłumaczenie: A. Name".
    r"|^(?:перевод|пераклад|переклад|tłumaczenie|vertimas|tulkojums|translation)\s*:\s*\S"
    r"|^\(?\s*with (?:inputs|reporting|additional reporting) (?:from|by)\b"
    r"|^.{0,80}\bcontributed (?:to )?(?:this )?(?:report|story|article)\.?\)?$"
    r"|^[A-Z][\w'’-]+(?: and [A-Z][\w'’-]+)? reported from [A-Z][\w'’ -]+\.?$"
    # "Материал подготовлен при участии А. Имя": who helped prepare the story.
    r"|^(?:матэрыял|тэкст|артыкул) падрыхтаван\w*|^(?:материал|текст|статья)"
    r" подготовлен\w* (?:при участии|с участием|вместе с)\b"
    # "Reporting from Warsaw, Poland": where the writer was, under the byline.
    r"|^reporting from [^.;]{2,50}$"
    # The editors' note on the article, above or under it: "Correction: An earlier version
    # of this article ...", "Editor's note: ...", "Исправление: ...".
    r"|^(?:corrections?|clarification|editor['’]?s['’]? note|исправление|выпраўленне"
    r"|виправлення|sprostowanie)\s*[:—–-]\s*\S"
    r"|^an? (?:earlier|previous) version of this (?:article|story|report)\b"
    r"|^this (?:article|story|report) (?:was|has been) (?:amended|updated|corrected|changed)\b"
    rf"|{_OUTLET_WITH_AGENCY}",
    _I,
)
CREDIT_ROLE = re.compile(
    r"(?:^|[;(,]\s*)(?:additional |further )?(reporting|writing|written|editing|edited|compiled"
    r"|translated|research)(?: and \w+)? by ([^;()]+)",
    _I,
)
# Capitals of the Latin, Central European and Cyrillic alphabets of the region.
UPPER = "A-ZÀ-ÖØ-ÞĆČĎĚŁŃŇŘŚŠŤŮŹŻŽА-ЯЁІЎЄЇҐ"
CAPITALISED = rf"[{UPPER}][\w'’.\-]+"
# Words that join a name to what follows it ("Jane Roe With AFP"), never part of it.
_NOT_IN_NAME = r"(?!(?i:with|and|for|from|in)\b)"
NAME = rf"{CAPITALISED}(?: (?:{_NOT_IN_NAME}{CAPITALISED}|de|van|von|der|da|al|bin|le|la))*"
# "A", "A and B", "A, B and C"; a comma after the last name starts an affiliation.
NAMES = rf"{NAME}(?:(?:, {NAME})* (?:and|AND|&|и|і|та) {NAME})?"
# People, not desks: "Jonas Brekke and Ines Carvalho", not "Minsk newsroom".
PERSON_NAMES = re.compile(rf"^{NAMES}$")
# "By RFE/RL's Belarus Service", "By Example Wire staff": a byline naming a desk.
DESK_BYLINE = re.compile(r"^(?:By|BY|by)\s+[A-Z]\S*(?: \S+){0,6}$")
BYLINE = re.compile(
    # German and French: "Von Anna Muster", "Par Claire Exemple".
    rf"^(?:By|BY|by|Von|VON|Par|PAR|Story by|STORY BY|Written by:?|От|Автор:?|Авторка:?"
    rf"|Аўтар:?|Аўтарка:?"
    rf"|Author:?|Autor:?|Autorka:?|Autors:?|Autore:?|Autorius:?|Autorė:?|Text:|TEXT:|Текст:|Тэкст:"
    # An interview's interviewer: "Беседовала А. Имя", "Interviewed by A. Name".
    rf"|Interview by|Interviewed by|Беседовал[аи]?:?|Беседу вел[аи]?:?|Гутарыў:?|Гутарыла:?"
    rf"|Розмовляв:?|Розмовляла:?|Спілкувалася:?|Спілкувався:?)"
    rf"\s+({NAMES})"
    rf"(?: ?[,|–—-].*| (?i:with) .+)?$"
)
# "Reuters Staff", "Example Wire desk": a byline naming the outlet's people, no person.
DESK_NAME = re.compile(
    r"\b(?:staff|desk|team|newsroom|bureau|service|editors|reporters|correspondents|редакция|рэдакцыя"
    r"|редакція)$",
    _I,
)
# "Jane Roe with AFP": a writer, and an agency that contributed.
BYLINE_WITH_AGENCY = re.compile(rf"^({NAMES}) (?i:with) [A-Z]{{2,6}}(?: and [A-Z]{{2,6}})*$")
# "Jane Roe — Friday, 4 March 2022, 14:52": a writer and the stamp (checked by the rule).
BYLINE_WITH_STAMP = re.compile(rf"^({NAMES}) [—–|-] (.+)$")
# "Anna Nowak in Brussels and Jan Kowal in Moscow": names with where each wrote from.
_PERSON = rf"{CAPITALISED}(?: {CAPITALISED}){{1,2}}"
_PLACE = rf"{CAPITALISED}(?: {CAPITALISED})?"
BYLINE_WITH_PLACES = re.compile(rf"^{_PERSON} in {_PLACE}(?:(?:,| and) {_PERSON} in {_PLACE})*$")
PERSON_BEFORE_PLACE = re.compile(rf"(?:^|, | and )({_PERSON}) in ")
PLACE_AFTER_PERSON = re.compile(rf" in ({_PLACE})(?=,| and |$)")
# A few words on the writer at the story's end: "Jane Roe is a reporter covering ...".
# German, Polish and Russian say it too: "Jana Roe ist freie Journalistin in Berlin",
# "... jest dziennikarzem z ...", "Ирина Ковалёва — журналистка из Гомеля".
AUTHOR_BIO = re.compile(
    rf"^(?P<name>{NAME}) (?:is (?:a|an|the)\b[^.]{{0,80}}?\b(?:correspondent|reporter|journalist"
    r"|writer|editor|columnist|contributor|photographer|producer|analyst|fellow|author"
    r"|freelancer|researcher|historian|professor|lecturer|economist|scholar)s?\b"
    r"|ist (?:\w+ ){0,3}(?i:journalist|korrespondent|redakteur|reporter|autor|fotograf)(?:in)?\b"
    r"|jest (?:\w+ ){0,3}(?:dziennikar|korespondent|reporter|publicyst|fotoreporter)\w*"
    r"|[—–] (?:\w+ ){0,2}(?:журналист|корреспондент|обозреватель|журналіст|карэспандэнт"
    r"|аглядальні)\w*)"
)
# A web address as an outlet names itself: "LRT.lt", "belsat-example.eu".
DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.(?i:[a-z]{2,6})"
# "Jurgita Petrauskienė, LRT.lt": the writer, and the outlet by its address.
BYLINE_WITH_OUTLET = re.compile(rf"^({NAMES}), ({DOMAIN})$")
# "Anna Kowalska, Piotr Nowicki": writers' names alone, listed with commas.
PERSON_LIST = re.compile(rf"^{_PERSON}(?:, {_PERSON})+$")
# A sign-off under the story: the writer's initials and the outlet's address
# ("ИП / interfax-example.eu", "A.B./example.lt").
SIGN_OFF = re.compile(rf"^[{UPPER}](?:\.?[{UPPER}]){{0,3}}\.? ?/ ?(?P<domain>{DOMAIN})$")
# "— Jane Roe, Example Herald", "By Jane Roe | EXAMPLE.com": a writer and the outlet signing
# the story; whether the second part names an outlet is for `shapes.names_an_outlet`.
NAME_AND_OUTLET = re.compile(
    rf"^(?:[—–-]+ ?|(?:By|BY|by) )?({NAMES})(?:, | ?[/|] ?)(?P<outlet>[{UPPER}].{{1,60}})$"
)
# An agency by its letters: "AFP", "RFE/RL".
ACRONYM = re.compile(r"^[A-Z]{2,6}(?:/[A-Z]{2,6})?$")
# Words newspapers, agencies and broadcasters name themselves by (the nameplates of the
# English-language press and of the region's): "Example Herald", "Gazeta Przykładowa".
OUTLET_WORD = re.compile(
    r"^(?:news|daily|times|herald|post|press|gazette|journal|tribune|radio|tv|television"
    r"|agency|wire|media|review|chronicle|observer|telegraph|monitor|express|mail|weekly"
    r"|courier|standard|guardian|independent|bulletin|dispatch|inquirer|examiner|insider"
    r"|ledger|register|echo|mirror|globe|reporter|today|zeitung|naviny|novosti|vesti"
    r"|broadcasting|magazine|sentinel|gazeta|dziennik|kurier|tygodnik|wiadomości|žinios"
    r"|ziņas|газета|вестник|весці|вісті|ведомости|известия|навіны|новини|новости|nachrichten)$",
    _I,
)
# Words of a site's sections, which pair with "News" as outlets' words do: "World News".
SECTION_WORD = re.compile(
    r"^(?:world|local|national|international|regional|business|sports?|politics|economy"
    r"|culture|opinion|science|health|tech|technology|entertainment|breaking|latest|top"
    r"|live|lifestyle|travel|europe|asia|africa|americas?|home|main|front|more|all|other"
    r"|video|videos|photos?|our|your"
    # The kinds of document a site files under their own section: "Press Release".
    r"|releases?|statements?"
    # The same sections in the region's other languages: "Polityka", "Общество", "Kultur".
    r"|politik|wirtschaft|kultur|ausland|inland|meinung|wissen|polityka|gospodarka|kultura"
    r"|świat|kraj|opinie|społeczeństwo|политика|общество|экономика|культура|спорт|мнения"
    r"|палітыка|грамадства|эканоміка|меркаванні|політика|суспільство|економіка|думки)$",
    _I,
)
# Lower-case words inside a name: "Voice of the Example", "Example & Co".
NAME_JOINER = re.compile(r"^(?:of|the|and|&|de|du|la|der|die|na|i|и|і)$", _I)
# The line under a byline naming the outlet and the place: "Example News, Vilnius".
AFFILIATION = re.compile(rf"^{CAPITALISED}(?: {CAPITALISED}){{0,3}}, {_PLACE}$")
# What a press contact's label lists under it: a name, a telephone number, an e-mail address.
CONTACT_DETAIL = re.compile(
    rf"^(?:\+?[\d ()./-]{{7,20}}|\S+@{DOMAIN}|{CAPITALISED}(?: {CAPITALISED}){{1,2}})$"
)
SOURCE_CREDIT = re.compile(
    r"^(?:source|sources|via|from|источник|источники|крыніца|джерело|źródło|źródła|quelle"
    r"|šaltinis|avots)\s*:\s*([^|]{2,60})$",
    _I,
)

# An interview's label before a question or its answer: "Q:", "Answer:", "Вопрос:".
QA_LABEL = re.compile(
    r"^(?:q|a|question|answer|вопрос|ответ|пытанне|адказ|питання|відповідь|pytanie"
    r"|odpowiedź|klausimas|atsakymas)\s*[:.]\s",
    _I,
)
# A speaker's name opening a turn of an interview: "Marta Novak: How did it begin?".
SPEAKER_LABEL = re.compile(rf"^({NAME}):\s")
# Quotation marks that open and close quoted speech.
OPENING_QUOTES = "\"“„«‘'‹"
CLOSING_QUOTES = "\"”“»’'›"
# Paired by mark, so an apostrophe inside quoted speech does not end it.
QUOTED_SPAN = re.compile(
    r'"[^"]{2,}"|“[^“”]{2,}[”“]|„[^„“”]{2,}[“”]|«[^«»]{2,}»|‹[^‹›]{2,}›|‘.{2,}?’(?!\w)'
)

# Pictographs a channel post sets before its lines: "🔴 ...", "📢 ...".
LEADING_EMOJI = re.compile(r"^[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\s]+")
# A printed page's number in its header or footer: "Page 2", "Strona 3", "стр. 4", "- 5 -".
PAGE_NUMBER = re.compile(
    r"(?:^|\s)(?:page|p\.|pp\.|strona|str\.|стр\.|старонка|сторінка|psl\.|lpp\.)\s*\d{1,4}"
    r"(?:\s*(?:of|/|из|з|z)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$",
    _I,
)
# A periodical's issue number ending its masthead line: "Weekly digest | Issue #87", "№ 41".
ISSUE_NUMBER = re.compile(
    r"(?:^|[|•·—–-]\s*|\s)(?:issue|no\.|vol\.|volume|выпуск|випуск|numer|nr\.?|№)\s*#?\s*\d{1,4}$",
    _I,
)
# A labelled field of a page: "Premiere: 20 March 2021, 19:00", "When: ...", "Termin: ...".
LABELLED_FIELD = re.compile(r"^[^\W\d_][\w'’ -]{0,30}?\s*:\s*(?P<value>\S.*)$")
# What a span of dates has besides its dates: "14–16 May 2021", "14 May – 16 May 2021".
DATE_SPAN_REST = re.compile(r"^[\d\s.,/–—-]*$")
# A table's cell alone on its line: "21,408", "50.9", "49.1%".
TABLE_NUMBER = re.compile(r"^[-+]?\d{1,3}(?:[ ,.]\d{3})*(?:[.,]\d+)?\s?%?$")
# A stamp that names the place it was filed from, alone on its line: "Riga, 14 March 2023",
# "TALLINN, Mar. 14, 2023", "Tartu, Estonia, 14 March 2023"; whether the first words name
# a place and the rest is a stamp is for `shapes.filed_stamp`.
FILED_STAMP = re.compile(
    rf"^(?P<place>[{UPPER}][\w'’.\-]*(?: [{UPPER}][\w'’.\-]*){{0,2}})"
    rf"(?:, {CAPITALISED})?, (?P<stamp>.+)$"
)
# The agencies a story drew on, alone on a line in brackets: "(dpa/afp)", "(AFP)",
# "(Reuters, AFP)". An agency goes by its letters, in capitals or (German style) in lower
# case, or by a mixed acronym ("BelTA"); a word in title case ("(Reuters)", "(Video)") only
# among others, since alone it is as often a label.
_AGENCY_LETTERS = rf"(?:[{UPPER}]{{2,4}}|[a-z]{{2,3}}|[A-Z][a-z]*[A-Z]{{2,}}[a-z]*)"
_AGENCY = rf"(?:{_AGENCY_LETTERS}|[{UPPER}][a-z]{{2,15}})"
AGENCY_CREDIT = re.compile(
    rf"^\((?P<agencies>{_AGENCY_LETTERS}|{_AGENCY}(?:\s*(?:/|,|&| and )\s*{_AGENCY})+)\)\.?$"
)
# A desk of the outlet alone on its line: "Example Belarus Service", "Example Wire Minsk Bureau".
DESK_LINE = re.compile(
    rf"^{CAPITALISED}(?: {CAPITALISED}){{0,3}} (?:Service|Desk|Newsroom|Bureau|Staff)$"
)

TERMINAL = re.compile(r"[.!?…]['\"”’»)\]]*$")
HEADING_END = re.compile(r"[.,;:…]['\"”’»)\]]*$")
WORD = re.compile(r"[\w’'-]+")
