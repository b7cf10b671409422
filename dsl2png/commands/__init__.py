"""What the CLI's commands do, a module per command or concern; cli.py parses arguments and calls them."""
