"""A focused HTML check for the errors the W3C validator reported on our pages:
attributes HTML does not define (``hx-*``), ``datetime`` values it cannot parse
(microseconds), duplicate ids and landmarks of one kind sharing a name.

Not a full validator (the Nu checker needs Java and a download): it parses with
the standard library and checks those classes of error on every public page.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

DATETIME_RE = re.compile(
    r"^\d{4}-\d{2}(-\d{2})?$"  # a month or a date
    r"|^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$"
    r"|^\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$"
)
LANDMARKS = {"nav": "navigation", "aside": "complementary", "main": "main", "form": "form"}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.errors: list[str] = []
        self.ids: Counter[str] = Counter()
        self.landmarks: list[tuple[str, str, str]] = []  # role, aria-label, aria-labelledby
        self.texts: dict[str, list[str]] = {}
        self.open_ids: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in values:
            if name.startswith("hx-"):
                self.errors.append(f"<{tag}> has the unknown attribute {name} (use data-{name})")
        if tag == "time" and "datetime" in values and not DATETIME_RE.match(values["datetime"]):
            self.errors.append(f"<time datetime={values['datetime']!r}> is not a valid date")
        if values.get("id"):
            self.ids[values["id"]] += 1
            self.texts[values["id"]] = []
            self.open_ids.append((tag, values["id"]))
        role = values.get("role") or LANDMARKS.get(tag, "")
        if tag == "section" and ("aria-label" in values or "aria-labelledby" in values):
            role = role or "region"
        if role in {"navigation", "complementary", "region", "form", "search"}:
            self.landmarks.append(
                (role, values.get("aria-label", ""), values.get("aria-labelledby", ""))
            )

    def handle_endtag(self, tag: str) -> None:
        if self.open_ids and self.open_ids[-1][0] == tag:
            self.open_ids.pop()

    def handle_data(self, data: str) -> None:
        for _, element_id in self.open_ids:
            self.texts[element_id].append(data)

    def landmark_names(self) -> list[tuple[str, str]]:
        names = []
        for role, label, labelledby in self.landmarks:
            name = label or " ".join("".join(self.texts.get(i, [])) for i in labelledby.split())
            names.append((role, " ".join(name.split())))
        return names


def html_errors(html: str) -> list[str]:
    """Every error of the checked classes in ``html``; empty when the page passes."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    errors = list(checker.errors)
    errors += [f"id {i!r} is used {n} times" for i, n in checker.ids.items() if n > 1]
    named = Counter(name for name in checker.landmark_names() if name[1])
    errors += [
        f"two {role} landmarks are named {name!r}" for (role, name), n in named.items() if n > 1
    ]
    return errors
