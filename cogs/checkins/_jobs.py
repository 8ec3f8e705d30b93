"""The engine's part for check-ins: how a scheduled check-in looks, and the opt-in note to a buddy
after a run of unanswered ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.dm import Outgoing
from bot.engine.storage import Job
from cogs.buddies import notify as buddy_notify
from cogs.checkins import storage
from cogs.checkins.render import checkin_message, prompt_variants

if TYPE_CHECKING:
    from cogs.checkins._cog import CheckinsCog


class CheckinHandler:
    """The engine renders scheduled check-ins through this."""

    kind = storage.KIND

    def __init__(self, cog: CheckinsCog) -> None:
        self.bot = cog.bot
        self._buddy_note_after: dict[tuple[int, int], int] = {}

    def variant_count(self) -> int:
        return prompt_variants(self.bot.catalogue)

    async def prepare(self, jobs: list[Job]) -> None:
        """Who in this batch asked for a buddy note after unanswered check-ins (one query)."""
        self._buddy_note_after = await storage.buddy_note_settings(self.bot.db, [(j.user_id, j.guild_id) for j in jobs])

    async def render(self, job: Job) -> Outgoing | None:
        after = self._buddy_note_after.get((job.user_id, job.guild_id))
        # Only a scheduled check-in counts towards a quiet spell: not a snooze, not one asked for.
        if after and job.root_id == job.delivery_id and "/" not in job.slot:
            await self._maybe_tell_buddy(job, after)
        return checkin_message(self.bot.catalogue, job.locale, job.variant, job.delivery_id)

    async def _maybe_tell_buddy(self, job: Job, after: int) -> None:
        """After N unanswered check-ins in a row (if the member chose that), a content-free note to
        their buddy: no answers, no notes, just that they've been quiet. Sent once per quiet spell."""
        if await storage.unanswered_streak(self.bot.db, job.schedule_id) != after:
            return
        await buddy_notify.tell_buddy_quiet(self.bot, job.guild_id, job.user_id)
