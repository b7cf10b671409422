"""The warnings a render gives after measuring what it drew, one module per concern."""

# Only the renderer knows how large flowed content turns out (text wraps, tables grow, a row of
# fixed-width cards does not fit), so these are warnings given after the render, not by the
# validator: content cut off at the canvas's edges or a box's, boxes too small for what they
# hold, texts ended in an ellipsis. Each is imported from its own module, by name.
