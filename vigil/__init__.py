"""Vigil: watch-list country profiles and moderated prayer walls."""
