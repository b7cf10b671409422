"""The DSL v1 document model (pydantic); the published JSON Schema is generated from it.

One module per part of a document (`document`, `element`, `theme`, `layout`, `entries`,
`tables`, `charts`, `calendars`, `maps`, `styles`), on a shared base (`strict`) and word readers
(`words`, `spellings`); `earlier_format` reads the earlier format's fields. The models and the
types their fields hold are re-exported here, the package's public API; helpers and constants
are imported from their module. Each module imports at run time every name its fields'
annotations name (never under TYPE_CHECKING): pydantic resolves them in the module's globals.
"""

from kernel.dsl.model.calendars import CalendarEvent, DateSpan
from kernel.dsl.model.charts import ChartData, Series
from kernel.dsl.model.document import Annotation, Document, Frame
from kernel.dsl.model.element import Element, TableCell
from kernel.dsl.model.entries import Action, AddOn, BadgeTag, EntryAvatar, Item, Option
from kernel.dsl.model.layout import Layout
from kernel.dsl.model.maps import MapMarker
from kernel.dsl.model.reference_lines import ReferenceLine
from kernel.dsl.model.styles import StyleValue
from kernel.dsl.model.tables import Column, TextCell
from kernel.dsl.model.theme import ThemeTokens
from kernel.dsl.model.words import Scalar

__all__ = [
    "Action",
    "AddOn",
    "Annotation",
    "BadgeTag",
    "CalendarEvent",
    "ChartData",
    "Column",
    "DateSpan",
    "Document",
    "Element",
    "EntryAvatar",
    "Frame",
    "Item",
    "Layout",
    "MapMarker",
    "Option",
    "ReferenceLine",
    "Scalar",
    "Series",
    "StyleValue",
    "TableCell",
    "TextCell",
    "ThemeTokens",
]
