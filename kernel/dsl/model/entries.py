"""The entries elements list: items (nav, menus, lists...), actions, options, an input's add-ons
and a card's badge with its tone."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from kernel.dsl.model.spellings import ICON_SIDES, VariantWord, css_words, lower_word
from kernel.dsl.model.strict import StrictModel
from kernel.dsl.model.words import IconName, Text, Words
from kernel.dsl.sizes import size_word


def _size_as_word(value: Any) -> Any:
    """A size written in other libraries' words or case (`Small`, `large`) as the DSL's (`sm`,
    `lg`); anything else as it is, for the schema to judge."""
    word = size_word(value)
    return word if word is not None else value


def _item_schema(schema: dict[str, Any]) -> None:
    """The published schema of an entry, with the `name` an avatar group's face is written with
    (read as its `label`: see `Element._avatar_names_as_labels`)."""
    schema.setdefault("properties", {})["name"] = {
        "type": "string",
        "description": "An avatar group's face: the person's name, read as its label (other entries: label).",
    }


class EntryAvatar(StrictModel):
    """A list row's face written as an object: whose it is, a picture, a status dot."""

    name: Text | None = Field(
        default=None,
        description="The person's name, drawn as initials (default: the row's label).",
    )
    src: str | None = Field(
        default=None,
        description="A picture (a data: URI; other addresses draw the initials), in the round face.",
    )
    status: str | None = Field(
        default=None,
        description="A status dot on the face: online, away, busy or offline.",
    )


class Item(StrictModel):
    """An entry of a nav bar, sidebar, menu, tabs, breadcrumb, list, stepper or an action button."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, json_schema_extra=_item_schema)

    type: Literal["button", "link"] | None = Field(
        default=None,
        description="What the item is drawn as anyway; accepted so that an action written as a "
        "button element (`{type: button, text: Save}`) reads as one. Changes nothing.",
    )
    label: Text | None = None
    text: Text | None = None
    description: Text | None = None
    icon: IconName = None
    href: str | None = None
    badge: str | int | None = None
    value: Words = None
    variant: VariantWord = None
    shortcut: Text | None = None
    avatar: Text | EntryAvatar | None = Field(
        default=None,
        description="A list row's face at its start, in place of an icon (a chat's or a contact's): "
        'a name drawn as its initials (`avatar: "Maya Chen"`), a data: URI picture, or '
        "{name, src, status}.",
    )
    iconPosition: Annotated[Literal["start", "end"] | None, css_words(ICON_SIDES)] = Field(
        default=None,
        description="The icon's side: start (the default) or end (an action's 'See all ->', a list row's chevron).",
    )
    indent: Annotated[int, Field(ge=0, le=4)] | None = Field(
        default=None,
        description="A sidebar item's depth in a tree (0-4), each level 20 px in: a page under its parent in a "
        "page tree. Two leading spaces in the label say the same. In a bullet or numbered list, the item's "
        "nesting level: a sub-list under the item above it, its own bullets and numbering.",
    )
    size: Annotated[Literal["sm", "md", "lg"] | None, BeforeValidator(_size_as_word)] = Field(
        default=None,
        description="An action button's size: sm, md or lg (default the size its element draws actions at).",
    )
    active: bool = False
    disabled: bool = False


class Action(Item):
    """An entry of `actions`: an item drawn as a button, which may carry the button's `id`."""

    id: str | None = Field(
        default=None,
        description="The button's id in the page: an annotation's `target` can name it, as a '#id' rule in css can.",
    )


class Option(StrictModel):
    """A choice in a select or radio group."""

    label: Text
    value: Words = None
    disabled: bool = False
    description: Text | None = None
    """A line under a radio option's label (a delivery option's "3-5 business days")."""
    variant: Annotated[Literal["success", "danger"] | None, BeforeValidator(lower_word)] = Field(
        default=None,
        description="A radio option's review tone, as a marked quiz shows its answers: success (the right "
        "answer) or danger (a wrong one chosen), drawn in that colour with a check or a cross at its end.",
    )


class AddOn(StrictModel):
    """An input's add-on written as an object: an icon asked for by name (`{icon: users}`, which a
    plain `users` is not: a word is drawn as the word), words, or both."""

    icon: str | None = Field(default=None, description="An icon's name drawn in the add-on: `{icon: users}`.")
    text: Text | None = Field(
        default=None, description="Words drawn in the add-on, after its icon when both are given."
    )

    @model_validator(mode="after")
    def _draws_something(self) -> AddOn:
        if not (self.icon or self.text):
            raise PydanticCustomError(
                "empty_addon",
                "an add-on object draws its 'icon' or its 'text' and has neither: write {icon: globe} "
                "for an icon, or the words themselves for words",
            )
        return self


class BadgeTag(StrictModel):
    """A card's badge written with its tone (`badge: {text: LIVE, variant: danger}`): the card's
    own `variant` tones the whole card, so the pill's tone is the badge's, as a badge element's
    is its `variant`."""

    text: str | int = Field(description="The pill's words (or count).")
    variant: VariantWord = Field(
        default=None,
        description="The pill's tone, as a badge element's: neutral, primary, success, warning, danger, "
        "info, outline or solid (default: a status word's tone, LIVE red and Active green, else primary).",
    )


def badge_words(badge: str | int | BadgeTag | None) -> str | int | None:
    """An element's `badge` as the words (or count) drawn, whether written alone or with its tone."""
    return badge.text if isinstance(badge, BadgeTag) else badge
