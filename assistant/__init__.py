"""Offline troubleshooting assistant for synthetic chemists: cited, extractive answers from lab guides."""

__version__ = "0.1.0"
