"""The box an SVG path's drawing fills (its `d` read as a browser reads it), to size a glyph by its ink.

A brand logo's file gives it a canvas (Font Awesome's 512 units high) that its ink fills more or
less of: WhatsApp's disc leaves 32 units above and below, GitHub's fills it. To look as large as
Lucide's icons beside them, logos are scaled by the ink itself, which this module measures:
lines by their ends, curves by their ends and turning points, arcs by points along them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

Point = tuple[float, float]
Bounds = tuple[float, float, float, float]
"""left, top, right, bottom."""

_FLAG = re.compile(r"\s*,?\s*([01])")
_NUMBER = re.compile(r"\s*,?\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")
_COMMAND = re.compile(r"\s*,?\s*([MmLlHhVvCcSsQqTtAaZz])")
_ARGUMENTS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}
ARC_STEPS = 64
"""Points measured along each arc: the box is off by at most 0.12% of its radius."""


def path_bounds(d: str) -> Bounds | None:
    """The box of the ink of path data `d`, or None when it draws nothing this module reads."""
    xs: list[float] = []
    ys: list[float] = []
    for x, y in _points(d):
        xs.append(x)
        ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def _commands(d: str) -> Iterator[tuple[str, list[float]]]:
    """Each command with its numbers, a repeated command split into one per set of numbers (a
    moveto's extra pairs are linetos). Arc flags are read as one digit each, as browsers read
    `a1 1 0 011 1`; reading stops at the first thing out of place (data that does not begin with
    a moveto draws nothing), as a browser's does."""
    position, command = 0, ""
    while True:
        found = _COMMAND.match(d, position)
        if found is not None:
            if not command and found.group(1) not in "Mm":
                return  # path data begins with a moveto, or draws nothing
            command, position = found.group(1), found.end()
        elif not command or command in "Zz" or _NUMBER.match(d, position) is None:
            return
        count = _ARGUMENTS[command.upper()]
        numbers: list[float] = []
        for index in range(count):
            flag = command in "Aa" and index in (3, 4)
            read = (_FLAG if flag else _NUMBER).match(d, position)
            if read is None:
                return
            numbers.append(float(read.group(1)))
            position = read.end()
        yield command, numbers
        if command == "M":
            command = "L"
        elif command == "m":
            command = "l"


def _points(d: str) -> Iterator[Point]:
    """The points that bound the drawing: every segment's ends, and a curve's extremes."""
    x = y = start_x = start_y = 0.0
    control: Point | None = None  # the last curve's second control point, for S and T
    last = ""
    for command, numbers in _commands(d):
        upper = command.upper()
        relative = command != upper
        ox, oy = (x, y) if relative else (0.0, 0.0)
        if upper == "Z":
            x, y = start_x, start_y
        elif upper == "M":
            x, y = ox + numbers[0], oy + numbers[1]
            start_x, start_y = x, y
            yield x, y
        elif upper == "L":
            x, y = ox + numbers[0], oy + numbers[1]
            yield x, y
        elif upper == "H":
            x = (x if relative else 0.0) + numbers[0]
            yield x, y
        elif upper == "V":
            y = (y if relative else 0.0) + numbers[0]
            yield x, y
        elif upper in "CS":
            if upper == "C":
                c1 = (ox + numbers[0], oy + numbers[1])
                rest = numbers[2:]
            else:
                c1 = _reflected(control, (x, y)) if last in "CS" else (x, y)
                rest = numbers
            c2 = (ox + rest[0], oy + rest[1])
            end = (ox + rest[2], oy + rest[3])
            yield from _cubic_extremes((x, y), c1, c2, end)
            control, (x, y) = c2, end
        elif upper in "QT":
            if upper == "Q":
                c = (ox + numbers[0], oy + numbers[1])
                end = (ox + numbers[2], oy + numbers[3])
            else:
                c = _reflected(control, (x, y)) if last in "QT" else (x, y)
                end = (ox + numbers[0], oy + numbers[1])
            yield from _quadratic_extremes((x, y), c, end)
            control, (x, y) = c, end
        else:  # A
            end = (ox + numbers[5], oy + numbers[6])
            yield from _arc_points((x, y), numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], end)
            x, y = end
        last = upper


