"""MCP adapter: lets AI agents validate, render and look at mockups over stdio or Streamable HTTP."""
