"""What scraped pages carry around a story: junk, datelines, credits, by outlet.

The wording is this generator's own, in the shapes the field shows:
aggregator paywall prompts above and below a wire story, share bars and
comment forms under blog reposts, ad-plugin markers, copyright and reuse
notices, navigation, and an outlet's name standing alone like a logo's text.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .prose import MONTHS

JUNK: dict[str, tuple[str, ...]] = {
    "subscription": (
        "Subscribe to keep reading",
        "Unlock every story for 1 euro a month",
        "Already a subscriber? Sign in",
        "Start your free trial today",
        "Get our morning newsletter in your inbox",
        "Download our app for iPhone and Android",
        "Members read without ads",
        "Your first month is free",
        "Join readers who support independent journalism",
    ),
    "share": (
        "Share on Facebook",
        "Share on Twitter",
        "Share on Telegram",
        "Share this article",
        "Facebook Twitter Telegram Email",
        "Share via WhatsApp",
    ),
    "ad": ("[ad_1]", "Advertisement", "ADVERTISEMENT", "Sponsored content"),
    "comment": (
        "Leave a comment",
        "Post a reply",
        "Your email will never be shown to other readers.",
        "Fields marked with * are mandatory",
        "Log in to comment",
        "Notify me of new comments by email",
    ),
    "copyright": (
        "© {year} {outlet}. All rights reserved.",
        "Copyright {year} {outlet}. Republication without written permission is prohibited.",
        "Materials of {outlet} may not be reproduced without a hyperlink to the source.",
    ),
    "navigation": (
        "All news",
        "Latest news",
        "Related stories",
        "Read more",
        "Most read",
        "Home > World > Europe",
        "News > Politics > Region",
        "Back to top",
        "Next article",
        "More from {outlet}",
    ),
}
SECTIONS = ("World", "Politics", "Europe", "Business", "Society", "Regions")
AGGREGATORS = ("Newsdeck", "Inkwire", "Eastbound Review", "Daily Ledger", "Wirepoint")

# Reuters style shortens most month names in datelines.
SHORT_MONTHS = (
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip


@dataclass(frozen=True)
class Outlet:
    """An agency or site: its dateline, layout and romanisation habits."""

    name: str
    layout: str  # "aggregated", "wire", "site", "repost": where the junk goes
    weight: float
    schemes: dict[str, float]
    cities: tuple[str, ...]
    dateline: str | None  # a format; None: the text has no dateline


OUTLETS = (
    Outlet("TASS", "wire", 2, {"ru": 0.9, "loose": 0.1}, ("Moscow", "Minsk"),
           "{CITY}, {month} {day}. /TASS/. "),
    Outlet("Reuters", "aggregated", 3, {"ru": 0.6, "by": 0.4},
           ("Minsk", "Moscow", "Kiev", "Vilnius", "Warsaw", "Brussels"),
           "{CITY}, {short_month} {day} (Reuters) - "),
    Outlet("AP", "site", 2, {"ru": 0.5, "by": 0.5}, ("Kiev", "Minsk", "Moscow", "Riga"),
           "{CITY} (AP) — "),
    Outlet("BNS", "site", 2, {"by": 0.5, "loose": 0.3, "ru": 0.2}, ("Vilnius", "Riga", "Minsk"),
           "{CITY}, {month} {day} – BNS. "),
    Outlet("RIA Novosti", "wire", 1, {"ru": 1.0}, ("Moscow", "Minsk"),
           "{CITY}, {month} {day} – RIA Novosti. "),
    Outlet("BelTA", "wire", 1, {"by": 0.6, "ru": 0.4}, ("Minsk", "Grodno"),
           "{CITY}, {day} {month} {year}, BelTA – "),
    Outlet("blog", "repost", 2, {"de": 0.35, "pl": 0.35, "loose": 0.3}, (), None),
)  # fmt: skip


def pick_outlet(rng: random.Random) -> Outlet:
    return rng.choices(OUTLETS, [o.weight for o in OUTLETS])[0]


def pick_scheme(rng: random.Random, outlet: Outlet) -> str:
    return rng.choices(list(outlet.schemes), list(outlet.schemes.values()))[0]


def dateline(outlet: Outlet, city: str, date: dt.date) -> str:
    """The opening of the lead paragraph: "MINSK, Aug 10 (Reuters) - "."""
    assert outlet.dateline is not None
    return outlet.dateline.format(
        CITY=city.upper(),
        month=MONTHS[date.month - 1],
        short_month=SHORT_MONTHS[date.month - 1],
        day=date.day,
        year=date.year,
    )


def junk(rng: random.Random, kind: str, outlet: str, year: int, count: int = 1) -> list[str]:
    """`count` different lines of one kind of junk, for one outlet."""
    lines = rng.sample(JUNK[kind], min(count, len(JUNK[kind])))
    return [line.format(outlet=outlet, year=year) for line in lines]


def publication_stamp(rng: random.Random, date: dt.date) -> str:
    """A line holding only when the page was published."""
    hour, minute = rng.randrange(7, 23), rng.randrange(60)
    if rng.random() < 0.5:
        return f"{date.day:02d}.{date.month:02d}.{date.year} {hour:02d}:{minute:02d}"
    return f"Published: {date.day} {MONTHS[date.month - 1]} {date.year}, {hour:02d}:{minute:02d}"


def wire_credit(rng: random.Random, journalists: tuple[str, ...]) -> str:
    """Reuters-style credits: "(Reporting by ...; Editing by ...)"."""
    reporter, writer, editor = rng.sample(journalists, 3)
    if rng.random() < 0.5:
        return f"(Reporting by {reporter}; Editing by {editor})"
    return f"(Reporting by {reporter}; Writing by {writer}; Editing by {editor})"
