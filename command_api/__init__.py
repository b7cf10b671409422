"""The command side: accepts render requests and records them as events; hosts the relay."""
