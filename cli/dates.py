"""Dates on the command line: dd/mm/yyyy as people write them, or yyyy-mm-dd."""

from __future__ import annotations

import argparse
from datetime import date

from models.validation import Invalid, parse_date


def date_argument(text: str) -> date:
    """An argparse type: a date, or the Vietnamese message of why it is not one."""
    try:
        return parse_date(text)
    except Invalid as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc
