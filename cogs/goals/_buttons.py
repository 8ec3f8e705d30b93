"""The buttons on goal messages, one class per action; each re-checks, when pressed, who pressed it.

A nudge's Done / Not today / Snooze carry its delivery and answer only the member it was sent to;
"does this still fit?" and /goal remove carry the goal and answer only its owner, while it exists;
a digest's encouragement carries the pairing's member and answers only their buddy in that pairing.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

import discord

from bot.components import PRIMARY, PersistentButton, feature, rows, view_of
from bot.days import format_time
from bot.engine import storage as engine
from bot.errors import UserFacingError
from bot.member_text import inert
from bot.messaging import dm_member
from cogs.buddies import storage as buddies
from cogs.goals import storage
from cogs.goals._forms import SmallerForm

if TYPE_CHECKING:
    from bot.bot import CheckinBot
    from cogs.goals._cog import GoalsCog

SNOOZE = timedelta(hours=1)


def _cog(interaction: discord.Interaction) -> GoalsCog:
    return feature(interaction, "GoalsCog")


def nudge_buttons(bot: CheckinBot, delivery_id: int, where: Any) -> list[dict[str, Any]]:
    """Done, Not today and Snooze for one nudge."""
    return rows(
        [
            Done.make(bot.text("goal.buttons.done", where), PRIMARY, delivery=delivery_id),
            NotToday.make(bot.text("goal.buttons.not_today", where), delivery=delivery_id),
            Snooze.make(bot.text("goal.buttons.snooze", where), delivery=delivery_id),
        ]
    )


# ---- a nudge's answers ---------------------------------------------------------------------------


async def _nudged_goal(
    interaction: discord.Interaction, delivery_id: int
) -> tuple[GoalsCog, engine.DeliveryInfo, storage.Goal]:
    """The goal a nudge was about, for the member it was sent to, while the goal exists."""
    cog = _cog(interaction)
    info = await engine.get_delivery(cog.bot.db, delivery_id)
    if info is None or info.kind != storage.KIND:
        raise UserFacingError("goal.errors.gone")
    if info.user_id != interaction.user.id:
        raise UserFacingError("goal.errors.not_yours")
    schedule = await engine.get_schedule_by_id(cog.bot.db, info.schedule_id)
    goal = await storage.get(cog.bot.db, schedule.ref_id) if schedule else None
    if goal is None or goal.state == "removed":
        raise UserFacingError("goal.errors.gone")
    return cog, info, goal


async def _answered(
    interaction: discord.Interaction, goal: storage.Goal, answer: str, view: discord.ui.View | None = None
) -> None:
    """The nudge keeps its first line and says what happened; its buttons go unless given again."""
    first_line = interaction.message.content.split("\n")[0] if interaction.message else goal.title
    await interaction.response.edit_message(content=f"{first_line}\n\n{answer}", view=view)


class Done(PersistentButton, template=r"gl:done:(?P<delivery>\d{1,19})"):
    custom_id_format = "gl:done:{delivery}"

    async def run(self, interaction: discord.Interaction, delivery: int) -> None:
        cog, _, goal = await _nudged_goal(interaction, delivery)
        await _answered(interaction, goal, await cog.record_done(interaction, goal, None))


class NotToday(PersistentButton, template=r"gl:nottoday:(?P<delivery>\d{1,19})"):
    custom_id_format = "gl:nottoday:{delivery}"

    async def run(self, interaction: discord.Interaction, delivery: int) -> None:
        cog, _, goal = await _nudged_goal(interaction, delivery)
        await storage.log(cog.bot.db, goal.id, cog.today(goal), "not_today", None, cog.bot.clock.now())
        await _answered(interaction, goal, cog.bot.text("goal.answer_not_today", interaction))


class Snooze(PersistentButton, template=r"gl:snooze:(?P<delivery>\d{1,19})"):
    custom_id_format = "gl:snooze:{delivery}"

    async def run(self, interaction: discord.Interaction, delivery: int) -> None:
        cog, info, goal = await _nudged_goal(interaction, delivery)
        now = cog.bot.clock.now()
        due = now + SNOOZE
        await engine.snooze(cog.bot.db, info.id, due=due, now=now)
        await cog.bot.dispatcher.arm()
        answer = cog.bot.text("goal.answer_snoozed", interaction, time=format_time(due.astimezone(goal.zone).time()))
        # The buttons stay: the member may still answer before the nudge comes again.
        await _answered(interaction, goal, answer, view_of(nudge_buttons(cog.bot, info.id, interaction)))


# ---- "does this still fit?" and /goal remove's confirmation ---------------------------------------


class _OwnGoalButton(PersistentButton, template=r"(?!)"):
    """A button about one goal: `answer` runs only for the goal's owner, and only while it exists."""

    async def run(self, interaction: discord.Interaction, goal: int) -> None:
        cog = _cog(interaction)
        await self.answer(interaction, cog, await cog.owned(interaction, goal))

    async def answer(self, interaction: discord.Interaction, cog: GoalsCog, goal: storage.Goal) -> None:
        raise NotImplementedError


