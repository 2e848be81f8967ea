"""Training of the contextual (transformer) classifier: data, generators, fine-tuning, export.

Runs in its own environment (``.venv-train``, made by ``make train-moderation``)
because it needs torch and transformers, which the served site never imports.
"""
