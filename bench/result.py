"""One benchmark figure: what was measured, against which target, and whether it holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Figure:
    """A measured figure; ``at_most`` False means the target is a floor (visits per second)."""

    key: str
    title: str
    measured: float
    target: float
    unit: str
    at_most: bool = True
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        """True when the target holds."""
        return self.measured <= self.target if self.at_most else self.measured >= self.target

    def shown(self, value: float) -> str:
        """A value with its unit, as the table prints it."""
        if self.unit == "×":
            return f"{value:.2f}×"
        if self.unit == "visits/s":
            return f"{value:,.0f} visits/s"
        return f"{value:,.1f} {self.unit}" if value < 100 else f"{value:,.0f} {self.unit}"

    def as_json(self) -> dict[str, Any]:
        """The figure as written to the results file."""
        return {
            "key": self.key,
            "title": self.title,
            "measured": round(self.measured, 4),
            "target": self.target,
            "unit": self.unit,
            "target_is": "at most" if self.at_most else "at least",
            "passed": self.passed,
            "details": self.details,
        }


def median(values: list[float]) -> float:
    """The middle value (the mean of the two middle ones for an even count)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the values lie (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]
