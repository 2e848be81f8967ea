"""Settings for the test suite: the real settings, with tasks run inside the request
so their effects can be asserted directly (``TASKS_BACKEND`` still overrides)."""

import os

from vigil.settings import *  # noqa: F403
from vigil.settings import _TASK_BACKENDS

TASKS = {"default": _TASK_BACKENDS[os.environ.get("TASKS_BACKEND", "immediate")]}
