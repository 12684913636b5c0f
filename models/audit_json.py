"""A new visit's audit "after", written as ``json.dumps(..., ensure_ascii=False)`` writes it.

The encoder of the json module spends some ten microseconds on a visit's eighteen fields: a
second of an import of 100,000 visits. The keys are always the same, so the text is a template
filled with each value's own JSON (tests/models/test_audit_json.py: the same text, character for
character, as the encoder's).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

# What models.visits.snapshot records, in its order.
AFTER_KEYS = (
    "occurred_at", "citizen_name", "birth_year", "sex", "phone", "id_last4", "village_id",
    "ethnic_minority", "disability", "procedure_code", "assistance", "channel", "outcome",
    "dossier_code", "reason_code", "reason_text", "clerk_name", "note",
)  # fmt: skip

ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
_TEMPLATE = "{" + ", ".join(f"{encode_basestring(key)}: %s" for key in AFTER_KEYS) + "}"


def json_value(value: Any) -> str:
    """``value`` as :data:`ENCODER` writes it: the common kinds here, any other by the encoder."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is list:
        try:  # a list of texts (the assistance codes); encode_basestring refuses anything else
            return "[" + ", ".join(map(encode_basestring, value)) + "]"
        except TypeError:
            pass
    return ENCODER.encode(value)


def after_json(values: Sequence[Any]) -> str:
    """The JSON object of ``values``, one for each of :data:`AFTER_KEYS`, in that order."""
    return _TEMPLATE % tuple(map(json_value, values))
