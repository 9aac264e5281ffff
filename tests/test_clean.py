"""Cleaning: one test per rule, lines that look like junk but are story, fixture pairs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsarchive.clean import RULE_NAMES, clean, repeated_lines
from newsarchive.clean.shapes import line_key
from newsarchive.model import ContentError, RawDocument
from newsarchive.read import read_document, text_lines

FIXTURES = Path(__file__).parent / "fixtures" / "clean"

# A plain story body that rules can be tried around.
LEAD = (
    "Officials in the capital said on Friday that the talks would continue next week, "
    "after both sides failed to agree on the wording of a joint statement."
)
BODY = (
    "The delegations met for more than six hours behind closed doors and left the building "
    "without speaking to the reporters who were waiting outside."
)


def document(text: str, name: str = "story.txt") -> RawDocument:
    return RawDocument(Path(name), tuple(text_lines(text)), "utf-8")


def outcome(text: str, **options) -> dict[str, str]:
    """Each line's text -> its kind, "headline", or "removed:<rule>"."""
    cleaned = clean(document(text), **options)
    result = {block.text: block.kind for block in cleaned.blocks}
    result.update({r.text: f"removed:{r.reason}" for r in cleaned.removed})
    if cleaned.headline:
        result[cleaned.headline] = "headline"
    return result


