"""The insights arithmetic, without a database: members once a week, ties to the harder answer,
nothing from fewer than 5 members, counts rounded to 5 and rates to 5%."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from cogs.insights.figures import (
    AnswerRow,
    GoalRow,
    Window,
    by_week,
    completed_weeks,
    compute,
    goal_completion,
    typical_answer,
    week_rows,
)

ZONE = ZoneInfo("Europe/Madrid")
MONDAY = date(2026, 6, 1)
WEEK = 7 * 86400


def at(day: date, hour: int = 12) -> int:
    return int(datetime(day.year, day.month, day.day, hour, tzinfo=ZONE).timestamp())


def window(**values: object) -> Window:
    start = at(MONDAY, 0)
    base: dict[str, object] = dict(
        start=start, end=start + WEEK, reached=0, answered=0, answers=[], paired=0,
        connection_asks=0, connected=0, goals=[],
    )  # fmt: skip
    return Window(**{**base, **values})  # type: ignore[arg-type]


def test_a_tie_goes_to_the_harder_answer() -> None:
    assert typical_answer([2, 4]) == 4
    assert typical_answer([4, 2, 2, 5, 5]) == 5
    assert typical_answer([1, 1, 5]) == 1  # the answer given most wins before any tie-break
    assert typical_answer([3]) == 3


def test_each_member_counts_once_a_week() -> None:
    answers = [AnswerRow(at(MONDAY + timedelta(days=d)), 2, user) for user in range(5) for d in range(3)]
    [week] = week_rows(by_week(answers, MONDAY, 1, ZONE))
    assert week.members == 5
    assert week.counts == {1: None, 2: 5, 3: None, 4: None, 5: None}  # five members, not fifteen answers


def test_cells_and_weeks_from_fewer_than_five_members_are_suppressed() -> None:
    answers = [AnswerRow(at(MONDAY), 2, user) for user in range(6)] + [AnswerRow(at(MONDAY), 5, 99)]
    [week] = week_rows(by_week(answers, MONDAY, 1, ZONE))
    assert week.shown and week.counts[2] == 5 and week.counts[5] is None  # one member: "fewer than 5"
    [small] = week_rows(by_week(answers[:4], MONDAY, 1, ZONE))
    assert not small.shown and all(count is None for count in small.counts.values())


def test_counts_round_to_the_nearest_five() -> None:
    for members, shown in ((5, 5), (7, 5), (8, 10), (12, 10), (13, 15)):
        answers = [AnswerRow(at(MONDAY), 1, user) for user in range(members)]
        [week] = week_rows(by_week(answers, MONDAY, 1, ZONE))
        assert week.counts[1] == shown, members
    assert compute(window(reached=4), MONDAY, 1, ZONE).opted_in.value is None
    assert compute(window(reached=12), MONDAY, 1, ZONE).opted_in.value == 10


def test_rates_round_to_five_percent_and_need_five_members() -> None:
    found = compute(window(reached=7, answered=5, connection_asks=3, connected=3), MONDAY, 1, ZONE)
    assert found.answer_rate.value is not None and round(found.answer_rate.value, 2) == 0.70  # 71% -> 70%
    assert found.connection_rate.value is None  # three answers: too few
    found = compute(window(reached=9, answered=2), MONDAY, 1, ZONE)
    assert found.answer_rate.value is not None and round(found.answer_rate.value, 2) == 0.20  # 22% -> 20%


def test_answers_land_in_the_week_of_the_servers_zone_and_every_week_is_listed() -> None:
    # Sunday 23:30 in Madrid is Sunday 21:30 UTC: still the first week, not the next.
    late_sunday = int(datetime(2026, 6, 7, 23, 30, tzinfo=ZONE).timestamp())
    weekly = by_week([AnswerRow(late_sunday, 3, 1)], MONDAY, 3, ZONE)
    assert sorted(weekly) == [MONDAY, MONDAY + timedelta(weeks=1), MONDAY + timedelta(weeks=2)]
    assert weekly[MONDAY] == {1: [3]}


def test_completed_weeks_end_where_the_live_week_begins() -> None:
    start, end, first = completed_weeks(datetime(2026, 6, 17, 10, tzinfo=UTC), ZONE, 2)  # a Wednesday
    assert first == MONDAY and start == datetime(2026, 6, 1, tzinfo=ZONE) and end == datetime(2026, 6, 15, tzinfo=ZONE)
    found = compute(window(), first, 2, ZONE)
    assert (found.start, found.end) == (MONDAY, date(2026, 6, 14))


def test_goal_completion_counts_planned_days_and_caps_each_goal() -> None:
    start, end = at(MONDAY, 0), at(MONDAY, 0) + WEEK
    goals = [GoalRow(user, 3, None, start - WEEK, 3) for user in range(4)]
    goals.append(GoalRow(4, None, 0b0000111, start - WEEK, 9))  # three weekdays, more logged than planned
    assert goal_completion(goals, start, end).value == 1.0
    assert goal_completion(goals[:4], start, end).value is None  # four members: too few
    halfway = [GoalRow(user, 2, None, start, 1) for user in range(5)]
    assert goal_completion(halfway, start, end).value == 0.5