def _reflected(control: Point | None, about: Point) -> Point:
    if control is None:
        return about
    return 2 * about[0] - control[0], 2 * about[1] - control[1]


def _cubic_extremes(p0: Point, p1: Point, p2: Point, p3: Point) -> Iterator[Point]:
    """The curve's end and the points where it turns in x or in y."""
    yield p3
    for axis in (0, 1):
        a = -p0[axis] + 3 * p1[axis] - 3 * p2[axis] + p3[axis]
        b = 2 * (p0[axis] - 2 * p1[axis] + p2[axis])
        c = p1[axis] - p0[axis]
        for t in _roots(a, b, c):
            yield _cubic_at(p0, p1, p2, p3, t)


def _roots(a: float, b: float, c: float) -> list[float]:
    """The roots in (0, 1) of a t^2 + b t + c (the derivative of a curve, over 3)."""
    if abs(a) < 1e-12:
        return [-c / b] if abs(b) > 1e-12 and 0 < -c / b < 1 else []
    disc = b * b - 4 * a * c
    if disc < 0:
        return []
    root = math.sqrt(disc)
    return [t for t in ((-b + root) / (2 * a), (-b - root) / (2 * a)) if 0 < t < 1]


def _cubic_at(p0: Point, p1: Point, p2: Point, p3: Point, t: float) -> Point:
    u = 1 - t
    weights = (u**3, 3 * u * u * t, 3 * u * t * t, t**3)
    points = (p0, p1, p2, p3)
    return (
        sum(w * p[0] for w, p in zip(weights, points, strict=True)),
        sum(w * p[1] for w, p in zip(weights, points, strict=True)),
    )


def _quadratic_extremes(p0: Point, p1: Point, p2: Point) -> Iterator[Point]:
    yield p2
    for axis in (0, 1):
        denominator = p0[axis] - 2 * p1[axis] + p2[axis]
        if abs(denominator) > 1e-12:
            t = (p0[axis] - p1[axis]) / denominator
            if 0 < t < 1:
                u = 1 - t
                yield (
                    u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
                    u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
                )


def _arc_points(
    start: Point, rx: float, ry: float, rotation: float, large: float, sweep: float, end: Point
) -> Iterator[Point]:
    """Points along an elliptical arc, by the endpoint-to-centre conversion of SVG's appendix
    (radii too small for the ends are scaled up, as browsers do; a zero radius is a line)."""
    rx, ry = abs(rx), abs(ry)
    if start == end:
        return
    if rx == 0 or ry == 0:
        yield end
        return
    phi = math.radians(rotation % 360)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    dx, dy = (start[0] - end[0]) / 2, (start[1] - end[1]) / 2
    x1 = cos_phi * dx + sin_phi * dy
    y1 = -sin_phi * dx + cos_phi * dy
    scale = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry)
    if scale > 1:
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1
    denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1
    factor = math.sqrt(max(0.0, numerator / denominator)) if denominator else 0.0
    if bool(large) == bool(sweep):
        factor = -factor
    cx1, cy1 = factor * rx * y1 / ry, -factor * ry * x1 / rx
    cx = cos_phi * cx1 - sin_phi * cy1 + (start[0] + end[0]) / 2
    cy = sin_phi * cx1 + cos_phi * cy1 + (start[1] + end[1]) / 2
    theta = math.atan2((y1 - cy1) / ry, (x1 - cx1) / rx)
    delta = math.atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx) - theta
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    for step in range(1, ARC_STEPS + 1):
        angle = theta + delta * step / ARC_STEPS
        ex, ey = rx * math.cos(angle), ry * math.sin(angle)
        yield cos_phi * ex - sin_phi * ey + cx, sin_phi * ex + cos_phi * ey + cy
