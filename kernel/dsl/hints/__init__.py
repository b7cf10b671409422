"""Suggestions for what to write instead of what the DSL does not have, one module per concern."""

# Agents and people bring habits from HTML, React and other mockup tools: `url` for `src`, `content`
# for `text`, `width` on the element instead of in `layout`, `dropdown` for `select`, `h1` for a heading.
# Spelling distance cannot connect those (it offered 'divider' for `div` and 'paragraph' for `graph`),
# so an unknown name gets one of these hints first, and only then a did-you-mean.
