"""The query side: render status, images, listings, audit trail and health, read-only."""
