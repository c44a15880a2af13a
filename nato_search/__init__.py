"""nato-search: find what was said, by whom and when, in a folder of news articles."""

__version__ = "0.1.0"
