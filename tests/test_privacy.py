"""Members' control of their data: export has all of theirs and nobody else's; delete leaves nothing."""

from __future__ import annotations

import json

from bot import privacy
from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.sandbox import Actor, Sandbox
from cogs.buddies import storage as buddies
from tests.conftest import BOTH_ENGINES, Community
from tests.test_checkins_e2e import NOTE, next_checkin, opt_in

pytestmark = BOTH_ENGINES


async def rich_history(sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community) -> None:
    """Alex and Sam both use everything, so export and delete have something to get wrong."""
    for user, note, title, about in (
        (community.alex, "alex private note", "alex walks", "alex about"),
        (community.sam, "sam private note", "sam swims", "sam about"),
    ):
        actor = community.as_(user)
        await opt_in(community, user, clock)
        checkin = await next_checkin(sandbox, bot, clock, user)
        dm = Actor(sandbox, user)
        form = await dm.click(checkin, "Add a note")
        await dm.submit(form, {NOTE: note})
        await dm.click(checkin, "Okay")
        await actor.slash("buddy join", about=about)
        await actor.slash("goal add", title=title)
        await actor.slash("support", note=f"{note} for support")
    await community.as_(community.alex).slash("buddy avoid", member=community.sam)
    await community.as_(community.sam).slash("buddy avoid", member=community.alex)
    await buddies.create_group(
        bot.db, community.guild.id, (community.alex.id, community.sam.id), clock.now(), status="active"
    )
    await community.as_(community.maya).slash("config reachout", allow_anonymous=True)
    draft = await community.as_(community.sam).slash(
        "reachout send", member=community.alex, message="from sam", anonymous=True
    )
    await community.as_(community.sam).click(draft.message, "Send anonymously")
    await community.as_(community.alex).slash("reachout send", member=community.sam, message="from alex")
    await community.as_(community.sam).slash("reachout block", member=community.alex)


async def test_export_has_all_of_theirs_and_nobody_elses(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await rich_history(sandbox, bot, clock, community)
    result = await community.as_(community.alex).slash("privacy export")
    assert result.ephemeral and result.message is not None
    exported = json.loads(result.message.files["my-data.json"])
    text = json.dumps(exported)
    for expected in (
        "alex private note",
        "alex walks",
        "alex about",
        "alex private note for support",
        "from alex",
        "from sam",
    ):
        assert expected in text, expected
    for private in ("sam private note", "sam swims", "sam about"):
        assert private not in text, private
    data = exported["data"]
    received = [r for r in data["reachouts"] if r["recipient_id"] == community.alex.id]
    assert received and all(r["sender_id"] is None for r in received)  # the anonymous sender stays hidden
    assert all(r["user_id"] == community.alex.id for r in data["buddy_avoid"])  # not Sam's list about Alex
    assert "reachout_blocks" not in data or all(r["user_id"] == community.alex.id for r in data["reachout_blocks"])
    assert data["checkin_answers"] and data["goals"] and data["members"] and data["schedules"]


async def test_delete_leaves_no_row_about_them(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await rich_history(sandbox, bot, clock, community)
    alex = community.as_(community.alex)
    ask = await alex.slash("privacy delete")
    assert ask.message is not None and ask.message.labels() == ["Delete everything", "Keep my data"]
    kept = await alex.click(ask.message, "Keep my data")
    assert "nothing was deleted" in kept.content
    ask = await alex.slash("privacy delete")
    done = await alex.click(ask.message, "Delete everything")
    assert "has been deleted" in done.content
    # Scan every table and every column of the real schema for Alex's id.
    for table in await bot.db.tables():
        for column in await bot.db.columns(table):
            count = await bot.db.fetchval(
                f"SELECT COUNT(*) FROM {table} WHERE CAST({column} AS TEXT) = ?", (str(community.alex.id),)
            )
            assert count == 0, f"{table}.{column} still mentions them"
    # Sam's own data is intact, and nothing more is sent to Alex.
    assert await bot.db.fetchval("SELECT COUNT(*) FROM goals WHERE user_id = ?", (community.sam.id,)) == 1
    before = len(sandbox.dms_to(community.alex))
    clock.advance(days=2)
    await bot.dispatcher.run_once()
    assert len(sandbox.dms_to(community.alex)) == before


def test_every_table_with_people_in_it_is_covered() -> None:
    """A new table with a user column must be declared by its storage module, or export and delete would miss it."""
    import re
    from pathlib import Path

    schema = "\n".join(p.read_text() for p in sorted(Path("bot/migrations").glob("V*.sql")))
    person_columns = set(
        re.findall(
            r"(?m)^\s+(\w*(?:user|sender|recipient|avoided|blocked|proposed|subject|moderator)\w*)\s+INTEGER", schema
        )
    )
    covered = {c for columns in privacy.personal_columns().values() for c in columns} | {"user_id"}
    assert person_columns <= covered, person_columns - covered


async def test_retention_deletes_old_notes_and_words(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await rich_history(sandbox, bot, clock, community)
    await community.as_(community.maya).slash("config retention", days=30)
    clock.advance(days=31)
    await bot.get_cog("PrivacyCog").retention()
    notes = await bot.db.fetchall("SELECT note FROM checkin_answers WHERE guild_id = ?", (community.guild.id,))
    assert notes and all(r["note"] is None for r in notes)
    words = await bot.db.fetchall(
        "SELECT message, sender_id, anonymous FROM reachouts WHERE guild_id = ?", (community.guild.id,)
    )
    assert words and all(r["message"] is None for r in words)
    assert all(r["sender_id"] is None for r in words if r["anonymous"])  # anonymous senders forgotten after 30 days


async def test_privacy_show_explains_in_plain_words(bot: CheckinBot, community: Community) -> None:
    await community.as_(community.maya).slash("config retention", days=90)
    shown = await community.as_(community.alex).slash("privacy show")
    assert shown.ephemeral and "What I store about you" in shown.content
    assert "after 90 days" in shown.content and "/privacy delete" in shown.content
    refused = await community.as_(community.maya).slash("config retention", days=3)
    assert "between 7 and 3650" in refused.content


async def test_a_moderator_who_deletes_their_data_leaves_the_audit_anonymous(
    bot: CheckinBot, community: Community
) -> None:
    maya = community.as_(community.maya)
    await maya.slash("config retention", days=60)
    ask = await maya.slash("privacy delete")
    assert ask.message is not None
    await maya.click(ask.message, "Delete everything")
    rows = await bot.db.fetchall(
        "SELECT moderator_id, setting FROM config_audit WHERE guild_id = ?", (community.guild.id,)
    )
    assert [tuple(r) for r in rows] == [(None, "retention_days")]  # the change is kept, who made it is not
    history = await maya.slash("config history")
    assert "a former moderator" in history.content and f"<@{community.maya.id}>" not in history.content
