"""Draw the app's icon (a white door on the commune-blue tile: "một cửa", one door).

    python tools/make_icon.py

writes resources/icons/motcua.png (256 px, the window icon) and resources/icons/motcua.ico
(16 to 256 px, the Windows executable and installer). Drawn here so that nothing is downloaded
and the icon can be changed in code review.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
BLUE = (31, 95, 168, 255)  # the stylesheet's primary colour
AMBER = (240, 160, 0, 255)
WHITE = (255, 255, 255, 255)
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int = 256) -> Image.Image:
    """The icon at ``size`` pixels, drawn at 4× and scaled down for smooth edges."""
    big = size * 4
    unit = big / 16
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=round(3 * unit), fill=BLUE)
    # An open door: its frame, and the leaf swung towards the viewer.
    pen.rectangle((4.5 * unit, 2.5 * unit, 11.5 * unit, 14 * unit), fill=WHITE)
    pen.rectangle((5.5 * unit, 3.5 * unit, 10.5 * unit, 14 * unit), fill=BLUE)
    pen.polygon(
        [(5.5 * unit, 3.5 * unit), (9.5 * unit, 2.2 * unit), (9.5 * unit, 15 * unit),
         (5.5 * unit, 14 * unit)],
        fill=WHITE,
    )  # fmt: skip
    knob = (8.2 * unit, 8.6 * unit, 9.0 * unit, 9.4 * unit)
    pen.ellipse(knob, fill=AMBER)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(ICONS / "motcua.png")
    draw(256).save(ICONS / "motcua.ico", sizes=[(s, s) for s in SIZES])
    return 0


if __name__ == "__main__":
    sys.exit(main())
