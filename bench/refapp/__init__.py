"""The reference: a minimal Django site of 50 comments, served beside Vigil in the benchmark.

Stock Django only: a model, a template, a page uncached and the same page under
``cache_page`` (the stock local-memory cache), and a form that inserts a comment
(CSRF on, as any Django form). ``bench/run.py`` serves it with the same app server
and settings as Vigil.
"""
