"""Hits -> an extractive answer: intent templates filled only with text from the cited passages."""
