"""`render_many` — many forms of one kind into one PDF, with progress and cancellation.

The batch print of tomorrow's blank visit forms (and any other batch) runs in a worker: it
reports `progress(done, total)` at each form boundary and checks `cancelled()` between forms,
raising RenderCancelled (an AppError with code "pdf.cancelled") so nothing half-made is kept.
When `out` is a path, the file is written atomically: a cancelled or failed batch leaves no file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

from desktop.errors import ValidationError
from desktop.pdf import blank_visit, certificate, client, monthly, national_visit, rota, visit
from desktop.pdf.blocks import Ctx
from desktop.pdf.data import PrintMeta
from desktop.pdf.page import Cancelled, FormKind, Progress, build_pdf, frame_width

StoryBuilder = Callable[[Any, Ctx, float], list[Flowable]]

# form key (as used by the CLI: `stationdesk pdf FORM`) -> (page kind, story builder)
FORMS: dict[str, tuple[FormKind, StoryBuilder]] = {
    module.KIND.key: (module.KIND, module.story)
    for module in (visit, national_visit, blank_visit, client, rota, certificate, monthly)
}


def render_many(
    form: str,
    items: Sequence[Any],
    *,
    meta: PrintMeta,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    out: str | os.PathLike[str] | None = None,
) -> bytes:
    """Render `items` (the dataclass of `form`) as consecutive forms of one PDF; return its bytes.

    Each form starts on a new page and numbers its own pages (第 x 页 / 共 y 页).
    """
    if form not in FORMS:
        raise ValidationError("pdf.unknown_form", "未知的表单类型。", field="form")
    kind, builder = FORMS[form]
    ctx = Ctx.of(meta)
    width = frame_width(kind)
    stories = [(lambda item=item: builder(item, ctx, width)) for item in items]
    pdf = build_pdf(stories, kind=kind, meta=meta, progress=progress, cancelled=cancelled)
    if out is not None:
        write_atomically(Path(out), pdf)
    return pdf


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename."""
    handle, temporary = tempfile.mkstemp(prefix=".stationdesk-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
