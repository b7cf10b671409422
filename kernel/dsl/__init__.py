"""The mockup DSL: document model, parsing and validation, and the HTML compiler."""
