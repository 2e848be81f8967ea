"""``manage.py tasks_worker`` runs the worker of whichever task backend is configured,
so a task enqueued by the site is really run (``make serve`` starts this command)."""

from __future__ import annotations

import os
import uuid
from io import StringIO

import pytest
from django.core.management import call_command, get_commands
from django.core.management.base import CommandError
from django.tasks import TaskResultStatus, task

from vigil.core.management.commands import tasks_worker

DATABASE_TASKS = {"default": {"BACKEND": tasks_worker.DATABASE, "QUEUES": ["default"]}}


@task()
def add(a: int, b: int) -> int:
    """A task the workers under test run."""
    return a + b


def test_the_makefile_starts_this_command():
    assert "tasks_worker" in get_commands()
    with open(os.path.join(os.path.dirname(__file__), "..", "..", "..", "Makefile")) as makefile:
        assert "manage.py tasks_worker" in makefile.read()


@pytest.mark.django_db(transaction=True)
def test_database_backend_runs_an_enqueued_task(settings):
    settings.TASKS = DATABASE_TASKS
    result = add.enqueue(2, 3)
    out = StringIO()
    call_command("tasks_worker", "--burst", stdout=out, verbosity=0)
    assert "Database task worker" in out.getvalue()
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 5


@pytest.mark.django_db(transaction=True)
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_rq_backend_runs_an_enqueued_task(settings):
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        pytest.skip("REDIS_URL is not set: the RQ worker needs Redis")
    queue = f"vigil-test-{uuid.uuid4().hex}"  # its own queue: no other worker takes the job
    settings.TASKS = {"default": {"BACKEND": tasks_worker.RQ, "QUEUES": [queue]}}
    settings.RQ_QUEUES = {"default": {"URL": redis_url}, queue: {"URL": redis_url}}
    result = add.using(queue_name=queue).enqueue(4, 5)
    out = StringIO()
    call_command("tasks_worker", "--burst", stdout=out, verbosity=0)
    assert "RQ task worker" in out.getvalue()
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 9


def test_in_request_backend_needs_no_worker(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    out = StringIO()
    call_command("tasks_worker", "--burst", stdout=out)
    assert "no worker is needed" in out.getvalue()


def test_unknown_backend_is_a_clear_error(settings):
    settings.TASKS = {"default": {"BACKEND": "example.NoSuchBackend"}}
    with pytest.raises(CommandError, match="No worker known"):
        call_command("tasks_worker", "--burst")
