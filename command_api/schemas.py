"""Request bodies of the command API (v1 and the earlier project's routes)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from kernel.dsl.options import RenderOptions


class ValidateRequest(BaseModel):
    """`POST /v1/validate`."""

    model_config = ConfigDict(extra="forbid")

    dsl: dict[str, Any] | str
    strict: bool = False


class LegacyRenderOptions(BaseModel):
    """The earlier project's render options; unknown ones are accepted and ignored."""

    model_config = ConfigDict(extra="ignore")

    width: int | None = Field(default=None, ge=1, le=8000)
    height: int | None = Field(default=None, ge=1, le=8000)
    device_scale_factor: float | None = Field(default=None, ge=1, le=4)
    full_page: bool = False
    transparent_background: bool = False

    def to_options(self) -> RenderOptions:
        return RenderOptions(
            width=self.width,
            height=self.height,
            scale=self.device_scale_factor,
            full_page=self.full_page,
            transparent=self.transparent_background,
        )


class LegacyRenderRequest(BaseModel):
    """`POST /render` and `/render/async` of the earlier project."""

    model_config = ConfigDict(extra="ignore")

    dsl_content: str | dict[str, Any]
    options: LegacyRenderOptions = Field(default_factory=LegacyRenderOptions)


class LegacyValidateRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    dsl_content: str | dict[str, Any]
    strict: bool = False
