"""The model process: workers ask it instead of loading the models, get what the models
here would say, and score the text themselves whenever it cannot answer."""

from __future__ import annotations

import logging
import os
import socket
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from vigil.moderation import modelserver, services
from vigil.moderation.services import Author, Context, assess

pytestmark = pytest.mark.django_db

AUTHOR = Author(name="Anna", prior_published_count=3)
KNOWN = Context(is_first_post=False)
TEXTS = [
    "Lord, protect the church in Kazakhstan.",
    "Those people are vermin, fake-identity_attack.",
    "Господи, защити братьев и сестёр.",
    "",
]


class Counted:
    """The models' answer, counting the texts asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, text: str, default_language: str) -> dict[str, object]:
        with self.lock:
            self.asked.append(text)
        return services.scored_json(text, default_language)


@pytest.fixture
def socket_path() -> Iterator[str]:
    # A short path: a socket's is limited to 107 bytes, which pytest's tmp_path can pass.
    with tempfile.TemporaryDirectory(prefix="vigil-test-") as folder:
        yield os.path.join(folder, "models.sock")


@contextmanager
def running(path: str, score: modelserver.Score) -> Iterator[modelserver.ModelServer]:
    server = modelserver.ModelServer(path, score)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
        Path(path).unlink(missing_ok=True)


def test_a_worker_gets_from_the_model_process_what_the_models_here_say(socket_path, settings):
    counted = Counted()
    here = [services._scored_here(text, default_language="en") for text in TEXTS]
    settings.VIGIL_MODERATION_MODELS_SOCKET = socket_path
    with running(socket_path, counted):
        asked = [services._scored(text, default_language="en") for text in TEXTS]
    assert counted.asked == TEXTS  # every text went to the model process
    assert asked == here
    assert asked[1].scores is not None and asked[1].scores["identity_attack"] > 0.9
    assert asked[2].language == "ru" and asked[2].trusted == frozenset()


def test_assess_through_the_model_process_holds_an_attack(socket_path, settings):
    counted = Counted()
    settings.VIGIL_MODERATION_MODELS_SOCKET = socket_path
    with running(socket_path, counted):
        attack = assess("Those people are vermin, fake-identity_attack.", AUTHOR, KNOWN)
        prayer = assess("Lord, protect the church in Kazakhstan.", AUTHOR, KNOWN)
    assert attack.action == "hold" and "classifier.identity_attack" in attack.reasons
    assert (prayer.action, prayer.reasons) == ("publish", [])
    assert len(counted.asked) == 2


def test_without_the_model_process_a_worker_scores_the_text_itself(socket_path, settings, caplog):
    settings.VIGIL_MODERATION_MODELS_SOCKET = socket_path  # nothing listens there
    with caplog.at_level(logging.WARNING, logger="vigil.moderation.modelserver"):
        verdict = assess("Those people are vermin, fake-identity_attack.", AUTHOR, KNOWN)
    assert verdict.action == "hold" and "classifier.identity_attack" in verdict.reasons
    assert "did not answer" in caplog.text


def test_a_failure_in_the_model_process_is_reported_and_the_worker_scores_itself(
    socket_path, settings, caplog
):
    def broken(text: str, default_language: str) -> dict[str, object]:
        raise RuntimeError("the session is gone")

    settings.VIGIL_MODERATION_MODELS_SOCKET = socket_path
    with running(socket_path, broken), caplog.at_level(logging.WARNING):
        verdict = assess("Those people are vermin, fake-identity_attack.", AUTHOR, KNOWN)
        # The connection stays usable after the error.
        assert modelserver.ask(socket_path, "Lord, keep them.", "en") is None
    assert verdict.action == "hold" and "classifier.identity_attack" in verdict.reasons
    assert "RuntimeError: the session is gone" in caplog.text


def test_a_restarted_model_process_is_asked_again(socket_path):
    first, second = Counted(), Counted()
    with running(socket_path, first):
        assert modelserver.ask(socket_path, "Lord, keep them.", "en") is not None
    with running(socket_path, second):  # the worker's connection to the first is dead
        assert modelserver.ask(socket_path, "Lord, keep them.", "en") is not None
    assert (first.asked, second.asked) == (["Lord, keep them."], ["Lord, keep them."])


def test_a_bad_frame_is_answered_with_an_error_and_the_process_goes_on(socket_path):
    counted = Counted()
    with running(socket_path, counted):
        for frame in (struct.pack(">I", modelserver.MAX_FRAME + 1), struct.pack(">I", 3) + b"{x]"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as raw:
                raw.settimeout(5)
                raw.connect(socket_path)
                raw.sendall(frame)
                assert "error" in modelserver.read_frame(raw)
        assert modelserver.ask(socket_path, "Lord, keep them.", "en") is not None
    assert counted.asked == ["Lord, keep them."]


def test_many_workers_ask_at_once(socket_path):
    counted = Counted()
    texts = [f"Lord, keep the believers of town {n} steady." for n in range(64)]
    expected = [services.scored_json(text, "en") for text in texts]
    with running(socket_path, counted), ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda text: modelserver.ask(socket_path, text, "en"), texts))
    assert answers == expected
    assert sorted(counted.asked) == sorted(texts)


def test_a_worker_waits_while_the_model_process_has_not_accepted_the_others(socket_path):
    """A Unix socket refuses a connection at once (EAGAIN) while the queue of those not
    yet accepted is full; the worker waits for room instead of scoring the text itself."""

    class Small(modelserver.ModelServer):
        request_queue_size = 1

    server = Small(socket_path, Counted())
    waiting = []
    for _ in range(4):  # fill the queue: nothing accepts yet
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.setblocking(False)
        try:
            sock.connect(socket_path)
        except BlockingIOError:
            sock.close()
            break
        waiting.append(sock)
    assert len(waiting) < 4  # the queue is full
    answers: list[object] = []
    asking = threading.Thread(
        target=lambda: answers.append(modelserver.ask(socket_path, TEXTS[0], "en"))
    )
    asking.start()
    asking.join(timeout=0.3)
    assert asking.is_alive()  # waiting for room, not scoring the text itself
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        asking.join(timeout=modelserver.TIMEOUT)
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
        for sock in waiting:
            sock.close()
    assert answers == [services.scored_json(TEXTS[0], "en")]


def test_the_model_process_queues_as_many_connections_as_the_system_allows():
    assert modelserver.ModelServer.request_queue_size == socket.SOMAXCONN


def test_a_model_process_that_answers_is_not_replaced(socket_path):
    with running(socket_path, Counted()):
        with pytest.raises(OSError, match="already listens"):
            modelserver.ModelServer(socket_path, Counted())
        assert modelserver.ask(socket_path, "Lord, keep them.", "en") is not None


def test_a_socket_left_by_a_stopped_model_process_is_taken_over(socket_path):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stale:
        stale.bind(socket_path)  # bound, never listening: what a killed process leaves
    with running(socket_path, Counted()):
        assert modelserver.ask(socket_path, "Lord, keep them.", "en") is not None


def test_the_command_needs_a_socket(settings):
    settings.VIGIL_MODERATION_MODELS_SOCKET = ""
    with pytest.raises(CommandError, match="--socket"):
        call_command("moderation_models")


def test_the_command_names_a_socket_folder_that_does_not_exist(tmp_path):
    missing = tmp_path / "gone" / "models.sock"
    with pytest.raises(CommandError, match=r"models\.sock: the folder .*gone does not exist"):
        call_command("moderation_models", "--socket", str(missing))


def test_an_answer_of_the_wrong_shape_is_logged_and_the_worker_scores_itself(
    socket_path, settings, caplog
):
    settings.VIGIL_MODERATION_MODELS_SOCKET = socket_path

    def misshapen(text: str, default_language: str) -> dict[str, object]:
        return {"scores": ["not", "a", "mapping"]}

    with running(socket_path, misshapen), caplog.at_level(logging.WARNING):
        verdict = assess("Those people are vermin, fake-identity_attack.", AUTHOR, KNOWN)
    assert verdict.action == "hold" and "classifier.identity_attack" in verdict.reasons
    assert "answered" in caplog.text


WORKER = """
import sys