def story(*extra_before: str, middle: tuple[str, ...] = (), after: tuple[str, ...] = ()) -> str:
    lines = [*extra_before, "Talks on the border dispute to continue", LEAD, *middle, BODY, *after]
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("[ad_1]", "ad-marker"),
        ("[/ad]", "ad-marker"),
        ("Advertisement", "ad-marker"),
        ("Story continues below advertisement", "ad-marker"),
        ("Share on whatsapp", "share-widget"),
        ("Share this story", "share-widget"),
        ("Facebook | Twitter | Email", "share-widget"),
        ("Copy", "share-widget"),
        ("Link copied", "share-widget"),
        ("Leave a comment", "comment-form"),
        ("Your email address will not be published.", "comment-form"),
        ("3 comments", "comment-form"),
        ("We use cookies to personalise content and ads.", "cookie-notice"),
        ("© 2020 Example Media Group", "copyright-notice"),
        ("© Example Media Group / All rights reserved", "copyright-notice"),
        ("Copyright 2021 Example Wire. All rights reserved.", "copyright-notice"),
        (
            "Reproduction of this material without written permission is prohibited.",
            "copyright-notice",
        ),
        ("Already a subscriber? Log in", "subscription-prompt"),
        ("Get unlimited access to our journalism for a month", "subscription-prompt"),
        ("Try it free for 30 days", "subscription-prompt"),
        ("Download our app for the latest alerts", "subscription-prompt"),
        ("Latest news", "navigation"),
        ("You may also like", "navigation"),
        # German and Russian furniture: an ad's label, a share button and bar, a list's label.
        ("Anzeige", "ad-marker"),
        ("Teilen", "share-widget"),
        ("ВКонтакте Telegram Одноклассники", "share-widget"),
        ("Mehr zum Thema", "navigation"),
        ("Home » World » Europe", "navigation"),
        # Furniture of other outlets: topic lists, labelled links, banners, appeals.
        ("Related Topics", "navigation"),
        ("Explore more on these topics", "navigation"),
        ("Keywords Belarus, sanctions, European Union", "navigation"),
        ("Tags: Belarus, EU, sanctions", "navigation"),
        ("Read also: Border guards detain two men near the crossing point", "navigation"),
        ("Читайте также", "navigation"),
        ("Permalink https://example.org/p/3abc", "navigation"),
        ("Send Facebook Twitter Whatsapp", "share-widget"),
        ("Print Print this page", "share-widget"),
        ("Reject all", "cookie-notice"),
        (
            "We and our partners store and access information on a device, such as cookies.",
            "cookie-notice",
        ),
        ("Support Example Daily", "subscription-prompt"),
        ("Become a member", "subscription-prompt"),
        (
            "Independent media need your support. Please consider becoming a supporter.",
            "subscription-prompt",
        ),
        ("Подпишитесь на наш канал в Telegram", "subscription-prompt"),
        ("Все права защищены.", "copyright-notice"),
        (
            "Copyright (c) 2020. Example Radio, Inc. Used with the permission of Example Radio.",
            "copyright-notice",
        ),
        ("Published", "date-line"),
        ("First published on Mon 24 May 2021 17.12 BST", "date-line"),
        ("Image caption,", "caption"),
        ("Advertisement · Scroll to continue", "ad-marker"),
        ("Реклама", "ad-marker"),
        ("Share page", "share-widget"),
        ("close panel", "page-control"),
        ("Press play to listen to this article", "page-control"),
        ("Voiced by artificial intelligence.", "page-control"),
        ("4 minute read", "page-control"),
        ("Save articles to read later and create your own reading list.", "page-control"),
        ("Related: Border guards detain two men near the crossing point", "navigation"),
        ("Acquire Licensing Rights, opens new tab", "navigation"),
        ("Example Daily is on Telegram! Subscribe", "subscription-prompt"),
        ("Support ED or become our patron!", "subscription-prompt"),
        (
            "Want more analysis from EXAMPLE? Example Pro is our premium service.",
            "subscription-prompt",
        ),
        ("Поддержите «Пример»", "subscription-prompt"),
        ("Мы работаем без рекламы. Нас читают, пока вы нас поддерживаете.", "subscription-prompt"),
        ("Privacy Notice: Newsletters may contain information about charities.", "cookie-notice"),
        ("Updated at 14.08 GMT", "date-line"),
        ("Example News is banned at home. Support our work.", "subscription-prompt"),
        (
            "Example News relies on its readers. Please consider a monthly donation.",
            "subscription-prompt",
        ),
        ("Our newsletter", "subscription-prompt"),
        (
            "Sign up to receive a weekly digest of our best reporting on the region, written by "
            "our correspondents who live there.",
            "subscription-prompt",
        ),
        # Aggregator, agency and republishing furniture; an embedded video player.
        ("Story continues", "ad-marker"),
        ("Continue reading", "navigation"),
        ("Read the original article on Example Post.", "navigation"),
        ("Read the full story at Example Herald", "navigation"),
        ("Get short URL", "page-control"),
        ("Views: 1,245", "page-control"),
        ("Просмотров: 1 245", "page-control"),
        ("12.3K views 14:05", "page-control"),
        ("Embed from Getty Images", "page-control"),
        ("Tap to unmute", "page-control"),
        ("0:00 / 2:14", "page-control"),
        ("Watch on YouTube", "page-control"),
        ("If playback doesn't begin shortly, try restarting your device.", "page-control"),
        (
            "Videos you watch may be added to the TV's watch history and influence TV "
            "recommendations. To avoid this, cancel and sign in to YouTube on your computer.",
            "page-control",
        ),
        ("Like this story? Share it with a friend!", "share-widget"),
        ("Follow Example TV on Telegram", "subscription-prompt"),
        (
            "The views expressed in this column are the author's own and do not necessarily "
            "reflect the editorial position of Example Daily.",
            "disclaimer",
        ),
        ("This interview has been edited for length and clarity.", "disclaimer"),
        # Fourth probe: gift and share buttons, counters, list markers for screen
        # readers, translation widgets, typo notes, channel plugs and tip lines in
        # Russian, paywall teasers, donation buttons, comment headers, print notes.
        ("Give this article", "share-widget"),
        ("Share full article", "share-widget"),
        ("128", "page-control"),
        ("23 441", "page-control"),
        ("3 min", "page-control"),
        ("list 2 of 4", "page-control"),
        ("end of list", "page-control"),
        ("Translated from Russian. Original text", "page-control"),
        ("Rate this translation", "page-control"),
        ("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.", "page-control"),
        ("Присоединяйтесь к нам в Telegram и Viber!", "subscription-prompt"),
        ("Join us on Telegram and WhatsApp", "subscription-prompt"),
        ("Если вы видели задержания, присылайте фото и видео нашему боту.", "subscription-prompt"),
        ("Хотите рассказать свою историю? Пишите в наш Telegram-бот.", "subscription-prompt"),
        ("This article is for subscribers only.", "subscription-prompt"),
        ("To continue reading, subscribe for just £1 a week.", "subscription-prompt"),
        ("Support The Example Times", "subscription-prompt"),
        ("Підтримати", "subscription-prompt"),
        ("Donate", "subscription-prompt"),
        ("Комментарии", "comment-form"),
        ("Коментарі (3)", "comment-form"),
        ("Sort by: Newest", "comment-form"),
        (
            "A version of this article appears in print on Oct. 13, 2021, Section A, Page 9 of "
            "the national edition with the headline: Talks Stall Again.",
            "disclaimer",
        ),
        ("Газета «Пример» №185 от 12.10.2021, стр. 6", "disclaimer"),
        ("Keep reading", "navigation"),
        ("• 3h • 2 min read", "page-control"),
        (
            "Friends, support the independent media! Become the patron of our editorial office.",
            "subscription-prompt",
        ),
        (
            "Example and partners may be compensated if you purchase something through "
            "recommended links in this article.",
            "disclaimer",
        ),
        # Fifth probe: Polish, Lithuanian and Latvian furniture, like counters, a reading
        # time as a range, a channel plug with its link, a channel post's hashtags.
        ("Reklama", "ad-marker"),
        ("Udostępnij", "share-widget"),
        ("Dalintis", "share-widget"),
        ("Komentarai (14)", "comment-form"),
        ("Komentarze", "comment-form"),
        ("Czytaj także: Minister zapowiada nowe kontrole", "navigation"),
        ("Zobacz także", "navigation"),
        ("Skaitykite taip pat", "navigation"),
        ("Нравится 12", "page-control"),
        ("Like (5)", "page-control"),
        ("5–6 minutes", "page-control"),
        ("Читайте нас у Telegram: t.me/example_channel", "subscription-prompt"),
        ("Follow us on Telegram: t.me/example", "subscription-prompt"),
        ("#Гомель #задержания", "navigation"),
        ("Text-only version", "page-control"),
        (
            "This is Google's cache of https://example.pl/world/a-story. It is a snapshot of the "
            "page as it appeared on 14 Oct 2021 08:12:44 GMT.",
            "page-control",
        ),
        ("Share this live blog", "share-widget"),
        ("Share this video", "share-widget"),
        # A consent box's buttons.
        ("Save preferences", "cookie-notice"),
        ("Allow all cookies", "cookie-notice"),
        ("Only necessary cookies", "cookie-notice"),
        ("Confirm my choices", "cookie-notice"),
        # A labelled link set as a list's item.
        ("• Related: Border guards detain two men near the crossing point", "navigation"),
        ("- Read also: Border guards detain two men near the crossing point", "navigation"),
        # Furniture of Russian, Polish and German pages.
        ("Новости партнёров", "navigation"),
        ("Материалы по теме", "navigation"),
        ("Самое читаемое", "navigation"),
        ("Поделиться в соцсетях", "share-widget"),
        ("Полное или частичное копирование материалов запрещено.", "copyright-notice"),
        ("Najważniejsze wiadomości", "navigation"),
        ("Dołącz do nas na Facebooku", "subscription-prompt"),
        ("Zapisz się do newslettera", "subscription-prompt"),
        ("Podobał ci się artykuł? Udostępnij go znajomym!", "share-widget"),
        ("Wszelkie prawa zastrzeżone.", "copyright-notice"),
        ("Kopiowanie materiałów bez zgody redakcji jest zabronione.", "copyright-notice"),
        ("Das könnte Sie auch interessieren", "navigation"),
        ("Lesen Sie auch: Litauen verlängert den Ausnahmezustand", "navigation"),
        ("Abonnieren Sie unseren Newsletter", "subscription-prompt"),
        ("Folgen Sie uns auf Telegram", "subscription-prompt"),
        ("Artikel teilen", "share-widget"),
        ("Zum Seitenanfang", "navigation"),
        ("Alle Rechte vorbehalten.", "copyright-notice"),
        ("Follow AP's coverage of Belarus at https://example.org/hub/belarus", "navigation"),
        # A wire's note on its standards under the story.
        ("Our Standards: The Example Wire Trust Principles.", "disclaimer"),
        ("Our editorial guidelines", "disclaimer"),
        # A press release's notes to journalists, and the mark that ends it.
        ("For press enquiries contact Anna Nowak at press@example.org", "press-contact"),
        ("Notes to editors:", "press-contact"),
        ("Контакты для СМИ: press@example.by", "press-contact"),
        ("Kontakt dla mediów: biuro@example.pl", "press-contact"),
        ("-ENDS-", "press-contact"),
        ("Contact: press@example.org", "press-contact"),
        ("Kontakt: +48 22 123 45 67", "press-contact"),
        ("FOR IMMEDIATE RELEASE", "press-contact"),
        ("Embargoed until 00:01 GMT, 12 March 2021", "press-contact"),
    ],
)
def test_junk_inside_the_story_is_removed_by_its_rule(line, rule):
    assert outcome(story(middle=(line,)))[line] == f"removed:{rule}"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "FILE PHOTO: A police officer stands guard in the city centre, May 2, 2021. "
            "REUTERS/Jan Novak",
            "caption",
        ),
        ("Demonstrators march along the avenue. Photo: Maria Ivanova/AP", "caption"),
        ("Riot police near the station (Photo by Oleg Petrov)", "caption"),
        ("(Reporting by Jan Novak; Writing by Eva Horak; Editing by Sam Lee)", "credit"),
        ("Additional reporting by Paul Smith in Vilnius", "credit"),
        ("Source: Example Wire", "credit"),
        ("Associated Press writer Jan Kowal in Warsaw contributed to this report.", "credit"),
        ("Kowal reported from Warsaw.", "credit"),
        ("Author: Anna Kowalczyk", "credit"),
        ("By Example Wire's Minsk desk", "credit"),
        ("Anna Nowak in Brussels and Jan Kowal in Moscow", "credit"),
        # A photo credit alone, a label and whose photo it is, is a credit.
        ("Фото: Иван Петров/Пример", "credit"),
        ("Фото: Белсат", "credit"),
        ("Photo: Protesters in the square", "caption"),
        ("Guards outside the court in the capital [File: A. Name/Agency]", "caption"),
        ("Jane Roe with AFP", "credit"),
        # A caption whose photo credit names its owner with a copyright sign.
        ("FILE PHOTO. Soldiers at a border post. © Example Agency / Jan Novak", "caption"),
        ("Soldiers at a border post. © Example Agency / Jan Novak", "caption"),
        ("Jane Roe — Friday, 4 March 2022, 14:52", "credit"),
        ("Аўтар: Алесь Дубовік", "credit"),
        ("Источник: Пример", "credit"),
        ("Źródło: Przykładowa Agencja Prasowa", "credit"),
        ("Zdjęcie: Jan Kowalski/PAP", "credit"),
        # The editors' note on a change to the article.
        ("This article was amended on 4 March 2022 to correct the name of the ministry.", "credit"),
        ("This story has been updated with a statement from the ministry.", "credit"),
        ("Quelle: Beispielagentur", "credit"),
        ("Live updates by Jane Roe and John Doe", "credit"),
        ("Story by Jane Roe", "credit"),
        ("Фота: Алесь Дубовік", "credit"),
        ("Translated from Lithuanian by Jonas Petraitis", "credit"),
        ("Перевод: Анна Ковальчик", "credit"),
        ("Jurgita Petrauskienė, LRT.lt", "credit"),
        ("ИП / example-news.eu", "credit"),
        ("Autors: Jānis Bērziņš", "credit"),
        ("Autorius: Jonas Petraitis", "credit"),
        ("Reporting from Warsaw, Poland", "credit"),
        ("(Example TV with AFP)", "credit"),
        ("Text: Anna Kowalczyk", "credit"),
        ("Текст: Анна Ковальчик", "credit"),
        ("Written by: J. Marsh", "credit"),
        ("Slide 1 of 3: Lava flows from a fissure near the town. © Example Agency", "caption"),
        ("Материал подготовлен при участии Анны Ковальчик", "credit"),
        ("Author: Ivan Petrov | Photo: Example Agency", "credit"),
        ("Беседовала Анна Ковальчик", "credit"),
        ("Interviewed by Jane Roe", "credit"),
        # German and French bylines; German captions with their photo credits.
        ("Von Greta Muster", "credit"),
        ("Par Claire Exemple", "credit"),
        ("Bild: Die Regisseurin bei der Preisverleihung. Foto: Example Agentur/dpa", "caption"),
        ("Die Regisseurin bei der Preisverleihung. Foto: Example Agentur", "caption"),
        ("Bild: Example Agentur", "credit"),
        # Polish and Lithuanian photo credits abbreviate their label: "Fot.", "Nuotr.".
        ("Fot. Jan Kowalczyk/Agencja Przykładowa", "credit"),
        ("Protestujący przed ambasadą. Fot. Jan Kowalczyk/Agencja", "caption"),
        ("Nuotr. Jonas Petraitis", "credit"),
        # A credit naming where the photo came from, not whose it is, in lower case.
        ("Фото: архив магазина", "credit"),
        ("Фото: пресс-служба МВД", "credit"),
        ("Photo: handout", "credit"),
        ("“We are not afraid,” she said.", "quote"),
        ('"Nothing has changed," a spokesman told reporters.', "quote"),
        ("What happens next", "heading"),
        ("Sanctions: the second package", "heading"),
        ("The vote was postponed.", "paragraph"),
    ],
)
def test_structure_inside_the_story_is_kept_as_its_kind(line, kind):
    assert outcome(story(middle=(line,)))[line] == kind


