"""The projector: builds the read models (job status, counts per status) from the event store."""
