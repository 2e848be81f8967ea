"""Harassment of a person on the wall, matched as a form of words.

The contextual model reads insults well but misses a commenter being driven off with
ordinary words: "Nobody asked for your opinion, David. Leave this site.", "John, you're
too thick to understand scripture. Stop embarrassing yourself." were published. The
forms matched here:

* telling someone to leave or be silent, as an imperative that opens a sentence or
  follows the name it is said to ("Get lost.", "Maria, go cry somewhere else", "Leave
  this site.", "Shut up", "Stop embarrassing yourself");
* telling someone nobody wants them ("Nobody cares about your …", "No one here likes
  you");
* calling the reader worthless ("you're too thick", "you are pathetic", "you're a
  joke", "your prayers are worthless and so are you");
* holding over someone where they live or work, or their children's school ("I found
  your Facebook. Your kids' school too.", "I'm going to post your home address"), or
  that everyone will be told ("I'll make sure everyone knows").

Quoted words are removed first, so a post that reports what was said to its author
('They shouted "get lost" at us as we left church') does not match; "shut up the
mouths of lions" and "may the darkness go away" do not either. A match only *holds*
the text for a moderator; it never rejects.
"""

from __future__ import annotations

import re

from .wording import QUOTED, fold

__all__ = ["harassment_phrases"]

# Opens a sentence or a clause, or follows a name or a comma ("Maria, go …").
_START = r"(?:^|[.!?;:,\n]\s*|\bjust\s+|\band\s+)"
_PATTERNS = [
    rf"{_START}(?:get lost|go away|go cry|crawl back|disappear\b|shut up(?! the\b)|"
    r"shut your (?:mouth|trap|face)|stop embarrassing yourself|"
    r"(?:leave|get off) this (?:site|page|wall|forum|place))",
    r"\b(?:nobody|no one|no-one)\s+(?:here\s+)?(?:asked for|cares about|wants|needs|likes|reads)\s+"
    r"(?:your|you)\b",
    r"\byou(?:'re| are| r)\s+(?:so |too |such )?(?:thick|brainless|pathetic|worthless|useless|"
    r"a joke|a fraud|a clown|an? (?:idiot|fool|moron|loser|liar|hypocrite|creep|disgrace)|"
    r"a fake(?: christian| believer)?)\b",
    # "your prayers are worthless and so are you"
    r"\b(?:worthless|useless|pathetic|stupid|rubbish|garbage|trash|a joke|a waste)\b"
    r"[^.!?]{0,40}\band so are you\b",
    # where a person lives, works or sends their children, held over them
    r"\bi (?:found|know|have|got|looked up|tracked down) (?:where you (?:live|work)|your "
    r"(?:home |real |)(?:address|facebook|instagram|workplace|phone number))\b",
    r"\bi (?:found|looked up|tracked down) your (?:house|home|office|car|family|kids|children|"
    r"wife|husband)\b",
    r"\b(?:post|publish|leak|spread) (?:up )?your (?:home |real |)(?:address|phone number|"
    r"number|details)\b",
    r"\byour (?:kids'?|children's|child's|daughter's|son's) school\b",
    r"\bi(?:'ll| will) make sure (?:everyone|everybody|the whole \w+|all of \w+) "
    r"(?:knows|finds out|hears|sees)\b",
]
_HARASSMENT = re.compile("|".join(f"(?:{pattern})" for pattern in _PATTERNS))


def harassment_phrases(text: str) -> list[str]:
    """The phrases of ``text``'s own words (quotes removed) that harass a person."""
    unquoted = " ".join(QUOTED.sub(" ", fold(text)).split())
    return [match.group(0).strip(" .!?;:,\n") for match in _HARASSMENT.finditer(unquoted)]