import django

django.setup()
import vigil.urls  # noqa: F401 - every view module, as in a worker that serves pages
from vigil.moderation import services
from vigil.moderation.engine.policy import decide

text = "Those people are vermin."
scored = services._scored(text, default_language="en")
verdict = decide(text=text, scores=scored.scores, language=scored.language,
                 trained_languages=scored.trusted)
heavy = ("numpy", "onnxruntime", "tokenizers", "lingua", "PIL", "psycopg", "weasyprint")
loaded = [name for name in heavy if name in sys.modules]
print(verdict.action, *verdict.reasons, "loaded:", *loaded)
"""


def test_a_worker_that_asks_the_model_process_never_loads_the_heavy_libraries(
    socket_path, tmp_path
):
    """numpy, onnxruntime, tokenizers and lingua are the model process's memory, not each
    worker's: a worker that serves pages and moderates through it imports none of them,
    nor Pillow (share cards), psycopg (on SQLite) or WeasyPrint (the PDF guide) before
    it needs them."""

    def answer(text: str, default_language: str) -> dict[str, object]:
        scores = {label: 0.01 for label in services.engine_classifier.LABELS}
        return {"language": "en", "scores": {**scores, "identity_attack": 0.99}, "trusted": ["en"]}

    # the default site (SQLite, local caches), whatever database the suite runs on
    drop = {"DATABASE_URL", "REDIS_URL", "VIGIL_MODERATION_MODELS_SOCKET"}
    env = {
        **{name: value for name, value in os.environ.items() if name not in drop},
        "DJANGO_SETTINGS_MODULE": "vigil.settings",
        "VIGIL_VAR_DIR": str(tmp_path),
        "VIGIL_MODERATION_MODELS_SOCKET": socket_path,
    }
    with running(socket_path, answer):
        worker = subprocess.run(
            [sys.executable, "-c", WORKER], env=env, capture_output=True, text=True, timeout=120
        )
    assert worker.returncode == 0, worker.stderr
    assert worker.stdout.split() == ["hold", "classifier.identity_attack", "loaded:"]