@pytest.mark.parametrize(
    "line",
    [
        # Story text that uses words of junk vocabulary: not enough to remove it.
        "The opposition leader said members of the council would not leave the country.",
        "She urged supporters to download a banned messenger app, which the authorities "
        "blocked on the evening of the vote, and to keep sharing videos of the protests.",
        "“Sign up for the strike, share this with your colleagues,” the union wrote to workers.",
        "Leaders of the bloc agreed to share the cost of the new border controls equally.",
        "Follow the money on Telegram, the investigators told their readers.",
        "The ministry said the views expressed by the envoy did not reflect the position of "
        "the government.",
        "The ministry asked drivers to send photos of damaged roads to its regional offices.",
        "Полиция просит свидетелей присылать фото и видео с места аварии в отдел милиции.",
        "The new service is available to subscribers of the state operator only, officials said.",
        "Sie sagte, sie werde den Newsletter der Partei nicht mehr lesen.",
        "Копирование документов суда было запрещено, сказал адвокат.",
        "Obserwatorzy mówią, że partia straciła poparcie na wsi.",
    ],
)
def test_story_lines_with_junk_words_are_kept(line):
    assert outcome(story(middle=(line,)))[line] in ("paragraph", "quote")


def test_headline_is_the_last_heading_shaped_line_above_the_story():
    text = story("Subscribe now", "Example Wire", "Example Wire", "Politics")
    result = outcome(text)
    assert result["Talks on the border dispute to continue"] == "headline"
    assert result["Subscribe now"].startswith("removed:")
    assert result["Politics"] == "removed:before-story"


def test_a_standfirst_under_the_headline_is_not_the_headline():
    headline = "Ministers agree new measures after a long night of talks"
    standfirst = "The package targets officials and firms linked to the security services"
    result = outcome("\n\n".join(["Example Wire", headline, standfirst, LEAD, BODY]))
    assert (result[headline], result[standfirst]) == ("headline", "paragraph")


def test_a_long_standfirst_under_a_short_headline_is_not_the_headline():
    standfirst = (
        "Negotiators from both sides left the venue without a date for the next round of talks"
    )
    result = outcome("\n\n".join(["Talks stall again", standfirst, LEAD, BODY]))
    assert (result["Talks stall again"], result[standfirst]) == ("headline", "paragraph")


def test_a_quotation_whole_can_be_the_headline_above_its_standfirst():
    headline = "«Мы уехали, но не перестали работать»"
    standfirst = (
        "Главный редактор независимого издания о работе в эмиграции и о том, как сохранить "
        "аудиторию без офиса"
    )
    result = outcome("\n\n".join(["Example Daily", headline, standfirst, LEAD, BODY]))
    assert (result[headline], result[standfirst]) == ("headline", "paragraph")


def test_a_tagline_above_the_headline_is_not_taken_for_a_headline():
    tagline = "Reading the news from the region"
    headline = "Ministers agree new measures after a long night of talks"
    result = outcome("\n\n".join([tagline, headline, LEAD, BODY]))
    assert (result[tagline], result[headline]) == ("removed:before-story", "headline")


@pytest.mark.parametrize(
    "header",
    [
        ("Anna Nowak in Brussels and Jan Kowal in Moscow",),
        ("By Anna Nowak", "Example News, Vilnius"),
        ("By Example Wire's Minsk desk",),
        ("Updated 4:12 PM GMT+3, August 12, 2020",),
        ("12:20 pm, August 12, 2020",),
    ],
)
def test_bylines_and_stamps_under_the_headline_are_not_the_headline(header):
    text = "\n\n".join(["Talks on the border dispute to continue", *header, LEAD, BODY])
    assert clean(document(text)).headline == "Talks on the border dispute to continue"


@pytest.mark.parametrize(
    "header",
    [
        ("13 October 2021 | 16:41",),
        ("12 OCT, 14:05",),
        ("22:14 GMT 12.10.2021", "Get short URL", "Subscribe"),
        ("12.10.2021 15:42", "Views: 1,245"),
        ("Story by Jane Roe", "• 3 min read"),
    ],
)
def test_stamps_and_counters_under_the_headline_are_not_the_headline(header):
    text = "\n\n".join(["Talks on the border dispute to continue", *header, LEAD, BODY])
    assert clean(document(text)).headline == "Talks on the border dispute to continue"


def test_a_caption_label_alone_makes_the_next_line_a_caption():
    result = outcome(story(middle=("Image caption,", "Supporters gather outside the court")))
    assert result["Image caption,"] == "removed:caption"
    assert result["Supporters gather outside the court"] == "caption"


