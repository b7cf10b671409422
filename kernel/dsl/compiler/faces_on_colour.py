"""How avatars are drawn on a coloured ground: solid light faces behind a white ring.

On a mid-tone ground (a purple-to-pink gradient page, an indigo band: `local_palette`'s
`has-mid-bg`) a face's tint was mixed over the ground's own surface, a purple a step off the
page: muddy discs that looked see-through, and a group's overlap ring in that surface colour
could not be seen against the gradient. There a face is drawn as on a light page (its tint over
white, its initials its colour darkened to read on that tint) and the ring between a group's
faces, and around a status dot, is white.
"""

from __future__ import annotations

from collections.abc import Mapping

from kernel.dsl.compiler.theme import avatar_inks

FACE_GROUND = "#ffffff"
"""What a face's tint is mixed over on a coloured ground, and the ring around it."""


def faces_on_colour(variables: Mapping[str, str]) -> dict[str, str]:
    """The variables (names without `--`) that draw faces on a coloured ground, for a palette of
    `variables` (its primary and chart colours are the faces' colours): `--avatar-ground` and
    `--avatar-ring` (the avatars' CSS falls back to the surface where they are not set) and
    each colour's initials as they read on its tint over white."""
    inks = avatar_inks({**variables, "surface": FACE_GROUND}, dark=False)
    return {"avatar-ground": FACE_GROUND, "avatar-ring": FACE_GROUND, **inks}
