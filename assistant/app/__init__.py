"""The Textual TUI: `assistant` with no command."""