def test_an_image_file_name_goes_and_the_text_under_it_is_its_caption():
    text = story().replace(LEAD, f"border-post-2021.jpg\n\nGuards at a border post\n\n{LEAD}")
    result = outcome(text)
    assert (result["border-post-2021.jpg"], result["Guards at a border post"]) == (
        "removed:caption",
        "caption",
    )
    assert result["Talks on the border dispute to continue"] == "headline"
    # No text for the image: the paragraph under its name stays story.
    assert outcome(story().replace(LEAD, f"post.jpg\n\n{LEAD}"))[LEAD] == "paragraph"


def test_a_gallery_counter_goes_and_the_text_under_it_is_its_caption():
    photos = (
        "Water covers the main square of the old town after the river burst its banks.",
        "A resident carries his dog along a flooded street",
    )
    text = "\n".join(["1 / 2", photos[0], "2 / 2", photos[1]])
    result = outcome(story(middle=(text,), after=("Forecasters expect calmer weather.",)))
    assert [result[line] for line in ("1 / 2", "2 / 2")] == ["removed:caption"] * 2
    assert [result[line] for line in photos] == ["caption", "caption"]
    assert result["Forecasters expect calmer weather."] == "paragraph"


def test_a_labelled_first_line_is_the_headline_not_a_caption():
    headline = "Photos: Autumn storm floods the coastal towns"
    result = outcome(story().replace("Talks on the border dispute to continue", headline))
    assert result[headline] == "headline"


@pytest.mark.parametrize("credit", ["Fot. Jan Kowalczyk/Agencja Przykładowa", "Фото: архив"])
def test_a_photo_credit_between_headline_and_story_is_no_headline(credit):
    result = outcome("\n".join(["Talks on the border dispute to continue", credit, LEAD, BODY]))
    assert (result["Talks on the border dispute to continue"], result[credit]) == (
        "headline",
        "credit",
    )


@pytest.mark.parametrize(
    "when",
    [
        "Premiere: Saturday, 20 March 2021, 19:00",
        "When: 20 March 2021",
        "Termin: 20.03.2021, 19:00 Uhr",
        "Festival dates: 14–16 May 2021",
        "Dates: 14 May – 16 May 2021",
    ],
)
def test_an_events_date_under_the_headline_is_story_not_the_headline(when):
    result = outcome("\n".join(["Talks on the border dispute to continue", when, LEAD, BODY]))
    assert (result["Talks on the border dispute to continue"], result[when]) == (
        "headline",
        "paragraph",
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Von Beruf Lehrerin",
        "Von Beruf Lehrerin – eine Belarussin im Exil",
        "By Night Across the Frozen Border",
    ],
)
@pytest.mark.parametrize("byline", [(), ("Von Katrin Ebner",)])
def test_a_headline_opening_like_a_byline_atop_the_page_stays_the_headline(headline, byline):
    result = outcome("\n".join(["Startseite", headline, *byline, LEAD, BODY]))
    assert [result[line] for line in (headline, *byline)] == ["headline", *["credit"] * len(byline)]


def test_a_byline_above_the_headline_stays_a_credit():
    headline = "Talks on the border dispute to continue"
    result = outcome("\n".join(["By Jane Roe", headline, LEAD, BODY]))
    assert (result["By Jane Roe"], result[headline]) == ("credit", "headline")


@pytest.mark.parametrize(
    ("title", "standfirst"),
    [
        (
            "«Мы уехали, но продолжаем работать»",
            "Главный редактор независимой газеты — о жизни в эмиграции",
        ),
        ('"We stay until the end"', "A village doctor on keeping the clinic open all winter"),
    ],
)
def test_a_quoted_headline_above_a_longer_standfirst_is_the_headline(title, standfirst):
    result = outcome("\n".join([title, standfirst, LEAD, BODY]))
    assert (result[title], result[standfirst]) == ("headline", "paragraph")


def test_an_embedded_post_is_quoted_and_its_signature_is_its_credit():
    post = "Crowds fill the avenue as far as I can see. pic.twitter.com/aB1cD2eF3g"
    signature = "— Jane Roe (@janeroe) August 16, 2020"
    result = outcome(story(middle=(f"{post}\n{signature}",)))
    assert (result[post], result[signature]) == ("quote", "credit")
    # Apart from the text above it, a signature quotes no paragraph.
    result = outcome(story(middle=(signature,)))
    assert (result[LEAD], result[signature]) == ("paragraph", "credit")


def test_a_caption_above_its_photo_credit_under_a_standfirst():
    standfirst = "The foreign ministers met in the capital. They promised new measures."
    caption = "The opposition leader speaks to reporters after the meeting"
    text = story(after=()).replace(
        LEAD, f"{standfirst}\n\n{caption}\n\nImage: A. Name/Agency\n\n{LEAD}"
    )
    assert outcome(text)[caption] == "caption"


def test_a_caption_above_its_photo_credit_under_a_paragraph_opening_with_a_quote():
    said = '"The river decides when we can cross," he said, coiling a rope on the deck.'
    caption = "Villagers wait for the ferry with a bicycle and a milk churn"
    result = outcome(story(middle=(said, caption, "Image: A. Name/Agency")))
    assert (result[said], result[caption]) == ("quote", "caption")


def test_a_section_name_repeated_in_a_topic_list_is_not_a_source_label():
    cleaned = clean(document(story("Europe", after=("Related Topics", "Europe"))))
    assert [r.reason for r in cleaned.removed if r.line == 1] == ["before-story"]


def test_an_outlet_name_with_a_slash_alone_is_not_a_caption():
    assert outcome(story("Example/EW"))["Example/EW"] == "removed:before-story"


def test_outlet_name_is_a_source_label_when_the_text_credits_it():
    text = story(
        "Example Wire", after=("Photo: a street in the capital. Jan Novak via Example Wire",)
    )
    assert outcome(text)["Example Wire"] == "removed:source-label"


def test_live_blog_entry_times_and_titles_are_sub_headings_and_its_controls_go():
    entry = "Buses left the city along the agreed route this afternoon, officials said."
    text = "\n\n".join(
        [
            "Border talks live: both delegations arrive at the venue",
            "Live",
            "Key events",
            "Show key events only",
            "Please turn on JavaScript to use this feature",
            "14:02",
            LEAD,
            "Updated at 14.08 GMT",
            "13:15",
            "Red Cross says it has no guarantees yet",
            BODY,
            "12:41",
            entry,
        ]
    )
    result = outcome(text)
    assert result == {
        "Border talks live: both delegations arrive at the venue": "headline",
        "Live": "removed:page-control",
        "Key events": "removed:page-control",
        "Show key events only": "removed:page-control",
        "Please turn on JavaScript to use this feature": "removed:page-control",
        "14:02": "heading",
        LEAD: "paragraph",
        "Updated at 14.08 GMT": "removed:date-line",
        "13:15": "heading",
        "Red Cross says it has no guarantees yet": "heading",
        BODY: "paragraph",
        "12:41": "heading",
        entry: "paragraph",
    }


def test_a_live_blogs_first_entry_title_is_not_its_headline():
    headline = "Power cuts live: rolling blackouts extended to the west"
    text = "\n\n".join(
        [headline, "2.41pm", "Grid operator announces new schedule", LEAD, "1.58pm", BODY]
    )
    result = outcome(text)
    assert result[headline] == "headline"
    assert [result[line] for line in ("2.41pm", "Grid operator announces new schedule")] == [
        "heading",
        "heading",
    ]


def test_a_live_blogs_posted_times_are_its_entries_and_its_age_no_headline():
    headline = "Live: Border crisis on the Polish-Belarusian frontier"
    entry = "Buses left the city along the agreed route this afternoon, officials said."
    lines = [headline, "Last updated 3 min ago", "Posted at 14:05", LEAD, "Posted at 13:40", entry]
    result = outcome("\n".join(lines))
    assert [result[line] for line in lines] == [
        "headline",
        "removed:date-line",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
    ]


