"""Models live here as the app grows."""
