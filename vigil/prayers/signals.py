"""``wall_changed(wall_id=...)`` is sent after a commit that changes what a wall shows,
so page caches of the pages carrying it can be invalidated."""

from django.dispatch import Signal

wall_changed = Signal()