def test_one_time_under_the_headline_is_no_live_blog():
    text = story().replace(LEAD, f"14:02\n\n{LEAD}")
    assert outcome(text)["14:02"].startswith("removed:")


def test_a_closing_sentence_after_an_inline_promotion_stays_story():
    promotion = ("Sign up to our weekly newsletter", "Enter your email address", "Sign up")
    result = outcome(story(after=(*promotion, "Prosecutors may appeal.", "Share this article")))
    assert [result[line] for line in promotion] == ["removed:subscription-prompt"] * 3
    assert result["Prosecutors may appeal."] == "paragraph"
    assert result["Share this article"] == "removed:share-widget"


def test_a_sign_up_box_takes_the_lines_it_frames_but_not_a_story_sentence():
    box = (
        "Sign up for Example Daily",
        "Week in the region",
        "Catch up on our coverage of the region, all in one place.",
        "Subscribe",
    )
    result = outcome(story(middle=box))
    assert [result[line] for line in box] == [
        "removed:subscription-prompt",
        "removed:promo-box",
        "removed:promo-box",
        "removed:subscription-prompt",
    ]
    # The outlet's offer right above the box's first prompt opens the box.
    offer = "The Brief, our daily newsletter, takes a look at the week ahead."
    assert outcome(story(middle=(offer, box[0])))[offer] == "removed:promo-box"
    kept = outcome(story(middle=(box[0], "The vote was postponed.", box[3])))
    assert kept["The vote was postponed."] == "paragraph"
    # Story between two prompts: no box, so a credit there stays a credit.
    two = outcome(story(after=(box[0], "Talks resume on Monday.", "Translated by A. Name", box[3])))
    assert two["Translated by A. Name"] == "credit"


@pytest.mark.parametrize("label", ["Related coverage", "Read also:"])
def test_headlines_listed_under_a_related_label_inside_the_story_are_links(label):
    related = (label, "Ministers meet in the capital", "Court frees two activists")
    result = outcome(story(middle=related))
    assert [result[line] for line in related] == ["removed:navigation"] * 3
    assert (result[LEAD], result[BODY]) == ("paragraph", "paragraph")


def test_an_interview_in_dialogue_dashes_keeps_its_last_question_and_answer():
    answer = "— The search came at dawn, and by the evening two of my colleagues were in custody."
    qa = ("— Why did you leave?", answer, "— What do you do now?", answer.replace("dawn", "noon"))
    last = ("— Will you go back?", "— Yes, once it is safe.")
    result = outcome(story(middle=qa, after=last))
    assert [result[line] for line in last] == ["paragraph", "paragraph"]


def test_a_masthead_motto_is_no_byline_with_places():
    result = outcome(story("Democracy Dies in Darkness"))
    assert result["Democracy Dies in Darkness"] == "removed:before-story"


def test_an_interviews_last_question_and_its_answer_are_story():
    answer = "The search came at dawn, and by the evening two of my colleagues were in custody."
    qa = ("Why did you leave?", answer, "What do you do now?")
    last = ("Will you go back?", "Yes, once it is safe.")
    result = outcome(story(middle=qa, after=last))
    assert [result[line] for line in last] == ["paragraph", "paragraph"]
    # Without an interview above, a question to the reader ends the story.
    result = outcome(story(after=("Did you like it?", "Tell us what you think.")))
    assert result["Did you like it?"] == "removed:after-story"


def test_readers_comments_under_the_comments_header_go_but_not_a_count_above_the_story():
    comments = (
        "14 comments",
        "anna_b",
        "2 hours ago",
        "This is a disgrace, and the council should be ashamed of what it has done to our town.",
        "Reply",
        "Like (5)",
    )
    result = outcome(story(after=comments))
    # A like counter is the page's control wherever it stands.
    assert [result[line] for line in comments] == ["removed:comment-form"] * 5 + [
        "removed:page-control"
    ]
    result = outcome(story().replace(LEAD, f"3 comments\n\n{LEAD}"))
    assert (result[LEAD], result[BODY]) == ("paragraph", "paragraph")


def test_a_link_list_with_screen_reader_markers_inside_the_story_is_navigation():
    listed = ("Ministers meet in the capital", "Court frees two activists")
    markers = ("Keep reading", "list of 2 items", "list 1 of 2", listed[0], "list 2 of 2")
    after = "Observers said the count was slow but orderly in most of the polling stations."
    text = "\n".join([*markers, listed[1], "end of list"])
    result = outcome(story(middle=(text,), after=(after, "Source: Example Wire")))
    assert [result[line] for line in listed] == ["removed:navigation"] * 2
    assert result["list 2 of 2"] == "removed:page-control"
    assert (result[after], result[BODY]) == ("paragraph", "paragraph")


def test_the_outlets_letter_to_its_readers_goes_but_not_the_story_under_it():
    letter = (
        "A message from Example Times:",
        "Dear readers,",
        "We are facing a difficult winter, and the authorities have blocked our website in "
        "the country for the third time this year.",
        "Our work is possible only with your support.",
        "Continue",
    )
    result = outcome(story(middle=letter))
    assert [result[line] for line in letter] == ["removed:reader-appeal"] * len(letter)
    assert (result[LEAD], result[BODY]) == ("paragraph", "paragraph")


def test_a_bio_of_the_writer_named_above_the_story_goes():
    bio = "Jane Roe is a correspondent based in Warsaw who covers the region. More about Jane Roe"
    result = outcome(story().replace(LEAD, f"By Jane Roe\n\n{LEAD}") + f"\n\n{bio}")
    assert result[bio] == "removed:author-bio"
    # The name alone above the story is then its byline.
    result = outcome(story().replace(LEAD, f"Jane Roe\n\n{LEAD}") + f"\n\n{bio}")
    assert (result["Jane Roe"], result[bio]) == ("credit", "removed:author-bio")


def test_a_consent_box_inside_the_story_goes_with_its_choices():
    box = (
        "Manage your privacy",
        "We and our partners use cookies to store and access information on your device.",
        "Necessary",
        "Preferences",
        "Statistics",
        "Marketing",
        "Save preferences",
        "Accept all",
    )
    after = "The ministry said the next round of talks would be held in the capital."
    result = outcome(story(middle=(*box, after)))
    assert [result[line] for line in box] == [
        *["removed:cookie-notice"] * 2,
        *["removed:promo-box"] * 4,
        *["removed:cookie-notice"] * 2,
    ]
    assert (result[LEAD], result[after], result[BODY]) == ("paragraph",) * 3


def test_a_bio_of_the_writer_named_above_the_stamp_goes():
    bio = "Marta Novak is a freelance journalist based in Warsaw."
    stamped = f"Marta Novak\n\nPublished: 21 June 2022\n\n{LEAD}"
    result = outcome(story().replace(LEAD, stamped) + f"\n\n{bio}")
    assert (result["Marta Novak"], result[bio]) == ("credit", "removed:author-bio")


@pytest.mark.parametrize(
    ("byline", "bio"),
    [
        ("Von Anna Berger", "Anna Berger ist freie Journalistin in Berlin."),
        ("Autor: Tomasz Wiśniewski", "Tomasz Wiśniewski jest dziennikarzem z Białegostoku."),
        ("Автор: Ирина Ковалёва", "Ирина Ковалёва — журналистка из Гомеля."),
    ],
)
def test_a_bio_of_the_writer_in_the_articles_language_goes(byline, bio):
    result = outcome(story().replace(LEAD, f"{byline}\n\n{LEAD}") + f"\n\n{bio}")
    assert (result[byline], result[bio]) == ("credit", "removed:author-bio")


