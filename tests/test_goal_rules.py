"""Goal rules: streaks with grace, per-week nudge days, weeks in the member's zone (with DST)."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from cogs.goals.rules import Goal, milestone, nudge_today, streak, week_bounds, week_count, week_target

MWF = Goal(frozenset({0, 2, 4}), None)
THREE_A_WEEK = Goal(None, 3)
DAILY = Goal(frozenset(range(7)), None)


def days(*items: str) -> set[date]:
    return {date.fromisoformat(d) for d in items}


def test_daily_streak_forgives_one_miss_per_week() -> None:
    # Mon 2026-06-01 .. Sun 06-07, one miss on Wednesday: still a streak of 6 on Sunday.
    done = days("2026-06-01", "2026-06-02", "2026-06-04", "2026-06-05", "2026-06-06", "2026-06-07")
    assert streak(DAILY, date(2026, 6, 7), done) == 6
    # A second miss the same week ends it.
    # A second miss the same week ends it there: Sun, Sat, (Fri forgiven), Thu, then Wed ends it.
    assert streak(DAILY, date(2026, 6, 7), done - days("2026-06-05")) == 3


def test_today_not_done_yet_does_not_break() -> None:
    done = days("2026-06-01", "2026-06-02")
    assert streak(DAILY, date(2026, 6, 3), done) == 2


def test_grace_is_per_week() -> None:
    # One miss in each of two weeks: both forgiven.
    done = {date(2026, 6, 1) + timedelta(days=i) for i in range(14)} - days("2026-06-03", "2026-06-10")
    assert streak(DAILY, date(2026, 6, 14), done) == 12


def test_specific_days_only_count_their_days() -> None:
    done = days("2026-06-01", "2026-06-03", "2026-06-05", "2026-06-08")  # Mon Wed Fri Mon
    assert streak(MWF, date(2026, 6, 9), done) == 4  # Tuesday is not one of its days
    assert streak(MWF, date(2026, 6, 12), done) == 4  # Wed missed (grace), Fri is today


def test_times_per_week_streak_and_grace() -> None:
    week1 = days("2026-06-01", "2026-06-03", "2026-06-05")  # 3 of 3
    week2 = days("2026-06-09", "2026-06-11")  # 2 of 3: one short, forgiven
    week3 = days("2026-06-16")  # current week, open
    assert streak(THREE_A_WEEK, date(2026, 6, 17), week1 | week2 | week3) == 6
    # Two short ends it: only the open current week counts.
    assert streak(THREE_A_WEEK, date(2026, 6, 17), week1 | days("2026-06-09") | week3) == 1


def test_times_per_week_nudges_only_while_short() -> None:
    done = days("2026-06-01", "2026-06-02")
    assert nudge_today(THREE_A_WEEK, date(2026, 6, 3), done)
    assert not nudge_today(THREE_A_WEEK, date(2026, 6, 4), done | days("2026-06-03"))  # target met
    assert nudge_today(THREE_A_WEEK, date(2026, 6, 8), done | days("2026-06-03"))  # a new week
    assert not nudge_today(THREE_A_WEEK, date(2026, 6, 3), done | days("2026-06-03"))  # done today


def test_specific_days_nudge_on_their_days_unless_done() -> None:
    assert nudge_today(MWF, date(2026, 6, 1), set())
    assert not nudge_today(MWF, date(2026, 6, 2), set())
    assert not nudge_today(MWF, date(2026, 6, 1), days("2026-06-01"))


def test_week_bounds_in_the_members_zone_across_dst() -> None:
    zone = ZoneInfo("America/New_York")
    # The week of the spring-forward change (Sunday 2026-03-08) is 167 hours long.
    start, end = week_bounds(datetime(2026, 3, 5, 12, tzinfo=UTC), zone)
    assert start == datetime(2026, 3, 2, 5, tzinfo=UTC)  # Monday 00:00 EST
    assert end == datetime(2026, 3, 9, 4, tzinfo=UTC)  # Monday 00:00 EDT
    assert end - start == timedelta(hours=167)
    # Late Sunday evening local is still the same week, though it is Monday in UTC.
    late_sunday = datetime(2026, 3, 9, 3, 30, tzinfo=UTC)  # Sunday 23:30 EDT
    assert week_bounds(late_sunday, zone) == (start, end)
    tokyo = ZoneInfo("Asia/Tokyo")
    start_t, _ = week_bounds(datetime(2026, 3, 8, 16, tzinfo=UTC), tokyo)  # Monday 01:00 in Tokyo
    assert start_t == datetime(2026, 3, 8, 15, tzinfo=UTC)


def test_week_count_and_target() -> None:
    done = days("2026-06-01", "2026-06-07", "2026-06-08")
    assert week_count(done, date(2026, 6, 3)) == 2
    assert week_target(MWF) == 3 and week_target(THREE_A_WEEK) == 3


def test_milestones() -> None:
    assert milestone(2, 3) == 3
    assert milestone(6, 7) == 7
    assert milestone(3, 4) is None
    assert milestone(99, 100) == 100


def test_single_days_in_english_and_spanish() -> None:
    import pytest

    from bot.days import BadInput, parse_day

    assert [parse_day(d) for d in ("mon", "Monday", "lun", "lunes", "sábado", "sun", "domingo")] == [
        0,
        0,
        0,
        0,
        5,
        6,
        6,
    ]
    with pytest.raises(BadInput):
        parse_day("funday")
