"""Render worker: the warm Chromium pool and the consumer that renders queued jobs with it."""
