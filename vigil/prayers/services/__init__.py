"""Every state change of walls and prayers, one module per use case.

``common`` (errors, retries), ``screening`` (what moderation is told), ``lifecycle``
(the one function that sets a prayer's status, and the deep moderation stage),
``submission``, ``authors`` (the private link: edit, delete), ``reactions``,
``reports``, ``subscriptions``, ``my_data`` and ``retention``. Each task lives next
to the service it runs. Callers import the module they need.
"""
