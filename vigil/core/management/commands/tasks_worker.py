"""Run the task worker that the configured task backend needs (``make serve`` starts it).

Tasks go wherever ``TASKS["default"]`` sends them: to the database (django-tasks-db,
whose worker is ``db_worker``) or to Redis (django-tasks-rq, whose worker is django-rq's
``rqworker`` with the ``django_tasks_rq.Job`` class and RQ's scheduler for deferred
tasks). Starting the other backend's worker runs nothing, so this command reads the
setting and runs the right one; a backend that runs tasks in the request needs none.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_rq.management.commands.rqworker import Command as RQWorker
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorker

DATABASE = "django_tasks_db.DatabaseBackend"
RQ = "django_tasks_rq.RQBackend"
IN_REQUEST = {
    "django.tasks.backends.immediate.ImmediateBackend",
    "django.tasks.backends.dummy.DummyBackend",
}
RQ_JOB_CLASS = "django_tasks_rq.Job"


def _config(alias: str) -> dict[str, Any]:
    tasks: dict[str, Any] = settings.TASKS
    try:
        return dict(tasks[alias])
    except KeyError:
        raise CommandError(f"No task backend {alias!r} in settings.TASKS.") from None


def backend_path(alias: str = "default") -> str:
    """The dotted path of the task backend configured under ``alias``."""
    return str(_config(alias)["BACKEND"])


def queue_names(alias: str = "default") -> list[str]:
    return list(_config(alias).get("QUEUES") or ["default"])


class Command(BaseCommand):
    help = (
        "Run the worker of the configured task backend: db_worker for the database "
        "backend, rqworker for RQ; nothing for a backend that runs tasks in the request."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--burst", action="store_true", help="Run the tasks waiting now, then exit."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = backend_path()
        queues = queue_names()
        burst = options["burst"]
        verbosity = options["verbosity"]
        if path == DATABASE:
            self.stdout.write(f"Database task worker on queues {', '.join(queues)}")
            self._database(queues, burst=burst, verbosity=verbosity)
        elif path == RQ:
            self.stdout.write(f"RQ task worker on queues {', '.join(queues)}")
            self._rq(queues, burst=burst, verbosity=verbosity)
        elif path in IN_REQUEST:
            self.stdout.write(f"Tasks run in the request ({path}): no worker is needed.")
        else:
            raise CommandError(f"No worker known for the task backend {path!r}.")

    def _database(self, queues: list[str], *, burst: bool, verbosity: int) -> None:
        options: dict[str, Any] = {"queue_name": ",".join(queues), "verbosity": verbosity}
        if burst:
            options |= {"batch": True, "startup_delay": False, "reload": False}
        call_command(DatabaseWorker(), **options)

    def _rq(self, queues: list[str], *, burst: bool, verbosity: int) -> None:
        call_command(
            RQWorker(), *queues, job_class=RQ_JOB_CLASS, with_scheduler=True,
            burst=burst, verbosity=verbosity,
        )  # fmt: skip
