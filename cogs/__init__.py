"""Discord adapters: each cog parses an interaction, asks the core, and renders the answer."""
