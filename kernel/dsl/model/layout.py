"""An element's `layout`: absolute placement and size bounds."""

from __future__ import annotations

from kernel.dsl.lengths import Offset, Size
from kernel.dsl.model.strict import StrictModel


class Layout(StrictModel):
    """Absolute placement inside the parent (the earlier format's model) and size bounds: a number
    is px ("240px" is read as 240), other units are strings ("50%", "12rem", "100vw")."""

    x: Offset | None = None
    y: Offset | None = None
    width: Size | None = None
    height: Size | None = None
    minWidth: Size | None = None
    maxWidth: Size | None = None
    minHeight: Size | None = None
    maxHeight: Size | None = None
