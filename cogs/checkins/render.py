"""Check-in texts and components, from the catalogue (no Discord client in here)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.catalogue import Catalogue
from bot.components import PRIMARY, SECONDARY, rows
from bot.days import describe_days, format_time, weekday_name
from bot.engine.dm import Outgoing
from bot.engine.storage import Schedule
from bot.scale import SCALE
from cogs.checkins._buttons import Answer, Consent, Low, Note, NotNow, Snooze, Team, TeamNo

LOW_CHOICES = ("buddy", "team", "resources", "noting")


def prompt_variants(cat: Catalogue) -> int:
    """How many ways the check-in question is asked (never the same twice in a row)."""
    return len(cat.entry("checkin.prompt").variants)


def checkin_components(cat: Catalogue, locale: str | None, delivery_id: int, chosen: int | None) -> list[dict]:
    answers = [
        Answer.make(
            cat.render(f"checkin.answers.{a.key}", locale),
            PRIMARY if a.value == chosen else SECONDARY,
            delivery=delivery_id,
            value=a.value,
        )
        for a in SCALE
    ]
    extras = [
        Note.make(cat.render("checkin.buttons.note", locale), delivery=delivery_id),
        Snooze.make(cat.render("checkin.buttons.snooze", locale), delivery=delivery_id),
    ]
    return rows(answers, extras)


def checkin_message(
    cat: Catalogue,
    locale: str | None,
    variant: int,
    delivery_id: int,
    *,
    chosen: int | None = None,
    extra: str = "",
) -> Outgoing:
    """The check-in DM: a varied prompt, one-tap answers, a note, a snooze, and the way out."""
    text = cat.render("checkin.prompt", locale, variant=variant)
    if extra:
        text += "\n\n" + extra
    text += "\n" + cat.render("checkin.footer", locale)
    return Outgoing(text, checkin_components(cat, locale, delivery_id, chosen))


def low_components(cat: Catalogue, locale: str | None, root_id: int) -> list[dict]:
    choices = [
        Low.make(cat.render(f"checkin.buttons.{choice}", locale), root=root_id, choice=choice) for choice in LOW_CHOICES
    ]
    return rows(choices)


def team_components(cat: Catalogue, locale: str | None, root_id: int) -> list[dict]:
    """The support team instead, when a buddy could not be told."""
    return rows([Low.make(cat.render("checkin.buttons.team", locale), PRIMARY, root=root_id, choice="team")])


def share_components(cat: Catalogue, locale: str | None, root_id: int, *, has_note: bool) -> list[dict]:
    """The member's choice after reading exactly what would be shared: with or without the note."""
    share = (
        [
            Team.make(cat.render("checkin.buttons.share_with_note", locale), root=root_id, with_note=1),
            Team.make(cat.render("checkin.buttons.share_without_note", locale), root=root_id, with_note=0),
        ]
        if has_note
        else [Team.make(cat.render("checkin.buttons.share_team", locale), PRIMARY, root=root_id, with_note=0)]
    )
    return rows([*share, TeamNo.make(cat.render("checkin.buttons.not_now", locale), root=root_id)])


def consent_components(cat: Catalogue, locale: str | None, hhmm: str, mask: int, zone: str) -> list[dict]:
    return rows(
        [
            Consent.make(cat.render("checkin.buttons.start", locale), PRIMARY, hhmm=hhmm, mask=mask, zone=zone),
            NotNow.make(cat.render("checkin.buttons.not_now", locale)),
        ]
    )


def describe_slot(cat: Catalogue, locale: str | None, schedule_days: frozenset[int], at: Any, zone: str) -> str:
    days = describe_days(cat, locale, schedule_days)
    return cat.render("checkin.when.slot", locale, days=days, time=format_time(at), zone=zone)


def describe_instant(cat: Catalogue, locale: str | None, instant: datetime, zone: Any) -> str:
    local = instant.astimezone(zone)
    weekday = weekday_name(cat, locale, local.weekday())
    return cat.render(
        "checkin.when.next", locale, weekday=weekday, date=local.date().isoformat(), time=local.strftime("%H:%M"),
        zone=zone.key,
    )  # fmt: skip


def describe_next(cat: Catalogue, locale: str | None, schedule: Schedule) -> str:
    if schedule.state == "stopped":
        return cat.render("checkin.settings.stopped", locale)
    if schedule.state == "paused" or schedule.next_run is None:
        return cat.render("checkin.settings.paused", locale)
    text = describe_instant(cat, locale, schedule.next_run, schedule.zone)
    if schedule.paused_until is not None:
        until = schedule.paused_until.astimezone(schedule.zone).date().isoformat()
        text += " · " + cat.render("checkin.settings.paused_until", locale, date=until)
    return text


def answer_label(cat: Catalogue, locale: str | None, value: int | None, *, unanswered: str) -> str:
    """An answer in words; the catalogue text `unanswered` when there is none yet."""
    if not value:
        return cat.render(unanswered, locale)
    return cat.render(f"checkin.answers.{SCALE[value - 1].key}", locale)
