"""Check-in texts and components, from the catalogue (no Discord client in here)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.catalogue import Catalogue
from bot.components import PRIMARY, SECONDARY, button, rows
from bot.days import describe_days, format_time, weekday_name
from bot.engine.dm import Outgoing
from bot.engine.storage import Schedule
from cogs.checkins.rules import SCALE


def checkin_components(cat: Catalogue, locale: str | None, delivery_id: int, chosen: int | None) -> list[dict]:
    answers = [
        button(
            f"ci:a:{delivery_id}:{a.value}",
            cat.render(f"checkin.answers.{a.key}", locale),
            PRIMARY if a.value == chosen else SECONDARY,
        )
        for a in SCALE
    ]
    extras = [
        button(f"ci:note:{delivery_id}", cat.render("checkin.buttons.note", locale)),
        button(f"ci:snooze:{delivery_id}", cat.render("checkin.buttons.snooze", locale)),
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
        button(f"ci:low:{root_id}:{choice}", cat.render(f"checkin.buttons.{choice}", locale))
        for choice in ("buddy", "team", "resources", "noting")
    ]
    return rows(choices)


def share_components(cat: Catalogue, locale: str | None, root_id: int, *, has_note: bool) -> list[dict]:
    """The member's choice after reading exactly what would be shared: with or without the note."""
    share = (
        [
            button(f"ci:team:{root_id}:1", cat.render("checkin.buttons.share_with_note", locale)),
            button(f"ci:team:{root_id}:0", cat.render("checkin.buttons.share_without_note", locale)),
        ]
        if has_note
        else [button(f"ci:team:{root_id}:0", cat.render("checkin.buttons.share_team", locale), PRIMARY)]
    )
    return rows([*share, button(f"ci:teamno:{root_id}", cat.render("checkin.buttons.not_now", locale))])


def consent_components(cat: Catalogue, locale: str | None, hhmm: str, mask: int, zone: str) -> list[dict]:
    return rows(
        [
            button(f"ci:consent:{hhmm}:{mask}:{zone}", cat.render("checkin.buttons.start", locale), PRIMARY),
            button("ci:notnow:-", cat.render("checkin.buttons.not_now", locale)),
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
