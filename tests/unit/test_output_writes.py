"""write_output writes each image whole under a hidden name of its own, then renames it over its
target: a batch writes several images into one folder at once, from threads."""

from __future__ import annotations

import os
import stat
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from dsl2png.commands.outputs import write_output


def test_images_written_into_one_folder_at_once_each_end_with_their_own_bytes(tmp_path: Path) -> None:
    """With one hidden name a process (its pid), one write's bytes were renamed over another's
    target, or its rename failed: a batch's first image went missing."""
    count = 48
    start = threading.Barrier(count)

    def write(index: int) -> None:
        start.wait()
        write_output(tmp_path / f"s{index:03}.png", f"image {index}".encode() * 5000)

    with ThreadPoolExecutor(count) as pool:
        list(pool.map(write, range(count)))
    for index in range(count):
        assert (tmp_path / f"s{index:03}.png").read_bytes() == f"image {index}".encode() * 5000
    assert sorted(path.name for path in tmp_path.iterdir()) == [f"s{index:03}.png" for index in range(count)]


def test_an_image_is_created_as_any_file_is_and_replaces_the_last_one(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    write_output(target, b"old")
    write_output(target, b"new")
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert [path.name for path in tmp_path.iterdir()] == ["shot.png"]


def test_a_target_name_at_the_file_systems_limit_is_written(tmp_path: Path) -> None:
    target = tmp_path / ("x" * 251 + ".png")  # 255 bytes: the hidden name must not grow from it
    write_output(target, b"png")
    assert target.read_bytes() == b"png"
