"""A small PNG chart of mood over time (Pillow; no Discord in here)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 720, 320
LEFT, RIGHT, TOP, BOTTOM = 130, 20, 20, 40
INK, GRID, LINE, DOT = (60, 64, 72), (225, 228, 232), (88, 101, 242), (59, 165, 93)


def mood_chart(points: Sequence[tuple[date, int]], labels: Sequence[str]) -> bytes:
    """Answers (1 = best ... 5 = hardest) over days; `labels` names the five levels, best first."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def y_of(value: int) -> float:
        return TOP + (value - 1) * plot_h / 4

    for level, label in enumerate(labels, start=1):
        y = y_of(level)
        draw.line([(LEFT, y), (WIDTH - RIGHT, y)], fill=GRID, width=1)
        draw.text((8, y - 6), label[:20], fill=INK, font=font)
    if not points:
        return _png(image)
    first, last = points[0][0], points[-1][0]
    span = max(1, (last - first).days)

    def x_of(day: date) -> float:
        return LEFT + (day - first).days * plot_w / span if span else LEFT + plot_w / 2

    coords = [(x_of(day), y_of(value)) for day, value in points]
    if len(coords) > 1:
        draw.line(coords, fill=LINE, width=3)
    for x, y in coords:
        draw.ellipse([x - 4, y - 4, x + 4, y + 4], fill=DOT)
    draw.text((LEFT, HEIGHT - BOTTOM + 12), first.isoformat(), fill=INK, font=font)
    end_label = last.isoformat()
    draw.text((WIDTH - RIGHT - 6 * len(end_label), HEIGHT - BOTTOM + 12), end_label, fill=INK, font=font)
    return _png(image)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
