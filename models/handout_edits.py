"""A commune's own wording of the handouts: edit, reset, export and import the step texts.

The bundled file of a procedure (models.handout_texts) is the default; an edit saved here wins
over it on every desk. Each change is audited with the text before and after, so a wrong edit can
be undone by hand. Import is all or nothing, like the import of records.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from models import audit
from models.access import Actor, Permission, require
from models.db import Database
from models.entities import HandoutTextEdit, Procedure
from models.handout_texts import (
    HandoutText,
    HandoutTextError,
    handout_data,
    handout_json,
    load_handout_text,
    parse_handout_text,
)
from models.text import excerpt


def current_text(db: Database, code: str) -> HandoutText:
    """The text printed for ``code``: the commune's edit, else the bundled file."""
    with db.reading() as session:
        edit = session.get(HandoutTextEdit, code)
        content = None if edit is None else edit.content
    if content is None:
        return load_handout_text(code)
    return parse_handout_text(json.loads(content), expected_code=code)


def bundled_text(code: str) -> HandoutText | None:
    """The text shipped with the app for ``code``, or ``None``."""
    try:
        return load_handout_text(code)
    except HandoutTextError:
        return None


def edited_codes(db: Database) -> set[str]:
    """The procedures whose handout the commune has reworded."""
    with db.reading() as session:
        return set(session.scalars(select(HandoutTextEdit.procedure_code)))


def _known_codes(db: Database) -> set[str]:
    with db.reading() as session:
        return set(session.scalars(select(Procedure.code)))


def save_text(db: Database, text: HandoutText, *, actor: Actor) -> bool:
    """Store ``text`` as the commune's wording; the bundled wording removes the edit.

    Returns False when nothing changed. Raises HandoutTextError for a procedure that is not in the
    catalog.
    """
    require(db, actor, Permission.EDIT_CATALOG)
    if text.code not in _known_codes(db):
        raise HandoutTextError(f"Không có thủ tục mã «{excerpt(text.code)}» trong danh mục.")
    return _store(db, [text], actor=actor.name, action="edit") == 1


def reset_text(db: Database, code: str, *, actor: Actor) -> bool:
    """Go back to the bundled wording of ``code``; False when it was not edited."""
    require(db, actor, Permission.EDIT_CATALOG)
    bundled = bundled_text(code)
    if bundled is None:
        raise HandoutTextError(f"Chưa có tờ hướng dẫn gốc cho thủ tục {code}.")
    return _store(db, [bundled], actor=actor.name, action="reset") == 1


def _store(db: Database, texts: Iterable[HandoutText], *, actor: str, action: str) -> int:
    """Write ``texts`` in one transaction, each audited; return how many changed."""
    changed = 0
    now = datetime.now(UTC)
    with db.transaction() as session:
        for text in texts:
            edit = session.get(HandoutTextEdit, text.code)
            before = json.loads(edit.content) if edit is not None else _bundled_data(text.code)
            after = handout_data(text)
            if before == after:
                continue
            if after == _bundled_data(text.code):
                if edit is not None:
                    session.delete(edit)
            elif edit is None:
                content = json.dumps(after, ensure_ascii=False)
                session.add(
                    HandoutTextEdit(
                        procedure_code=text.code, content=content, updated_at=now, updated_by=actor
                    )
                )
            else:
                edit.content = json.dumps(after, ensure_ascii=False)
                edit.updated_at, edit.updated_by = now, actor
            audit.record(
                session,
                actor=actor,
                action=action,
                entity="handout_text",
                entity_id=text.code,
                before=before,
                after=after,
            )
            changed += 1
    return changed


def _bundled_data(code: str) -> dict[str, object] | None:
    bundled = bundled_text(code)
    return None if bundled is None else handout_data(bundled)


def export_texts(db: Database, folder: Path) -> list[Path]:
    """Write the printed text of every catalog procedure as ``<code>.json`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for code in sorted(_known_codes(db)):
        try:
            text = current_text(db, code)
        except HandoutTextError:
            continue  # no text for it yet: nothing to hand to another commune
        path = folder / f"{code}.json"
        path.write_text(handout_json(text), encoding="utf-8")
        written.append(path)
    return written


@dataclass
class TextImport:
    """What an import found: the texts it read, how many changed, and every problem by file."""

    texts: list[HandoutText] = field(default_factory=list)
    changed: int = 0
    problems: list[str] = field(default_factory=list)


def json_files(paths: Iterable[Path]) -> list[Path]:
    """The ``.json`` files named, folders opened one level deep, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == ".json"))
        else:
            files.append(path)
    return files


def read_text_files(db: Database, paths: Iterable[Path]) -> TextImport:
    """Read and check handout files without saving anything; problems name the file."""
    result = TextImport()
    known = _known_codes(db)
    seen: dict[str, str] = {}
    files = json_files(paths)
    if not files:
        result.problems.append("Không thấy tệp .json nào để nhập.")
    for path in files:
        try:
            data: object = json.loads(path.read_text(encoding="utf-8-sig"))
            text = parse_handout_text(data)
        except (OSError, UnicodeDecodeError) as error:
            result.problems.append(f"{path.name}: không đọc được tệp ({error.__class__.__name__}).")
            continue
        except json.JSONDecodeError as error:
            result.problems.append(
                f"{path.name}: lỗi JSON ở dòng {error.lineno}, cột {error.colno}."
            )
            continue
        except (ValueError, RecursionError):  # Python's limits: a huge number, a deep nesting
            result.problems.append(f"{path.name}: JSON có số quá dài hoặc lồng nhau quá sâu.")
            continue
        except HandoutTextError as error:
            result.problems.append(f"{path.name}: {error}")
            continue
        if text.code not in known:
            result.problems.append(
                f"{path.name}: không có thủ tục mã «{text.code}» trong danh mục."
            )
        elif text.code in seen:
            result.problems.append(
                f"{path.name}: thủ tục {text.code} đã có trong {seen[text.code]}."
            )
        else:
            seen[text.code] = path.name
            result.texts.append(text)
    return result


def import_texts(db: Database, paths: Iterable[Path], *, actor: Actor) -> TextImport:
    """Check every file, then save all of them or, if any has a problem, none."""
    require(db, actor, Permission.EDIT_CATALOG)
    result = read_text_files(db, paths)
    if not result.problems:
        result.changed = _store(db, result.texts, actor=actor.name, action="import")
    return result
