"""The insights chart: answers per week as stacked bars (weeks with too few members are left empty)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFont

from cogs.insights.figures import Week

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 320, 50, 40, 20
COLOURS = {1: (59, 165, 93), 2: (125, 190, 120), 3: (200, 200, 120), 4: (232, 160, 90), 5: (200, 90, 90)}
INK = (60, 64, 72)


def weeks_chart(weeks: Sequence[Week]) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    shown = [w for w in weeks if w.shown]
    tallest = max((sum(c or 0 for c in w.counts.values()) for w in shown), default=1) or 1
    slot = (WIDTH - LEFT - 20) / max(1, len(weeks))
    for index, week in enumerate(weeks):
        x = LEFT + index * slot + slot * 0.15
        draw.text((x, HEIGHT - BOTTOM + 12), week.start.strftime("%m-%d"), fill=INK, font=font)
        if not week.shown:
            continue
        y = HEIGHT - BOTTOM
        for answer in range(1, 6):
            # A cell from too few members is not drawn, just as it is not written.
            height = (week.counts.get(answer) or 0) / tallest * (HEIGHT - BOTTOM - TOP)
            if height:
                draw.rectangle([x, y - height, x + slot * 0.7, y], fill=COLOURS[answer])
                y -= height
    draw.line([(LEFT, HEIGHT - BOTTOM), (WIDTH - 20, HEIGHT - BOTTOM)], fill=INK)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
