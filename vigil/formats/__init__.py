"""Vigil's own date formats for a language, where they differ from Django's (see
``FORMAT_MODULE_PATH``); every other format is Django's for that language."""
