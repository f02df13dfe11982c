"""Guides on disk -> passages. Pure: a parser per layout, one chunker for all.

`loader` reads guides and `files` finds them (modules are imported by name: `ask` needs only `files`).
"""