async def _settle(interaction: discord.Interaction, key: str, **params: Any) -> None:
    """Answer on the asking message itself, whose buttons are done with."""
    text = _cog(interaction).bot.text(key, interaction, **params)
    await interaction.response.edit_message(content=text, view=None)


class Keep(_OwnGoalButton, template=r"gl:keep:(?P<goal>\d{1,19})"):
    custom_id_format = "gl:keep:{goal}"

    async def answer(self, interaction: discord.Interaction, cog: GoalsCog, goal: storage.Goal) -> None:
        await _settle(interaction, "goal.fits_keep")


class Smaller(_OwnGoalButton, template=r"gl:smaller:(?P<goal>\d{1,19})"):
    custom_id_format = "gl:smaller:{goal}"

    async def answer(self, interaction: discord.Interaction, cog: GoalsCog, goal: storage.Goal) -> None:
        await interaction.response.send_modal(SmallerForm(cog, goal, interaction))


class Pause(_OwnGoalButton, template=r"gl:pause:(?P<goal>\d{1,19})"):
    custom_id_format = "gl:pause:{goal}"

    async def answer(self, interaction: discord.Interaction, cog: GoalsCog, goal: storage.Goal) -> None:
        await storage.pause(cog.bot.db, goal, cog.bot.clock.now())
        await _settle(interaction, "goal.fits_paused", title=goal.title)


class Remove(_OwnGoalButton, template=r"gl:remove:(?P<goal>\d{1,19})"):
    custom_id_format = "gl:remove:{goal}"

    async def answer(self, interaction: discord.Interaction, cog: GoalsCog, goal: storage.Goal) -> None:
        await storage.remove(cog.bot.db, goal, cog.bot.clock.now())
        await _settle(interaction, "goal.removed", title=goal.title)


class KeepIt(_OwnGoalButton, template=r"gl:keepit:(?P<goal>\d{1,19})"):
    custom_id_format = "gl:keepit:{goal}"

    async def answer(self, interaction: discord.Interaction, cog: GoalsCog, goal: storage.Goal) -> None:
        await _settle(interaction, "goal.remove_kept", title=goal.title)


# ---- a buddy's encouragement --------------------------------------------------------------------


class Cheer(PersistentButton, template=r"gl:cheer:(?P<guild>\d{1,19})\.(?P<user>\d{1,19})"):
    custom_id_format = "gl:cheer:{guild}.{user}"

    async def run(self, interaction: discord.Interaction, guild: int, user: int) -> None:
        """Once a day from one buddy to the other; said to have arrived only if it did."""
        bot = _cog(interaction).bot
        sender = interaction.user.id
        group = await buddies.active_group(bot.db, guild, user)
        if group is None or sender not in group.members or sender == user:
            raise UserFacingError("buddy.pair.gone")
        day = bot.clock.now().date().isoformat()
        if not await buddies.record_kindness(bot.db, guild, sender, user, f"cheer-{day}"):
            raise UserFacingError("goal.cheer_once")
        await interaction.response.defer(ephemeral=True, thinking=True)
        status = await dm_member(
            bot,
            user,
            "goal.cheer_dm",
            nonce=f"cheer-{sender}-{user}-{day}",
            pick=True,
            name=inert(interaction.user.display_name),
        )
        if status != "sent":
            await buddies.forget_kindness(bot.db, guild, sender, user, f"cheer-{day}")
        key = "goal.cheer_sent" if status == "sent" else "goal.cheer_failed"
        await interaction.edit_original_response(content=bot.text(key, interaction))
