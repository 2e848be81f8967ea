"""Reproducible training of the shipped moderation model (scikit-learn at training time only)."""
