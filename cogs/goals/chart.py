"""A small PNG of the week: each goal's days done against its target (Pillow; no Discord in here)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFont

WIDTH, ROW, TOP, LEFT = 640, 34, 16, 220
INK, TRACK, FILL = (60, 64, 72), (229, 231, 235), (59, 165, 93)


def week_chart(goals: Sequence[tuple[str, int, int]]) -> bytes:
    """`goals`: (title, done this week, target). Bars fill towards the target; extra days still show."""
    height = TOP * 2 + ROW * max(1, len(goals))
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    track = WIDTH - LEFT - 60
    for index, (title, done, target) in enumerate(goals):
        y = TOP + index * ROW
        draw.text((10, y + 8), title[:34], fill=INK, font=font)
        draw.rounded_rectangle([LEFT, y + 6, LEFT + track, y + 24], radius=6, fill=TRACK)
        share = min(1.0, done / target) if target else 0.0
        if share > 0:
            draw.rounded_rectangle([LEFT, y + 6, LEFT + int(track * share), y + 24], radius=6, fill=FILL)
        draw.text((LEFT + track + 8, y + 8), f"{done}/{target}", fill=INK, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