def test_a_name_alone_above_and_under_the_story_signs_it():
    text = story().replace(LEAD, f"Anna Kowalczyk\n\n{LEAD}") + "\n\nAnna Kowalczyk"
    blocks = clean(document(text)).blocks
    assert (blocks[0].kind, blocks[0].text) == ("credit", "Anna Kowalczyk")


def test_a_bio_of_someone_the_story_is_about_stays_story():
    bio = "Anna Nowak is a journalist who has been held in custody since March, her lawyers said."
    result = outcome(story(after=(bio,)))
    assert result[bio] == "paragraph"


def test_a_lone_prose_line_below_a_long_footer_is_footer():
    footer = ("Read next", *(f"Section {n}" for n in "ABCDEFGH"))
    disclaimer = "All figures on this page are delayed by at least fifteen minutes. See the list."
    result = outcome(story(after=(*footer, disclaimer)))
    assert result[disclaimer] == "removed:after-story"
    assert result[BODY] == "paragraph"


def test_a_section_label_under_the_headline_is_removed():
    text = story().replace(LEAD, f"Belarus\n\n{LEAD}")
    assert outcome(text)["Belarus"] == "removed:section-label"


def test_a_repeated_line_is_a_duplicate_and_the_first_is_kept():
    cleaned = clean(document(story(middle=(BODY,))))
    assert [b.text for b in cleaned.blocks] == [LEAD, BODY]
    assert [r.reason for r in cleaned.removed] == ["duplicate-line"]


def test_bare_dates_over_entries_of_the_story_are_a_timelines_headings():
    entries = (
        "August 9, 2020",
        "Polls close across the country.",
        "12 August 2020",
        "Workers strike at two plants.",
    )
    result = outcome(story(middle=entries))
    assert [result[line] for line in entries] == ["heading", "paragraph"] * 2
    # One bare date over a sentence is a stamp, and so is one above the story.
    assert outcome(story(middle=entries[:2]))["August 9, 2020"] == "removed:date-line"
    above = story().replace(LEAD, "\n\n".join([*entries, LEAD]))
    assert outcome(above)["August 9, 2020"] == "removed:date-line"


def test_date_stamp_line_is_removed_for_describe():
    assert outcome(story(middle=("Updated 11.09.2020 18:05",)))["Updated 11.09.2020 18:05"] == (
        "removed:date-line"
    )


def test_after_story_keeps_a_closing_sentence_and_removes_the_tail():
    text = story(after=("Talks resume on Monday.", "Most read", "Our best offers this week"))
    result = outcome(text)
    assert result["Talks resume on Monday."] == "paragraph"
    assert result["Most read"] == "removed:navigation"
    assert result["Our best offers this week"] == "removed:after-story"


def test_batch_repeated_short_lines_are_removed_but_not_sub_headings():
    top, bottom = "Independent voices from the region", "Made in the region, every day"
    repeated = frozenset(line_key(line) for line in (top, bottom, "What happens next"))
    text = story(top, middle=("What happens next",), after=(bottom,))
    result = outcome(text, repeated=repeated)
    assert result[top] == "removed:repeated-line"
    assert result[bottom] == "removed:repeated-line"
    assert result["What happens next"] == "heading"


def test_repeated_lines_counts_documents_not_occurrences():
    docs = [document(f"Support us\n\nSupport us\n\n{body}") for body in ("One.", "Two.")]
    assert repeated_lines(docs, min_articles=2) == {line_key("Support us")}
    assert repeated_lines(docs[:1], min_articles=2) == frozenset()


def test_wrapped_lines_are_joined_before_classification():
    wrapped = (
        "The committee published its findings on Thursday after a long\ndelay, officials said."
    )
    cleaned = clean(document(f"Findings published at last\n\n{wrapped}"))
    assert [b.text for b in cleaned.blocks] == [wrapped.replace("\n", " ")]


def test_disabled_rule_does_not_run():
    text = story(middle=("Advertisement",))
    assert outcome(text, disabled={"ad-marker"})["Advertisement"] != "removed:ad-marker"


def test_unknown_disabled_rule_is_an_error():
    with pytest.raises(ValueError, match="no-such-rule"):
        clean(document(story()), disabled={"no-such-rule"})


def test_only_junk_is_a_content_error_naming_the_file():
    with pytest.raises(ContentError, match="only junk") as error:
        clean(document("Share on facebook\nAdvertisement\nSign in to your account", "junk.txt"))
    assert error.value.path == "junk.txt"


@pytest.mark.parametrize("text", ["Minsk protests", "Share on facebook\n\nProtests go on."])
def test_a_file_of_a_few_words_is_a_content_error_naming_the_file(text):
    with pytest.raises(ContentError, match="too short for an article") as error:
        clean(document(text, "tiny.txt"))
    assert error.value.path == "tiny.txt"


def test_every_removal_names_a_rule_of_the_table():
    text = story("Menu", middle=("Advertisement",), after=("Share on email", "Anything else here"))
    reasons = {r.reason for r in clean(document(text)).removed}
    assert reasons and reasons <= set(RULE_NAMES)


def fixture_names() -> list[str]:
    return sorted(p.name for p in FIXTURES.iterdir() if p.suffix != ".expected")


@pytest.mark.parametrize("name", fixture_names())
def test_fixture(name):
    """Each fixture's raw input beside its expected classification, line by line."""
    path = FIXTURES / name
    cleaned = clean(read_document(path))
    lines = {b.line: f"{b.kind} | {b.text}" for b in cleaned.blocks}
    lines.update({r.line: f"removed {r.reason} | {r.text}" for r in cleaned.removed})
    lines[cleaned.headline_line] = f"headline | {cleaned.headline}"
    actual = "\n".join(lines[n] for n in sorted(lines)) + "\n"
    assert actual == path.with_suffix(".expected").read_text(encoding="utf-8")


def test_a_word_broken_at_a_printed_lines_end_is_made_whole():
    text = (
        "Court halts logging in the forest\n\nJudges said the govern-\nment had failed to consult."
    )
    assert (
        clean(document(text)).blocks[0].text == "Judges said the government had failed to consult."
    )


def test_a_printed_pages_header_with_its_number_goes():
    header = "EXAMPLE MONITOR — Weekly Bulletin No. 41 Page {}"
    text = "\n\n".join(
        [header.format(1), "Talks on the border dispute to continue", LEAD, header.format(2), BODY]
    )
    result = outcome(text)
    assert [result[header.format(n)] for n in (1, 2)] == ["removed:page-number"] * 2
    assert result["Talks on the border dispute to continue"] == "headline"
    assert outcome(story(middle=("- 3 -",)))["- 3 -"] == "removed:page-number"
    # Once only, a line naming a page is the story's.
    assert outcome(story(middle=("See page 4",)))["See page 4"] != "removed:page-number"


