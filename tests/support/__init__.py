"""Helpers shared by tests of several kinds (integration, e2e)."""
