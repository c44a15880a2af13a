"""Allow `python -m nato_search`."""

from nato_search.cli import main

if __name__ == "__main__":
    main()
