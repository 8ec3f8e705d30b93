"""Next-run rules across DST changes, pauses, skips and downtime."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.engine.recurrence import (
    ALL_DAYS,
    WEEKDAYS,
    Recurrence,
    decide,
    in_quiet_hours,
    quiet_hours_end,
    resolve_local,
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def daily(at: str, zone: str, days: frozenset[int] = ALL_DAYS) -> Recurrence:
    return Recurrence(time.fromisoformat(at), days, ZoneInfo(zone))


def runs_between(rec: Recurrence, start: datetime, end: datetime) -> list[datetime]:
    found, cursor = [], start
    while True:
        cursor, _ = rec.next_after(cursor)
        if cursor >= end:
            return found
        found.append(cursor)


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected_utc"),
    [
        # Spring forward: the missing wall time runs when the clocks jump.
        ("America/New_York", date(2026, 3, 8), "02:30", utc(2026, 3, 8, 7, 0)),
        ("Europe/London", date(2026, 3, 29), "01:30", utc(2026, 3, 29, 1, 0)),
        ("Australia/Lord_Howe", date(2026, 10, 4), "02:15", utc(2026, 10, 3, 15, 30)),  # 30-minute jump
        ("Pacific/Chatham", date(2026, 9, 27), "03:00", utc(2026, 9, 26, 14, 0)),  # 02:45 -> 03:45
        # Fall back: the repeated wall time runs at its first occurrence.
        ("America/New_York", date(2026, 11, 1), "01:30", utc(2026, 11, 1, 5, 30)),
        ("Europe/London", date(2026, 10, 25), "01:30", utc(2026, 10, 25, 0, 30)),
        ("Australia/Lord_Howe", date(2026, 4, 5), "01:45", utc(2026, 4, 4, 14, 45)),
        ("Pacific/Chatham", date(2026, 4, 5), "03:00", utc(2026, 4, 4, 13, 15)),
        # No DST, odd offsets.
        ("Asia/Kathmandu", date(2026, 6, 1), "09:00", utc(2026, 6, 1, 3, 15)),
        ("Pacific/Chatham", date(2026, 6, 1), "09:00", utc(2026, 5, 31, 20, 15)),
    ],
)
def test_resolve_local_across_dst(zone: str, day: date, at: str, expected_utc: datetime) -> None:
    assert resolve_local(day, time.fromisoformat(at), ZoneInfo(zone)) == expected_utc


@pytest.mark.parametrize(
    ("zone", "at", "around"),
    [
        ("America/New_York", "02:30", date(2026, 3, 8)),
        ("America/New_York", "01:30", date(2026, 11, 1)),
        ("Europe/London", "01:30", date(2026, 3, 29)),
        ("Europe/London", "01:30", date(2026, 10, 25)),
        ("Australia/Lord_Howe", "02:15", date(2026, 10, 4)),
        ("Australia/Lord_Howe", "01:45", date(2026, 4, 5)),
        ("Pacific/Chatham", "03:00", date(2026, 9, 27)),
        ("Pacific/Chatham", "03:00", date(2026, 4, 5)),
        ("Asia/Kathmandu", "00:00", date(2026, 3, 8)),
    ],
)
def test_exactly_one_run_per_local_day_through_a_transition(zone: str, at: str, around: date) -> None:
    rec = daily(at, zone)
    start = datetime.combine(around - timedelta(days=3), time(), tzinfo=ZoneInfo(zone)).astimezone(UTC)
    start -= timedelta(seconds=1)
    runs = runs_between(rec, start, start + timedelta(days=7))
    local_days = [r.astimezone(ZoneInfo(zone)).date() for r in runs]
    assert len(runs) == 7
    assert len(set(local_days)) == 7
    assert runs == sorted(runs)


def test_fall_back_never_runs_in_the_repeated_hour_twice() -> None:
    rec = daily("01:30", "America/New_York")
    first, day = rec.next_after(utc(2026, 11, 1, 0, 0))
    assert (first, day) == (utc(2026, 11, 1, 5, 30), date(2026, 11, 1))
    second, day2 = rec.next_after(first)
    assert (second, day2) == (utc(2026, 11, 2, 6, 30), date(2026, 11, 2))


def test_weekdays_skip_the_weekend() -> None:
    rec = daily("09:00", "Europe/London", WEEKDAYS)
    friday = utc(2026, 6, 5, 8, 0)  # 09:00 BST
    assert rec.next_after(friday - timedelta(minutes=1)) == (friday, date(2026, 6, 5))
    assert rec.next_after(friday) == (utc(2026, 6, 8, 8, 0), date(2026, 6, 8))


def test_custom_days_in_a_half_hour_zone() -> None:
    rec = Recurrence(time(21, 0), frozenset({0, 2, 4}), ZoneInfo("Asia/Kathmandu"))
    runs = runs_between(rec, utc(2026, 6, 1), utc(2026, 6, 15))
    assert [r.astimezone(rec.zone).strftime("%a %H:%M") for r in runs] == [
        "Mon 21:00", "Wed 21:00", "Fri 21:00", "Mon 21:00", "Wed 21:00", "Fri 21:00",
    ]  # fmt: skip


def test_custom_days_across_chatham_dst() -> None:
    rec = Recurrence(time(3, 0), frozenset({6}), ZoneInfo("Pacific/Chatham"))  # Sundays at 03:00
    runs = runs_between(rec, utc(2026, 9, 1), utc(2026, 10, 10))
    local = [r.astimezone(rec.zone) for r in runs]
    assert [d.date().isoformat() for d in local] == [
        "2026-09-06",
        "2026-09-13",
        "2026-09-20",
        "2026-09-27",
        "2026-10-04",
    ]
    assert local[3].strftime("%H:%M") == "03:45"  # the jump day
    assert all(d.strftime("%H:%M") == "03:00" for d in local[:3] + local[4:])


def test_pause_and_skip_are_next_after_a_later_instant() -> None:
    rec = daily("09:00", "America/New_York", WEEKDAYS)
    now = utc(2026, 3, 2, 12, 0)  # Monday 07:00 EST
    nxt, day = rec.next_after(now)
    assert day == date(2026, 3, 2)
    _skipped, skipped_day = rec.next_after(nxt)  # /checkin skip: only the next one
    assert skipped_day == date(2026, 3, 3)
    paused_until = now + timedelta(days=7)  # /checkin pause 7 (across the DST change on Mar 8)
    after_pause, pause_day = rec.next_after(paused_until)
    assert pause_day == date(2026, 3, 9)
    assert after_pause == utc(2026, 3, 9, 13, 0)  # 09:00 EDT


def test_catch_up_sends_only_the_latest_missed_slot_within_the_window() -> None:
    rec = daily("09:00", "Europe/London")
    window = timedelta(hours=2)
    stored = (utc(2026, 6, 1, 8, 0), date(2026, 6, 1))
    # Down for two days, back one hour after today's slot: today's goes out, the others are let go.
    result = decide(rec, *stored, utc(2026, 6, 3, 9, 0), window)
    assert result.send == date(2026, 6, 3)
    assert (result.next_run, result.next_slot) == (utc(2026, 6, 4, 8, 0), date(2026, 6, 4))
    # Back three hours after today's slot: nothing is sent, the next one is tomorrow.
    late = decide(rec, *stored, utc(2026, 6, 3, 11, 0), window)
    assert late.send is None and late.next_slot == date(2026, 6, 4)
    # On time.
    on_time = decide(rec, *stored, stored[0], window)
    assert on_time.send == date(2026, 6, 1) and on_time.next_slot == date(2026, 6, 2)


def test_quiet_hours_wrap_midnight() -> None:
    assert in_quiet_hours(time(23, 0), time(22, 0), time(7, 0))
    assert in_quiet_hours(time(6, 59), time(22, 0), time(7, 0))
    assert not in_quiet_hours(time(7, 0), time(22, 0), time(7, 0))
    assert not in_quiet_hours(time(12, 0), None, None)
    zone = ZoneInfo("Europe/London")
    end = quiet_hours_end(utc(2026, 6, 1, 22, 0), zone, time(22, 0), time(7, 0))  # 23:00 BST
    assert end == utc(2026, 6, 2, 6, 0)
