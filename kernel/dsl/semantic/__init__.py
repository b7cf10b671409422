"""The semantic pass: checks beyond the schema on raw document data, one module per concern."""

from kernel.dsl.semantic.findings import Findings
from kernel.dsl.semantic.run import check_semantics

__all__ = ["Findings", "check_semantics"]
