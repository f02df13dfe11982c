"""Build, store and load the search index (an atomic folder with a manifest written last)."""