def test_a_channel_posts_pictograph_does_not_hide_its_headline_or_its_plug():
    headline = "🔴 Court frees two activists after appeal"
    plug = "📢 Подписаться на канал: t.me/example"
    result = outcome(story().replace("Talks on the border dispute to continue", headline))
    assert result[headline] == "headline"
    assert outcome(story(middle=(plug,)))[plug] == "removed:subscription-prompt"


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        (
            "Candidate\nVotes\nShare\nAnna Nowak\n21,408\n50.9%\nJan Kowal\n20,652\n49.1%",
            [
                "Candidate | Votes | Share",
                "Anna Nowak | 21,408 | 50.9%",
                "Jan Kowal | 20,652 | 49.1%",
            ],
        ),
        # Two columns of labels, and no header row.
        (
            "Civic List\nAnna Nowak\n134\nRural Front\nJan Kowal\n98\nGreen Union\nEva Horak\n12",
            [
                "Civic List | Anna Nowak | 134",
                "Rural Front | Jan Kowal | 98",
                "Green Union | Eva Horak | 12",
            ],
        ),
    ],
)
def test_a_table_flattened_into_lines_is_joined_into_its_rows(table, rows):
    cleaned = clean(document(story(middle=(table,))))
    kept = [block.text for block in cleaned.blocks if block.kind == "paragraph"]
    assert kept == [LEAD, *rows, BODY]
    assert cleaned.removed == ()


def test_a_table_of_uneven_rows_keeps_its_numbers():
    table = "Candidate\nVotes\n%\nAnna Nowak\n21,408\n50.9\nJan Kowal\n20,652"
    result = outcome(story(middle=(table,)))
    assert [result[cell] for cell in ("21,408", "50.9", "20,652")] == ["paragraph"] * 3
    # A like button and its count are no table.
    result = outcome(story(middle=("Like\n12",)))
    assert result["12"] == "removed:page-control"


def test_a_desk_alone_under_the_headline_is_a_credit():
    assert outcome(story("Example Belarus Service"))["Example Belarus Service"] == "credit"
    text = story().replace(LEAD, f"Example Belarus Service\n\n{LEAD}")
    assert outcome(text)["Example Belarus Service"] == "credit"


def test_the_bios_of_two_writers_named_in_one_byline_go():
    bio = "Jane Roe is a researcher in Vilnius. John Doe is a historian based in Tallinn."
    text = story().replace(LEAD, f"By Jane Roe and John Doe\n\n{LEAD}") + f"\n\n{bio}"
    assert outcome(text)[bio] == "removed:author-bio"


def test_a_newsletters_own_words_go_and_its_story_headline_is_the_headline():
    text = "\n\n".join(
        [
            "View in browser",
            "Your weekly digest from the region | Issue #87",
            "Good morning. This week we look at a trial that ended before it began.",
            "Talks on the border dispute to continue",
            LEAD,
            BODY,
            "That's all for this week. Thanks for reading.",
            "Forward to a friend",
            "Unsubscribe | Update your preferences",
        ]
    )
    result = outcome(text)
    assert result["Talks on the border dispute to continue"] == "headline"
    assert result["Your weekly digest from the region | Issue #87"] == "removed:page-number"
    assert result["View in browser"] == result["Forward to a friend"] == "removed:page-control"
    assert result["That's all for this week. Thanks for reading."] == "removed:reader-appeal"


def test_names_alone_above_a_stamp_are_a_byline_but_not_a_masthead():
    result = outcome(
        story().replace(LEAD, f"Anna Kowalska, Piotr Nowicki\n12 October 2021\n\n{LEAD}")
    )
    assert result["Anna Kowalska, Piotr Nowicki"] == "credit"
    for masthead in ("The Minsk Brief", "Новая Газета Пример"):
        result = outcome(story().replace(LEAD, f"{masthead}\n12 October 2021\n\n{LEAD}"))
        assert result.get(masthead) != "credit"


@pytest.mark.parametrize(
    "sign_off",
    [
        "— Marta Lindqvist, Example Herald",
        "Marta Lindqvist / EXH",
        "Marta Lindqvist\nExample Herald",
    ],
)
def test_a_writers_sign_off_with_the_outlet_under_the_story_is_a_credit(sign_off):
    result = outcome(story(after=(sign_off,)))
    assert [result[line] for line in sign_off.split("\n")] == ["credit"] * len(sign_off.split("\n"))


def test_a_photos_credit_under_its_caption_at_the_end_is_no_sign_off():
    ending = "Photo: Guards at the gate of the court\nMarta Lindqvist / Example Agency"
    assert outcome(story(after=(ending,)))["Marta Lindqvist / Example Agency"] != "credit"


def test_a_masthead_above_the_headline_goes_by_its_own_rule():
    result = outcome(story("THE EXAMPLE HERALD"))
    assert result["THE EXAMPLE HERALD"] == "removed:masthead"
    assert result["Talks on the border dispute to continue"] == "headline"


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article gave the wrong date for the hearing.",
        "Clarification: This story has been changed to say who paid for the journey.",
        "Editor's note: This story was updated with a statement from the ministry.",
        "An earlier version of this story misspelled the name of the deputy minister.",
    ],
)
def test_an_editors_note_above_the_headline_is_a_credit_and_hides_no_headline(note):
    result = outcome(story(note))
    assert (result[note], result["Talks on the border dispute to continue"]) == (
        "credit",
        "headline",
    )
    assert outcome(story(after=(note,)))[note] == "credit"


def test_a_photo_storys_labelled_title_is_its_headline_and_its_photographers_line_a_credit():
    caption = "Boats lie on the frozen shore near the village. Photo: Anna Berg/Example Pictures"
    title = "In pictures: winter on the frozen lake"
    text = "\n\n".join(["Photos", title, caption, LEAD, BODY, "Photographs by Anna Berg"])
    result = outcome(text)
    assert (result[title], result[caption], result["Photographs by Anna Berg"]) == (
        "headline",
        "caption",
        "credit",
    )
    assert outcome(story(after=("Photo by Oleg Petrov",)))["Photo by Oleg Petrov"] == "credit"


@pytest.mark.parametrize("before", [True, False])
def test_a_pull_quote_repeating_words_the_story_says_goes(before):
    said = (
        "“We will rebuild the bridge before the first snow,” the mayor told residents who had "
        "gathered outside the town hall on Friday evening."
    )
    pull = "“We will rebuild the bridge before the first snow.”"
    result = outcome(story(middle=(pull, said) if before else (said, pull)))
    assert (result[pull], result[said]) == ("removed:duplicate-line", "paragraph")


def test_a_quoted_headline_said_again_in_the_story_stays_the_headline():
    title = "“We will rebuild the bridge”"
    said = "“We will rebuild the bridge,” the mayor told residents on Friday evening."
    text = "\n\n".join([title, LEAD, said, BODY, "“Not one family will be left without a home.”"])
    result = outcome(text)
    assert (result[title], result[said]) == ("headline", "quote")
    assert result["“Not one family will be left without a home.”"] == "quote"


@pytest.mark.parametrize(
    "question",
    ["Q: How many copies do you print now?", "Question: Where do you print the paper now?"],
)
def test_an_interviews_labelled_question_is_dialogue_not_a_sub_heading(question):
    answer = "A: About six hundred a week, on one printer in a back room."
    result = outcome(story(middle=(question, answer)))
    assert (result[question], result[answer]) == ("paragraph", "paragraph")
    # An explainer's question is its sub-heading.
    assert outcome(story(middle=("What happens next?",)))["What happens next?"] == "heading"


def test_an_interviews_turns_labelled_with_the_speakers_names_are_dialogue():
    turns = (
        "Marta Novak: How did the project begin?",
        "Leonid Sazonau: By accident, really, when a neighbour asked me for help.",
        "Marta Novak: Who helped you?",
        "Leonid Sazonau: Students, mostly, and a few retired teachers from the town.",
    )
    result = outcome(story(middle=turns))
    assert [result[turn] for turn in turns] == ["paragraph"] * len(turns)
    # One label repeated is no dialogue: a live blog's updates keep their sub-headings.
    entry = "Police have closed the bridge over the river to pedestrians, witnesses say."
    updates = ("Update: Police close the bridge", entry, "Update: Trams diverted")
    result = outcome(story(middle=updates))
    assert [result[line] for line in updates[::2]] == ["heading", "heading"]


