"""``demo``: fill the database with realistic synthetic visits, to try the app or benchmark it."""

from __future__ import annotations

import argparse

from cli.context import CommandContext
from models.demo import DEFAULT_PER_DAY_MEAN, MAX_DAYS, DemoRefused, DemoSummary, generate_demo
from models.validation import format_date


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"số ngày phải là số nguyên từ 1 đến {MAX_DAYS}")
    return value


def _mean(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 500:
        raise argparse.ArgumentTypeError("số lượt trung bình mỗi ngày phải lớn hơn 0, tối đa 500")
    return value


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``demo`` command."""
    parser = commands.add_parser(
        "demo", help="thêm lượt hỗ trợ mẫu (dữ liệu giả) để dùng thử hoặc đo tốc độ"
    )
    parser.add_argument(
        "--days", type=_days, required=True, metavar="N",
        help="số ngày, ngày cuối là hôm nay",
    )  # fmt: skip
    parser.add_argument(
        "--seed", type=int, metavar="S", help="hạt giống ngẫu nhiên: cùng hạt giống, cùng dữ liệu"
    )
    parser.add_argument(
        "--per-day-mean", type=_mean, default=DEFAULT_PER_DAY_MEAN, metavar="M",
        help=f"số lượt trung bình một ngày làm việc (mặc định {DEFAULT_PER_DAY_MEAN:g})",
    )  # fmt: skip
    parser.add_argument(
        "--append", action="store_true",
        help="vẫn thêm khi cơ sở dữ liệu đã có lượt hỗ trợ (số liệu mẫu sẽ lẫn vào số liệu thật)",
    )  # fmt: skip
    parser.set_defaults(handler=run)


def _number(value: int) -> str:
    """1.234: the Vietnamese thousands separator."""
    return f"{value:,}".replace(",", ".")


def describe(summary: DemoSummary) -> list[str]:
    """The Vietnamese summary printed after a demo run."""
    return [
        f"Đã thêm {_number(summary.visits)} lượt hỗ trợ mẫu trong "
        f"{_number(summary.days_with_visits)} ngày làm việc, từ "
        f"{format_date(summary.first_day)} đến {format_date(summary.last_day)}.",
        f"Đã nộp: {_number(summary.submitted)} (trực tuyến: "
        f"{_number(summary.online_submissions)}); chưa hoàn thành: "
        f"{_number(summary.not_completed)}.",
        f"Hạt giống: {summary.seed} (chạy lại với --seed {summary.seed} để có cùng dữ liệu).",
    ]


def run(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Generate the visits and print how many were added."""
    try:
        summary = generate_demo(
            ctx.db,
            days=args.days,
            seed=args.seed,
            per_day_mean=args.per_day_mean,
            actor=f"demo/{ctx.actor}",
            allow_existing=args.append,
        )
    except DemoRefused as exc:
        print(exc.message, file=ctx.err)
        return 1
    for line in describe(summary):
        print(line, file=ctx.out)
    return 0