@pytest.mark.parametrize(
    "stamp",
    [
        "Riga, 14 March 2023",
        "TALLINN, Mar. 14, 2023",
        "Гродно, 14 марта 2023",
        "ST. PETERSBURG, 14 March 2023",
        "Tartu, Estonia, 14 March 2023, 09:40",
    ],
)
def test_a_place_and_its_date_under_the_headline_is_a_stamp_not_the_headline(stamp):
    headline = "Harbour workers end strike after pay deal"
    text = "\n".join(["Home   Region   Economy   Culture", headline, stamp, LEAD, BODY])
    result = outcome(text)
    assert (result[headline], result[stamp]) == ("headline", "removed:date-line")
    assert (result[LEAD], result[BODY]) == ("paragraph", "paragraph")


@pytest.mark.parametrize(
    "line",
    [
        "Riga, 14 March 2023",  # inside the story: a timeline's heading, not a stamp
        "Anna Berzina, 14 March 2023",  # a name the gazetteer does not know is no place
    ],
)
def test_a_place_and_date_line_is_a_stamp_only_above_the_story(line):
    result = outcome(story(middle=(line,)))
    assert result[line] == "heading"


@pytest.mark.parametrize("stamp", ["Vilnius, 12 March 2021", "WARSAW, March 12, 2021"])
def test_a_place_and_its_date_under_the_story_sign_a_release_as_its_stamp(stamp):
    contact = "For media inquiries, please contact the press office at press@example.org."
    result = outcome(story("PRESS RELEASE", after=(contact, "###", stamp)))
    assert [result[line] for line in ("PRESS RELEASE", contact, "###", stamp)] == [
        "removed:before-story",
        "removed:press-contact",
        "removed:press-contact",
        "removed:date-line",
    ]


def test_a_releases_media_contact_goes_with_its_details():
    details = ("Media contact:", "Anna Nowak", "+370 600 12345", "press@example.org")
    result = outcome(story(after=details))
    assert [result[line] for line in details] == ["removed:press-contact"] * len(details)


@pytest.mark.parametrize("label", ["Read more:", "Read also", "Читайте также:"])
def test_every_headline_under_a_read_more_label_is_a_link_until_the_story_resumes(label):
    listed = (
        "Ministers meet in the capital",
        'Mayor says no talks with "traitors"',
        "«Мы вернёмся»: a singer's farewell concert",
        "Court frees two activists",
    )
    after = "Observers said the count was slow but orderly in most of the polling stations."
    text = "\n".join([LEAD, label, *listed, after, BODY])
    result = outcome(f"Talks on the border dispute to continue\n\n{text}")
    assert [result[line] for line in (label, *listed)] == ["removed:navigation"] * 5
    assert (result[LEAD], result[after], result[BODY]) == ("paragraph",) * 3


@pytest.mark.parametrize(
    "notice",
    [
        "Comments are closed.",
        "Comments are closed for this article",
        "Commenting has been disabled.",
        "Comments on this story are now closed.",
        "Комментарии закрыты.",
        "Комментирование отключено",
    ],
)
def test_a_note_that_comments_are_closed_is_the_comment_form(notice):
    result = outcome(story(after=(notice,)))
    assert (result[notice], result[BODY]) == ("removed:comment-form", "paragraph")


@pytest.mark.parametrize("credit", ["(dpa/afp)", "(AFP)", "(dpa)", "(AP/dpa)", "(Reuters, AFP)"])
def test_the_agencies_a_story_drew_on_alone_on_its_last_line_are_its_credit(credit):
    tail = ("More on this topic", "Ministers meet in the capital", credit)
    assert outcome(story(after=tail))[credit] == "credit"
    assert outcome(story(after=(credit,)))[credit] == "credit"


@pytest.mark.parametrize("line", ["(Video)", "(Updated)", "(Reuters)", "(see below)"])
def test_a_word_in_brackets_alone_is_no_agencys_credit(line):
    assert outcome(story(after=("Subscribe now", line)))[line] == "removed:after-story"


def titled(text: str, title: str) -> dict[str, str]:
    """`outcome` of a document whose front matter gives its title."""
    raw = RawDocument(Path("story.txt"), tuple(text_lines(text)), "utf-8", {"title": title})
    cleaned = clean(raw)
    result = {block.text: block.kind for block in cleaned.blocks}
    result.update({r.text: f"removed:{r.reason}" for r in cleaned.removed})
    result[cleaned.headline] = "headline"
    return result


def test_the_line_that_says_the_front_matters_title_is_the_headline():
    headline = "Searches at the Example Centre: rights workers detained across the country"
    lines = ("Example News Online", "News | Video | About us", headline, "Reading time: 2 min")
    # The archivist's title drops a word and a colon, and mends the case.
    title = "Searches at Example Centre - Rights Workers Detained Across the Country"
    result = titled("\n".join([*lines, LEAD, BODY]), title)
    assert [result[line] for line in lines] == [
        "removed:masthead",
        "removed:navigation",
        "headline",
        "removed:page-control",
    ]


def test_a_front_matter_title_no_line_says_leaves_the_headline_to_its_shape():
    result = titled(story("Menu"), "A title the archivist wrote")
    assert result["Talks on the border dispute to continue"] == "headline"
    # A sub-heading inside the story saying the title is no headline.
    result = titled(story(middle=("A long road ahead",)), "A long road ahead")
    assert (result["Talks on the border dispute to continue"], result["A long road ahead"]) == (
        "headline",
        "heading",
    )


def test_the_readmes_table_lists_every_rule_in_order():
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## How cleaning decides") :]
    section = section[: section.index("\n## ")]
    assert tuple(re.findall(r"^\| `([a-z-]+)` \|", section, re.MULTILINE)) == RULE_NAMES


@pytest.mark.parametrize(
    "menu",
    [
        "Wiadomości Polityka Gospodarka Kultura",
        "Politik Wirtschaft Kultur Sport",
        "Новости Политика Общество Экономика",
        "Politics • Sport • Culture",
    ],
)
def test_a_row_of_section_names_above_the_headline_is_navigation(menu):
    assert outcome(story(menu))[menu] == "removed:navigation"


def test_a_name_in_capitals_atop_the_page_over_its_menu_is_the_masthead():
    text = story("СВАБОДНАЯ ПРЫКЛАДНАЯ ДУМКА", "Палітыка Грамадства Эканоміка Спорт")
    assert outcome(text)["СВАБОДНАЯ ПРЫКЛАДНАЯ ДУМКА"] == "removed:masthead"


def test_a_german_page_keeps_its_headline_above_byline_and_stamp():
    text = "\n".join(
        [
            "Startseite > Kultur > Film",
            "Festival in Example: Jury ehrt junge Regisseurin",
            "Von Greta Muster",
            "03.11.2021, 09:40 Uhr",
            LEAD,
            "Bild: Die Regisseurin bei der Preisverleihung. Foto: Example Agentur/dpa",
            BODY,
        ]
    )
    result = outcome(text)
    assert result["Festival in Example: Jury ehrt junge Regisseurin"] == "headline"
    assert result["Von Greta Muster"] == "credit"
    assert result["03.11.2021, 09:40 Uhr"] == "removed:date-line"
    assert (
        result["Bild: Die Regisseurin bei der Preisverleihung. Foto: Example Agentur/dpa"]
        == "caption"
    )
